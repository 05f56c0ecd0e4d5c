using System.Text.Json;
using PaymentSdk.Sandbox.Data;
using PaymentSdk.Sandbox.Resources.Prices;
using PaymentSdk.Sandbox.Routes;
using PaymentSdk.Sandbox.State;

namespace PaymentSdk.Sandbox.Resources.Invoices;

/// <summary>
/// Payment Kit's seven invoice routes, and the two sandbox-only ones that do what a customer or Payment Kit's
/// scheduler would (pay, upcoming). Invoices are stored with ids; their customer, currency, method, subscription
/// and line prices are filled in from those tables when read.
/// </summary>
internal static class InvoiceModule
{
    private static readonly Transition Void = new("voided", ["open", "uncollectible"], "void");
    private static readonly Transition Pay = new("paid", ["open", "uncollectible"], "paid");

    public static void Map(SandboxRoutes routes)
    {
        routes.Read("GET", "/api/invoices", List);
        routes.Read("GET", "/api/invoices/search", Search);
        routes.Read("GET", "/api/invoices/{id}", (request, mode) => Answer(mode, Find(mode, request.RequiredId)));
        routes.Change("PUT", "/api/invoices/{id}", Update);
        routes.Change("POST", "/api/invoices/{id}/void", VoidInvoice);
        routes.Read("GET", "/api/invoices/{id}/return-stake", GetReturnStake);
        routes.Change("POST", "/api/invoices/{id}/return-stake", ReturnStake);
        routes.Change("POST", "/__sandbox/invoices/{id}/pay", PayInvoice);
        routes.Map("POST", "/__sandbox/invoices/{id}/upcoming", request => Upcoming(routes.State, request));
    }

    /// <summary>Fills in what an answer expands from the other tables, on the stored invoice itself; returns it.</summary>
    public static InvoiceWithDiscount Expand(ModeState mode, InvoiceWithDiscount invoice)
    {
        invoice.Customer = mode.Customers.Find(invoice.CustomerId);
        invoice.PaymentCurrency = mode.PaymentCurrencies.Find(invoice.CurrencyId);
        invoice.PaymentMethod = invoice.PaymentCurrency is { } currency ? mode.PaymentMethods.Find(currency.PaymentMethodId) : null;
        invoice.Subscription = invoice.SubscriptionId is { } subscription ? mode.Subscriptions.Find(subscription) : null;
        foreach (var line in invoice.Lines)
            if (mode.Prices.Find(line.PriceId) is { } price) line.Price = PriceModule.Expand(mode, price);
        return invoice;
    }

    /// <summary>Stores an invoice made while running, in its place by creation time.</summary>
    public static void Store(ModeState mode, InvoiceWithDiscount invoice) => mode.Invoices.Add(invoice);

    /// <summary>Whether any invoice bills <paramref name="priceId"/>: such a price is in use and is not deleted.</summary>
    public static bool Bills(ModeState mode, string priceId) => mode.Invoices.All.Any(i => i.Lines.Any(line => line.PriceId == priceId));

    private static byte[] List(SandboxRequest request, ModeState mode)
    {
        var filter = InvoiceFilter.From(request.Query);
        var page = Pages.Of<InvoiceWithDiscount, InvoiceListPage, InvoiceExpanded>(filter.Apply(mode), QueryReader.Page(request.Query), i => Expand(mode, i));
        if (filter.SubscriptionId is not null) page.Subscription = mode.Subscriptions.Find(filter.SubscriptionId);
        return SandboxJson.Bytes(page, SandboxJson.Context.InvoiceListPage);
    }

    /// <summary>Invoices whose number, description, customer name, email or DID, or a line's description contains <c>q</c> (any case).</summary>
    private static byte[] Search(SandboxRequest request, ModeState mode)
    {
        var query = QueryReader.SearchText(request.Query);
        var page = QueryReader.Page(request.Query);
        var matches = mode.Invoices.All.Select(i => Expand(mode, i)).Where(i =>
            Pages.Contains(i.Number, query) || Pages.Contains(i.Description, query) || Pages.Contains(i.Customer?.Name, query)
            || Pages.Contains(i.Customer?.Email, query) || Pages.Contains(i.Customer?.Did, query) || i.Lines.Any(line => Pages.Contains(line.Description, query)));
        return SandboxJson.Bytes(Pages.Of<InvoiceExpanded>(matches, page), SandboxJson.Context.PaginatedInvoiceExpanded);
    }

    /// <summary>Merges <c>metadata</c> into the invoice's; a null value removes its key.</summary>
    private static byte[] Update(SandboxRequest request, Change change)
    {
        var patch = Fields.MetadataPatch(Fields.Object(request.Body)) ?? throw SandboxException.BadRequest("\"metadata\" must be of type object");
        var invoice = Find(change.Mode, request.RequiredId);
        var previous = Fields.Previous<Invoice>(invoice, SandboxJson.Context.Invoice, "metadata");
        invoice.Metadata = Fields.Merge(invoice.Metadata, patch);
        invoice.UpdatedAt = change.Now;
        Raise(change, PaymentEventTypes.InvoiceUpdated, invoice, previous);
        return SandboxJson.Bytes<Invoice>(invoice, SandboxJson.Context.Invoice);
    }

    /// <summary>Voids an open or uncollectible invoice, and cancels its payment intent.</summary>
    private static byte[] VoidInvoice(SandboxRequest request, Change change)
    {
        var invoice = Find(change.Mode, request.RequiredId);
        var previous = MoveTo(Void, invoice, change.Now);
        invoice.AutoAdvance = false;
        invoice.StatusTransitions!.VoidedAt = change.Now;
        if (invoice.PaymentIntent is { } intent)
        {
            intent.Status = "canceled";
            intent.CanceledAt = change.Now;
            intent.CancellationReason = "void_invoice";
        }
        Raise(change, PaymentEventTypes.InvoiceVoided, invoice, previous);
        return SandboxJson.Bytes<Invoice>(invoice, SandboxJson.Context.Invoice);
    }

    /// <summary>A sandbox-only test: pays an open or uncollectible invoice in full, as a customer would, and raises <c>invoice.paid</c>.</summary>
    private static byte[] PayInvoice(SandboxRequest request, Change change)
    {
        var invoice = Find(change.Mode, request.RequiredId);
        var previous = MoveTo(Pay, invoice, change.Now);
        invoice.Paid = true;
        invoice.AmountPaid = invoice.AmountDue;
        invoice.AmountRemaining = Amount.Zero;
        invoice.StatusTransitions!.PaidAt = change.Now;
        Raise(change, PaymentEventTypes.InvoicePaid, invoice, previous);
        return SandboxJson.Bytes<Invoice>(invoice, SandboxJson.Context.Invoice);
    }

    /// <summary>Checks and makes a status change; answers its <c>previous_attributes</c>.</summary>
    private static JsonElement MoveTo(Transition transition, InvoiceWithDiscount invoice, DateTimeOffset now)
    {
        transition.Check("Invoice", invoice.Id, invoice.Status);
        var previous = Fields.Previous<Invoice>(invoice, SandboxJson.Context.Invoice, "status");
        invoice.Status = transition.To;
        invoice.UpdatedAt = now;
        invoice.StatusTransitions ??= new InvoiceStatusTransitions();
        return previous;
    }

    /// <summary>The stake of a paid stake invoice and how much of it can be returned.</summary>
    private static byte[] GetReturnStake(SandboxRequest request, ModeState mode)
    {
        var invoice = PaidStake(mode, request.RequiredId);
        var returned = mode.ReturnedStakes.Contains(invoice.Id);
        var stake = new StakeInfo
        {
            Total = invoice.Total,
            ReturnAmount = returned ? Amount.Zero : invoice.Total,
            ExtensionData = new Dictionary<string, JsonElement>
            {
                ["invoice_id"] = JsonSerializer.SerializeToElement(invoice.Id, SandboxJson.Context.String),
                ["subscription_id"] = JsonSerializer.SerializeToElement(invoice.SubscriptionId ?? "", SandboxJson.Context.String),
                ["customer_id"] = JsonSerializer.SerializeToElement(invoice.CustomerId, SandboxJson.Context.String),
                ["currency_id"] = JsonSerializer.SerializeToElement(invoice.CurrencyId, SandboxJson.Context.String),
                ["returned"] = JsonSerializer.SerializeToElement(returned, SandboxJson.Context.Boolean),
            },
        };
        return SandboxJson.Bytes(stake, SandboxJson.Context.StakeInfo);
    }

    /// <summary>Returns the stake of a paid stake invoice, once; records the return as an invoice of its own.</summary>
    private static byte[] ReturnStake(SandboxRequest request, Change change)
    {
        var mode = change.Mode;
        var stake = PaidStake(mode, request.RequiredId);
        if (!mode.ReturnedStakes.Add(stake.Id))
        {
            var refused = new ReturnResult { Success = false, Error = $"The stake of invoice {stake.Id} has already been returned" };
            return SandboxJson.Bytes(refused, SandboxJson.Context.ReturnResult);
        }
        var record = ReturnRecord(stake, change);
        Store(mode, record);
        // The return is recorded as a paid invoice: Payment Kit raises what it raises for any invoice made and paid.
        Raise(change, PaymentEventTypes.InvoiceCreated, record);
        Raise(change, PaymentEventTypes.InvoicePaid, record);
        return SandboxJson.Bytes(new ReturnResult { Success = true, SubscriptionId = stake.SubscriptionId }, SandboxJson.Context.ReturnResult);
    }

    /// <summary>
    /// A sandbox-only test: raises <c>invoice.upcoming</c> for the next invoice like this one, a preview that does not
    /// exist yet (no id, number or status); answers the event.
    /// </summary>
    private static byte[] Upcoming(SandboxState state, SandboxRequest request)
    {
        var preview = state.Read(request.Livemode, mode =>
        {
            var copy = SandboxJson.Copy(Expand(mode, Find(mode, request.RequiredId)), SandboxJson.Context.InvoiceWithDiscount);
            copy.Id = null!;
            copy.Number = null!;
            copy.Status = null!;
            copy.BillingReason = "upcoming";
            copy.AmountPaid = Amount.Zero;
            copy.AmountRemaining = copy.AmountDue;
            copy.StatusTransitions = null;
            copy.CreatedAt = copy.UpdatedAt = state.Clock.GetUtcNow();
            return copy;
        });
        var raised = new RaisedEvent(PaymentEventTypes.InvoiceUpcoming, "Invoice", null,
            JsonSerializer.SerializeToElement<InvoiceExpanded>(preview, SandboxJson.Context.InvoiceExpanded), null);
        return state.Events?.Publish(request.Livemode, raised) ?? throw new SandboxException(503, "The sandbox was started without events");
    }

    /// <summary>Raises an event about an invoice as Payment Kit writes one: with <c>"object": "invoice"</c> and its lines.</summary>
    private static void Raise(Change change, string type, InvoiceWithDiscount invoice, JsonElement? previous = null) =>
        change.Raise<InvoiceExpanded>(type, "Invoice", invoice.Id, Expand(change.Mode, invoice), SandboxJson.Context.InvoiceExpanded, previous);

    private static byte[] Answer(ModeState mode, InvoiceWithDiscount invoice) =>
        SandboxJson.Bytes(Expand(mode, invoice), SandboxJson.Context.InvoiceWithDiscount);

    private static InvoiceWithDiscount Find(ModeState mode, string id) =>
        mode.Invoices.Find(id) ?? throw new SandboxException(404, $"Invoice {id} not found in {mode.Name} mode");

    private static InvoiceWithDiscount PaidStake(ModeState mode, string id)
    {
        var invoice = mode.Invoices.Find(id) ?? throw new SandboxException(404, $"Invoice {id} not found");
        if (InvoiceFilter.IsReturnStake(invoice))
            throw SandboxException.BadRequest($"Invoice {id} records a returned stake; it has no stake of its own");
        if (!SandboxSeed.IsStakeReason(invoice.BillingReason))
            throw SandboxException.BadRequest($"Invoice {id} is not a stake invoice (billing reason {invoice.BillingReason})");
        if (invoice.Status != "paid")
            throw SandboxException.BadRequest($"The stake of invoice {id} cannot be returned: the invoice is {invoice.Status}, not paid");
        return invoice;
    }

    /// <summary>The invoice that records a stake's return: a copy of the stake invoice, dated now.</summary>
    private static InvoiceWithDiscount ReturnRecord(InvoiceWithDiscount stake, Change change)
    {
        var now = change.Now;
        var record = SandboxJson.Copy(stake, SandboxJson.Context.InvoiceWithDiscount);
        record.Id = change.NewId("in");
        record.Number = stake.Number + "-R";
        record.BillingReason = "stake";
        record.Description = $"Stake returned for {stake.Number}";
        record.CreatedAt = record.UpdatedAt = now;
        record.StatusTransitions = new InvoiceStatusTransitions { FinalizedAt = now, PaidAt = now };
        record.Metadata = new Dictionary<string, JsonElement>
        {
            [SandboxSeed.KindKey] = JsonSerializer.SerializeToElement(SandboxSeed.ReturnStakeKind, SandboxJson.Context.String),
            [SandboxSeed.StakeInvoiceKey] = JsonSerializer.SerializeToElement(stake.Id, SandboxJson.Context.String),
        };
        foreach (var line in record.Lines)
        {
            line.Id = change.NewId("ii");
            line.InvoiceId = record.Id;
        }
        if (record.PaymentIntent is { } intent)
        {
            intent.Id = change.NewId("pi");
            intent.InvoiceId = record.Id;
            intent.Description = record.Description;
            intent.CreatedAt = intent.UpdatedAt = now;
            record.PaymentIntentId = intent.Id;
        }
        return record;
    }
}
