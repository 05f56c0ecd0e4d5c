using System.Numerics;
using System.Text.Json;
using PaymentSdk.Sandbox.Data;
using PaymentSdk.Sandbox.Routes;
using PaymentSdk.Sandbox.State;

namespace PaymentSdk.Sandbox.Resources.Customers;

/// <summary>
/// Payment Kit's <c>/api/customers</c> routes. A customer is found by id or DID (bare or <c>did:abt:</c>); a
/// retrieve whose JSON body is <c>{"create": true}</c> creates the customer of a DID it does not know, as
/// payment-js's <c>retrieve(did, { create: true })</c> asks.
/// </summary>
internal static class CustomerModule
{
    private const string DidPrefix = "did:abt:";

    public static void Map(SandboxRoutes routes)
    {
        routes.Change("GET", "/api/customers/{id}", Retrieve);
        routes.Change("PUT", "/api/customers/{id}", Update);
        routes.Read("GET", "/api/customers", List);
        routes.Read("GET", "/api/customers/search", Search);
        routes.Read("GET", "/api/customers/{id}/overdue/invoices", (request, mode) => OverdueInvoices(request, mode, routes.State.Clock));
    }

    /// <summary>The customer as a list answers it: its own fields, <c>"object": "customer"</c>.</summary>
    public static CustomerExpanded Summary(Customer customer)
    {
        var expanded = SandboxJson.Convert(customer, SandboxJson.Context.Customer, SandboxJson.Context.CustomerExpanded);
        expanded.Object = "customer";
        return expanded;
    }

    /// <summary>The customer as retrieve answers it: with its payments, subscriptions and invoices.</summary>
    public static CustomerExpanded Expand(ModeState mode, Customer customer)
    {
        var expanded = Summary(customer);
        var invoices = mode.Invoices.All.Where(i => i.CustomerId == customer.Id).ToList();
        expanded.Invoices = invoices.Select(i => SandboxJson.Convert<Invoice, Invoice>(i, SandboxJson.Context.Invoice, SandboxJson.Context.Invoice)).ToList();
        expanded.Payments = invoices.Where(i => i.PaymentIntent is not null).Select(i => i.PaymentIntent!).ToList();
        expanded.Subscriptions = mode.Subscriptions.All.Where(s => s.CustomerId == customer.Id).ToList();
        return expanded;
    }

    public static Customer? FindByIdOrDid(ModeState mode, string idOrDid)
    {
        if (mode.Customers.Find(idOrDid) is { } byId) return byId;
        var did = BareDid(idOrDid);
        return mode.Customers.All.FirstOrDefault(c => c.Did == did);
    }

    private static byte[] Retrieve(SandboxRequest request, Change change)
    {
        var create = request.Body.ValueKind == JsonValueKind.Object && Fields.Boolean(request.Body, "create") == true;
        return SandboxJson.Bytes(Expand(change.Mode, Retrieve(change, request.RequiredId, create)), SandboxJson.Context.CustomerExpanded);
    }

    /// <summary>The customer of an id or DID; with <paramref name="create"/>, a DID not known yet gets a new customer.</summary>
    public static Customer Retrieve(Change change, string idOrDid, bool create)
    {
        if (FindByIdOrDid(change.Mode, idOrDid) is { } customer) return customer;
        if (!create || !IsDid(BareDid(idOrDid))) throw new SandboxException(404, $"Customer {idOrDid} not found in {change.Mode.Name} mode");
        return Create(change, BareDid(idOrDid));
    }

    /// <summary>The customer of a DID, as Payment Kit makes one on first sight: no name or contact yet, nothing owed.</summary>
    private static Customer Create(Change change, string did)
    {
        var customer = new Customer
        {
            Id = change.NewId("cus"),
            Livemode = change.Mode.Livemode,
            Did = did,
            Name = "",
            Email = "",
            Phone = "",
            Description = "",
            Balance = Amount.Zero,
            Delinquent = false,
            Metadata = [],
            InvoicePrefix = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(),
            NextInvoiceSequence = 1,
            CreatedAt = change.Now,
            UpdatedAt = change.Now,
            LastSyncAt = change.Now,
        };
        change.Mode.Customers.Add(customer);
        change.Raise("customer.created", "Customer", customer.Id, customer, SandboxJson.Context.Customer);
        return customer;
    }

    /// <summary>Changes what <c>customers.update</c> sends: name, email, phone, description, address, metadata (merged).</summary>
    private static byte[] Update(SandboxRequest request, Change change)
    {
        var customer = FindByIdOrDid(change.Mode, request.RequiredId)
            ?? throw new SandboxException(404, $"Customer {request.RequiredId} not found in {change.Mode.Name} mode");
        return SandboxJson.Bytes(Update(change, customer, request.Body), SandboxJson.Context.Customer);
    }

    public static Customer Update(Change change, Customer customer, JsonElement body)
    {
        body = Fields.Object(body);
        var previous = Fields.Previous(customer, SandboxJson.Context.Customer, Fields.Present(body, "name", "email", "phone", "description", "address", "metadata"));
        if (Fields.String(body, "name", maxLength: 64) is { } name) customer.Name = name;
        if (Fields.String(body, "email", maxLength: 254) is { } email)
            customer.Email = email.Length == 0 || email.Contains('@') ? email : throw SandboxException.BadRequest("\"email\" must be a valid email");
        if (Fields.String(body, "phone", maxLength: 32) is { } phone) customer.Phone = phone;
        if (Fields.String(body, "description", maxLength: 500) is { } description) customer.Description = description;
        if (Fields.As(body, "address", SandboxJson.Info<CustomerAddress>()) is { } address) customer.Address = address;
        if (Fields.Metadata(body, customer.Metadata) is { } metadata) customer.Metadata = metadata;
        customer.UpdatedAt = change.Now;
        change.Raise("customer.updated", "Customer", customer.Id, customer, SandboxJson.Context.Customer, previous);
        return customer;
    }

    private static byte[] List(SandboxRequest request, ModeState mode)
    {
        var did = QueryReader.Text(request.Query, "did") is { } text ? BareDid(text) : null;
        return Page(mode.Customers.All.Where(c => did is null || c.Did == did), request);
    }

    /// <summary>Customers whose id, name, email, phone, DID or description contains <c>q</c> (any case).</summary>
    private static byte[] Search(SandboxRequest request, ModeState mode)
    {
        var q = QueryReader.SearchText(request.Query);
        return Page(mode.Customers.All.Where(c => Pages.Contains(c.Id, q) || Pages.Contains(c.Name, q) || Pages.Contains(c.Email, q)
            || Pages.Contains(c.Phone, q) || Pages.Contains(c.Did, q) || Pages.Contains(c.Description, q)), request);
    }

    /// <summary>
    /// The customer, its open invoices whose due date has passed on the sandbox's clock (newest first), and per
    /// currency id what they leave to pay, with the currency and its payment method.
    /// </summary>
    private static byte[] OverdueInvoices(SandboxRequest request, ModeState mode, TimeProvider clock)
    {
        var customer = FindByIdOrDid(mode, request.RequiredId)
            ?? throw new SandboxException(404, $"Customer {request.RequiredId} not found in {mode.Name} mode");
        var now = clock.GetUtcNow();
        var overdue = mode.Invoices.All.Where(i => i.CustomerId == customer.Id && i.Status == "open" && i.DueDate < now).ToList();
        var summary = overdue.GroupBy(i => i.CurrencyId, StringComparer.Ordinal).ToDictionary(group => group.Key, group =>
        {
            var currency = mode.PaymentCurrencies.Find(group.Key);
            return new OverdueAmount
            {
                Amount = group.Aggregate(BigInteger.Zero, (sum, i) => sum + i.AmountRemaining.ToBigInteger()),
                Currency = currency,
                Method = currency is null ? null : mode.PaymentMethods.Find(currency.PaymentMethodId),
            };
        }, StringComparer.Ordinal);
        var answer = new CustomerOverdueInvoices
        {
            Customer = customer,
            Invoices = overdue.Select(i => SandboxJson.Convert<Invoice, Invoice>(i, SandboxJson.Context.Invoice, SandboxJson.Context.Invoice)).ToList(),
            Summary = summary,
        };
        return SandboxJson.Bytes(answer, SandboxJson.Context.CustomerOverdueInvoices);
    }

    private static byte[] Page(IEnumerable<Customer> matches, SandboxRequest request) =>
        SandboxJson.Bytes(Pages.Of(matches, QueryReader.Page(request.Query), Summary), SandboxJson.Context.PaginatedCustomerExpanded);

    private static string BareDid(string did) => did.StartsWith(DidPrefix, StringComparison.Ordinal) ? did[DidPrefix.Length..] : did;

    /// <summary>An ArcBlock DID's address: base58, starting with <c>z</c>.</summary>
    private static bool IsDid(string address) =>
        address.Length is >= 20 and <= 64 && address[0] == 'z' && address.All(c => char.IsAsciiLetterOrDigit(c) && c is not ('0' or 'O' or 'I' or 'l'));
}
