using System.Net;
using System.Numerics;
using System.Text;
using System.Text.Json;
using PaymentSdk.Sandbox;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Sandbox.Resources;

/// <summary>
/// Customers through the SDK against the sandbox, in each mode: found by id or DID (bare or <c>did:abt:</c>),
/// created on first sight of a DID when asked, changed (metadata merged), listed, searched, and their overdue invoices.
/// </summary>
public sealed class CustomerSandboxTests
{
    private static readonly DateTimeOffset Now = new(2026, 7, 1, 12, 30, 45, TimeSpan.Zero);

    private const string Base58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private static Task<PaymentSandbox> StartAsync(FixedClock? clock = null) => PaymentSandbox.StartAsync(new PaymentSandboxOptions
    {
        TimeProvider = clock ?? new FixedClock(Now),
        WebhookRetryDelay = TimeSpan.FromMilliseconds(10),
        WebhookAttempts = 1,
    });

    private static string ModeName(bool live) => live ? "live" : "test";

    /// <summary>A DID address no seeded customer has: <c>z</c> and 33 base58 characters.</summary>
    private static string NewDid()
    {
        var bytes = Guid.NewGuid().ToByteArray().Concat(Guid.NewGuid().ToByteArray()).ToArray();
        return "z" + new string(bytes.Take(33).Select(b => Base58[b % Base58.Length]).ToArray());
    }

    private static CustomerExpanded Seeded(PaymentSandbox sandbox, bool live, int index = 0) => sandbox.Data.GetCustomers(live)[index];

    private static bool Matches(Customer c, string q) =>
        new[] { c.Id, c.Name, c.Email, c.Phone, c.Did, c.Description }.Any(t => t.Contains(q, StringComparison.OrdinalIgnoreCase));

    private static List<InvoiceWithDiscount> OpenInvoices(PaymentSandbox sandbox, bool live, string customerId) =>
        sandbox.Data.GetInvoices(live).Where(i => i.CustomerId == customerId && i.Status == "open").ToList();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_seeded_customer_is_found_by_id_and_by_bare_or_prefixed_did_in_its_mode_only(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        using var other = SandboxClients.Create(sandbox, !live);
        var seeded = Seeded(sandbox, live, 2);
        var invoices = sandbox.Data.GetInvoices(live).Where(i => i.CustomerId == seeded.Id).Select(i => i.Id).Order().ToList();

        var byId = await payment.Customers.RetrieveAsync(seeded.Id);
        var byDid = await payment.Customers.RetrieveAsync(seeded.Did);
        var byPrefixedDid = await payment.Customers.RetrieveAsync("did:abt:" + seeded.Did);

        foreach (var customer in new[] { byId, byDid, byPrefixedDid })
        {
            Assert.Equal((seeded.Id, seeded.Did, seeded.Name, seeded.Email, seeded.Phone), (customer.Id, customer.Did, customer.Name, customer.Email, customer.Phone));
            Assert.Equal(("customer", live), (customer.Object, customer.Livemode));
            Assert.Equal(seeded.Address!.City, customer.Address!.City);
            Assert.Equal(invoices, customer.Invoices!.Select(i => i.Id).Order());
            Assert.All(customer.Subscriptions!, s => Assert.Equal(seeded.Id, s.CustomerId));
            Assert.NotEmpty(customer.Subscriptions!);
        }
        Assert.NotEmpty(invoices);

        var error = await Assert.ThrowsAsync<PaymentNotFoundException>(() => other.Customers.RetrieveAsync(seeded.Id));
        Assert.Equal($"Customer {seeded.Id} not found in {ModeName(!live)} mode", error.ServerMessage);
        await Assert.ThrowsAsync<PaymentNotFoundException>(() => other.Customers.RetrieveAsync(seeded.Did));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_unknown_did_is_404_unless_create_is_asked_then_its_customer_is_made_once(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        using var other = SandboxClients.Create(sandbox, !live);
        var did = NewDid();
        var count = sandbox.Data.GetCustomers(live).Count;

        var missing = await Assert.ThrowsAsync<PaymentNotFoundException>(() => payment.Customers.RetrieveAsync(did));
        var notAsked = await Assert.ThrowsAsync<PaymentNotFoundException>(() => payment.Customers.RetrieveAsync(did, new CustomerRetrieveOptions { Create = false }));
        Assert.Equal($"Customer {did} not found in {ModeName(live)} mode", missing.ServerMessage);
        Assert.Equal(missing.ServerMessage, notAsked.ServerMessage);
        Assert.Equal(count, sandbox.Data.GetCustomers(live).Count);

        var created = await payment.Customers.RetrieveAsync("did:abt:" + did, new CustomerRetrieveOptions { Create = true });
        Assert.StartsWith("cus_", created.Id, StringComparison.Ordinal);
        Assert.Equal((did, live, "", ""), (created.Did, created.Livemode, created.Name, created.Email));
        Assert.Equal(Amount.Zero, created.Balance);
        Assert.False(created.Delinquent);
        Assert.Equal(Now, created.CreatedAt);
        Assert.Empty(created.Invoices!);
        Assert.Empty(created.Subscriptions!);
        Assert.Equal(count + 1, sandbox.Data.GetCustomers(live).Count);

        var found = await payment.Customers.RetrieveAsync(did);
        var again = await payment.Customers.RetrieveAsync(did, new CustomerRetrieveOptions { Create = true });
        var listed = await payment.Customers.ListAsync(new CustomerListOptions { Did = did });
        Assert.Equal((created.Id, created.Id), (found.Id, again.Id));
        Assert.Equal(created.Id, Assert.Single(listed.List).Id);
        Assert.Equal(count + 1, sandbox.Data.GetCustomers(live).Count);
        Assert.Equal(created.Id, sandbox.Data.GetCustomers(live)[0].Id);
        await Assert.ThrowsAsync<PaymentNotFoundException>(() => other.Customers.RetrieveAsync(did));
        await Assert.ThrowsAsync<PaymentNotFoundException>(() => other.Customers.RetrieveAsync(created.Id));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Create_is_refused_for_what_is_not_a_did(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        var count = sandbox.Data.GetCustomers(live).Count;

        var error = await Assert.ThrowsAsync<PaymentNotFoundException>(() =>
            payment.Customers.RetrieveAsync("cus_nobody", new CustomerRetrieveOptions { Create = true }));

        Assert.Equal($"Customer cus_nobody not found in {ModeName(live)} mode", error.ServerMessage);
        Assert.Equal(count, sandbox.Data.GetCustomers(live).Count);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_update_changes_name_and_email_and_merges_metadata(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        using var other = SandboxClients.Create(sandbox, !live);
        var seeded = Seeded(sandbox, live, 1);
        Assert.True(seeded.Metadata!.ContainsKey("segment"));

        var first = await payment.Customers.UpdateAsync(seeded.Id, new CustomerUpdateOptions
        {
            Name = "Renamed Customer",
            Email = "renamed@example.net",
            Metadata = new Dictionary<string, object?> { ["tier"] = "gold", ["seats"] = 3 },
        });
        var second = await payment.Customers.UpdateAsync(seeded.Did, new CustomerUpdateOptions
        {
            Metadata = new Dictionary<string, object?> { ["segment"] = null, ["tier"] = "platinum" },
        });
        var retrieved = await payment.Customers.RetrieveAsync(seeded.Id);

        Assert.Equal((seeded.Id, "Renamed Customer", "renamed@example.net"), (first.Id, first.Name, first.Email));
        Assert.Equal(new[] { "seats", "segment", "tier" }, first.Metadata!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(seeded.Metadata["segment"].GetString(), first.Metadata["segment"].GetString());
        Assert.Equal(3, first.Metadata["seats"].GetInt32());
        Assert.Equal(Now, first.UpdatedAt);
        Assert.Equal(("Renamed Customer", seeded.Phone), (second.Name, second.Phone));
        Assert.Equal(new[] { "seats", "tier" }, second.Metadata!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("platinum", second.Metadata["tier"].GetString());
        Assert.Equal(("Renamed Customer", "renamed@example.net", "platinum"), (retrieved.Name, retrieved.Email, retrieved.Metadata!["tier"].GetString()));
        Assert.False(retrieved.Metadata.ContainsKey("segment"));
        Assert.Equal("Renamed Customer", sandbox.Data.GetCustomers(live).Single(c => c.Id == seeded.Id).Name);

        var badEmail = await Assert.ThrowsAsync<PaymentInvalidRequestException>(() =>
            payment.Customers.UpdateAsync(seeded.Id, new CustomerUpdateOptions { Email = "not-an-email" }));
        Assert.Equal("\"email\" must be a valid email", badEmail.ServerMessage);
        await Assert.ThrowsAsync<PaymentNotFoundException>(() => other.Customers.UpdateAsync(seeded.Id, new CustomerUpdateOptions { Name = "x" }));
        Assert.Equal("renamed@example.net", (await payment.Customers.RetrieveAsync(seeded.Id)).Email);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_metadata_key_over_40_characters_is_refused_by_the_sdk_and_by_the_server(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        using var http = SandboxClients.RawHttp(sandbox);
        var seeded = Seeded(sandbox, live);
        var key = new string('k', 41);

        // The SDK refuses before sending...
        var sdk = await Assert.ThrowsAsync<ArgumentException>(() =>
            payment.Customers.UpdateAsync(seeded.Id, new CustomerUpdateOptions { Metadata = new Dictionary<string, object?> { [key] = "v" } }));
        Assert.Equal("options.Metadata", sdk.ParamName);
        Assert.Contains("41", sdk.Message, StringComparison.Ordinal);

        // ...and the sandbox refuses what another client would send.
        using var body = new StringContent($$$"""{"metadata":{"{{{key}}}":"v"}}""", Encoding.UTF8, "application/json");
        using var response = await http.PutAsync($"api/customers/{seeded.Id}?livemode={(live ? "true" : "false")}", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal($"\"metadata\" key \"{key}\" must be at most 40 characters long", error.RootElement.GetProperty("error").GetString());
        Assert.False(sandbox.Data.GetCustomers(live).Single(c => c.Id == seeded.Id).Metadata!.ContainsKey(key));

        // Forty characters are allowed.
        var forty = new string('k', 40);
        var updated = await payment.Customers.UpdateAsync(seeded.Id, new CustomerUpdateOptions { Metadata = new Dictionary<string, object?> { [forty] = "v" } });
        Assert.Equal("v", updated.Metadata![forty].GetString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_list_has_every_customer_of_the_mode_and_filters_by_bare_or_prefixed_did(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        using var other = SandboxClients.Create(sandbox, !live);
        var customers = sandbox.Data.GetCustomers(live);
        var seeded = customers[3];

        var all = await payment.Customers.ListAutoPagingAsync(new CustomerListOptions { PageSize = 5 }).CollectAsync();
        var bare = await payment.Customers.ListAsync(new CustomerListOptions { Did = seeded.Did });
        var prefixed = await payment.Customers.ListAsync(new CustomerListOptions { Did = "did:abt:" + seeded.Did });
        var elsewhere = await other.Customers.ListAsync(new CustomerListOptions { Did = seeded.Did });
        var unknown = await payment.Customers.ListAsync(new CustomerListOptions { Did = NewDid() });

        Assert.Equal(customers.Select(c => c.Id), all.Select(c => c.Id));
        Assert.All(all, c => Assert.Equal((live, "customer"), (c.Livemode, c.Object)));
        Assert.Equal((1, seeded.Id), (bare.Count, Assert.Single(bare.List).Id));
        Assert.Equal(seeded.Id, Assert.Single(prefixed.List).Id);
        Assert.Empty(elsewhere.List);
        Assert.Equal(0, unknown.Count);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Search_finds_customers_by_name_in_their_mode(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        using var other = SandboxClients.Create(sandbox, !live);
        var seeded = Seeded(sandbox, live, 4);
        var firstName = seeded.Name.Split(' ')[0];

        var byName = await payment.Customers.SearchAutoPagingAsync(new CustomerSearchOptions { Query = seeded.Name.ToLowerInvariant() }).CollectAsync();
        var byFirstName = await payment.Customers.SearchAutoPagingAsync(new CustomerSearchOptions { Query = firstName }).CollectAsync();
        var matching = sandbox.Data.GetCustomers(live).Where(c => Matches(c, firstName)).Select(c => c.Id).ToList();
        var renamed = "Zebedee " + Guid.NewGuid().ToString("N")[..8];
        await payment.Customers.UpdateAsync(seeded.Id, new CustomerUpdateOptions { Name = renamed });
        var byNewName = await payment.Customers.SearchAsync(new CustomerSearchOptions { Query = renamed });
        var elsewhere = await other.Customers.SearchAsync(new CustomerSearchOptions { Query = renamed });

        Assert.Contains(byName, c => c.Id == seeded.Id);
        Assert.Equal(matching, byFirstName.Select(c => c.Id));
        Assert.Contains(byFirstName, c => c.Id == seeded.Id);
        Assert.Equal(seeded.Id, Assert.Single(byNewName.List).Id);
        Assert.Empty(elsewhere.List);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Overdue_invoices_are_the_open_ones_past_due_with_what_they_leave_to_pay_per_currency(bool live)
    {
        var clock = new FixedClock(Now);
        await using var sandbox = await StartAsync(clock);
        using var payment = SandboxClients.Create(sandbox, live);
        using var other = SandboxClients.Create(sandbox, !live);
        var customer = sandbox.Data.GetCustomers(live).OrderByDescending(c => OpenInvoices(sandbox, live, c.Id).Count).First();
        var open = OpenInvoices(sandbox, live, customer.Id);
        Assert.True(open.Count >= 2, "the seed should give some customer several open invoices");

        // On a clock between the open invoices' due dates, only those already due are overdue.
        var dueDates = open.Select(i => i.DueDate!.Value).Order().ToList();
        clock.Now = dueDates[dueDates.Count / 2].AddSeconds(-1);
        var expected = open.Where(i => i.DueDate < clock.Now).ToList();
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < open.Count);

        var overdue = await payment.Customers.OverdueInvoicesAsync(customer.Id);

        Assert.Equal(customer.Id, overdue.Customer!.Id);
        Assert.Equal(expected.Select(i => i.Id).Order(), overdue.Invoices.Select(i => i.Id).Order());
        Assert.All(overdue.Invoices, i =>
        {
            Assert.Equal(InvoiceStatus.Open, i.Status);
            Assert.True(i.DueDate < clock.Now);
            Assert.Equal(customer.Id, i.CustomerId);
        });
        AssertSummary(sandbox, live, expected, overdue);

        // Later, every open invoice is overdue; and the customer is found by DID as well.
        clock.Now = Now;
        var all = await payment.Customers.OverdueInvoicesAsync("did:abt:" + customer.Did);
        Assert.Equal(open.Select(i => i.Id).Order(), all.Invoices.Select(i => i.Id).Order());
        AssertSummary(sandbox, live, open, all);

        await Assert.ThrowsAsync<PaymentNotFoundException>(() => other.Customers.OverdueInvoicesAsync(customer.Id));
    }

    private static void AssertSummary(PaymentSandbox sandbox, bool live, List<InvoiceWithDiscount> expected, CustomerOverdueInvoices overdue)
    {
        var currencies = sandbox.Data.GetPaymentCurrencies(live);
        var byCurrency = expected.GroupBy(i => i.CurrencyId).ToDictionary(g => g.Key, g => g.Aggregate(BigInteger.Zero, (sum, i) => sum + i.AmountRemaining.ToBigInteger()));
        Assert.Equal(byCurrency.Keys.Order(StringComparer.Ordinal), overdue.Summary.Keys.Order(StringComparer.Ordinal));
        foreach (var (currencyId, amount) in byCurrency)
        {
            var summary = overdue.Summary[currencyId];
            Assert.Equal(amount, summary.Amount.ToBigInteger());
            Assert.Equal(currencyId, summary.Currency!.Id);
            Assert.Equal(currencies.Single(c => c.Id == currencyId).PaymentMethodId, summary.Method!.Id);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_customer_with_nothing_open_has_no_overdue_invoices(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        var did = NewDid();
        var created = await payment.Customers.RetrieveAsync(did, new CustomerRetrieveOptions { Create = true });

        var overdue = await payment.Customers.OverdueInvoicesAsync(created.Id);

        Assert.Equal(created.Id, overdue.Customer!.Id);
        Assert.Empty(overdue.Invoices);
        Assert.Empty(overdue.Summary);
        await Assert.ThrowsAsync<PaymentNotFoundException>(() => payment.Customers.OverdueInvoicesAsync(NewDid()));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Making_and_changing_a_customer_raises_customer_created_and_customer_updated(bool live)
    {
        await using var sandbox = await StartAsync();
        await using var receiver = await WebhookReceiverApp.StartAsync(sandbox.AppPublicKey);
        using var payment = SandboxClients.Create(sandbox, live);
        await payment.WebhookEndpoints.CreateAsync(new WebhookEndpointCreateOptions
        {
            Url = receiver.Url,
            EnabledEvents = ["customer.created", "customer.updated"],
        });
        var did = NewDid();

        var created = await payment.Customers.RetrieveAsync(did, new CustomerRetrieveOptions { Create = true });
        await payment.Customers.RetrieveAsync(did, new CustomerRetrieveOptions { Create = true });
        await payment.Customers.UpdateAsync(created.Id, new CustomerUpdateOptions { Name = "New Name" });
        await sandbox.WhenDeliveredAsync();

        var events = receiver.Received.OrderBy(e => e.Type, StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { "customer.created", "customer.updated" }, events.Select(e => e.Type));
        Assert.All(events, e => Assert.Equal((live, created.Id), (e.Livemode, e.ObjectId)));
        Assert.Equal(did, events[0].Data.GetObject<Customer>().Did);
        Assert.Equal("New Name", events[1].Data.GetObject<Customer>().Name);
        Assert.Equal("", events[1].Data.PreviousAttributes!.Value.GetProperty("name").GetString());
    }
}
