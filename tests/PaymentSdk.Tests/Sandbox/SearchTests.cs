using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Sandbox;

/// <summary>Search through the SDK, against a predicate written here: number, description, customer name, email, DID, line descriptions, any case.</summary>
public sealed class SearchTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private IInvoiceService Sdk => fixture.Test.Invoices;

    private async Task<List<string>> AssertSearchAsync(string query, int atLeast = 1)
    {
        var expected = fixture.TestInvoices.Where(i => Expected.SearchMatches(i, query)).Ids();
        Assert.True(expected.Count >= atLeast, $"'{query}' should match at least {atLeast} invoices, not {expected.Count}");

        var ids = await Sdk.SearchIdsAsync(new InvoiceSearchOptions { Query = query, PageSize = 100 });
        Assert.Equal(expected, ids);

        var first = await Sdk.SearchAsync(new InvoiceSearchOptions { Query = query, PageSize = 3 });
        Assert.Equal(expected.Count, first.Count);
        Assert.Equal(expected.Take(3), first.List.Select(i => i.Id));
        return ids;
    }

    [Fact]
    public async Task Search_by_invoice_number_finds_that_invoice()
    {
        var invoice = fixture.TestInvoices.First(i => Expected.Shown(i));

        var ids = await AssertSearchAsync(invoice.Number);

        Assert.Contains(invoice.Id, ids);
        var retrieved = await Sdk.RetrieveAsync(ids[^1]);
        Assert.Contains(invoice.Number, retrieved.Number, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_by_invoice_number_prefix_finds_every_invoice_of_the_customer()
    {
        var invoice = fixture.TestInvoices[0];
        var prefix = invoice.Number[..invoice.Number.IndexOf('-', StringComparison.Ordinal)];

        var ids = await AssertSearchAsync(prefix, atLeast: 2);

        Assert.Contains(invoice.Id, ids);
    }

    [Fact]
    public async Task Search_by_customer_name_ignores_case()
    {
        var name = fixture.TestInvoices[0].Customer!.Name;

        var upper = await AssertSearchAsync(name.ToUpperInvariant(), atLeast: 2);
        var lower = await AssertSearchAsync(name.ToLowerInvariant(), atLeast: 2);

        Assert.Equal(upper, lower);
        Assert.All(upper, id => Assert.Equal(name, fixture.TestInvoices.Single(i => i.Id == id).Customer!.Name));
    }

    [Fact]
    public async Task Search_by_a_name_with_an_accent_ignores_case()
    {
        var name = fixture.TestInvoices.Select(i => i.Customer!.Name).First(n => n.Any(c => c > 127));

        var ids = await AssertSearchAsync(name.ToUpperInvariant());

        Assert.Equal(ids, await Sdk.SearchIdsAsync(new InvoiceSearchOptions { Query = name, PageSize = 100 }));
    }

    [Fact]
    public async Task Search_by_customer_email_finds_the_customers_invoices()
    {
        var customer = fixture.TestInvoices[0].Customer!;

        var ids = await AssertSearchAsync(customer.Email, atLeast: 2);

        Assert.All(ids, id => Assert.Equal(customer.Id, fixture.TestInvoices.Single(i => i.Id == id).CustomerId));
    }

    [Fact]
    public async Task Search_by_customer_did_finds_the_customers_invoices()
    {
        var customer = fixture.TestInvoices[5].Customer!;

        var ids = await AssertSearchAsync(customer.Did, atLeast: 2);

        Assert.Equal(fixture.TestInvoices.Where(i => i.CustomerId == customer.Id).Ids(), ids);
    }

    [Theory]
    [InlineData("Storage Add-on")]
    [InlineData("Team Seats (monthly)")]
    [InlineData("node stake ×")]
    public async Task Search_by_line_description_finds_invoices_with_that_line(string text)
    {
        var ids = await AssertSearchAsync(text, atLeast: 3);

        Assert.All(ids, id => Assert.Contains(fixture.TestInvoices.Single(i => i.Id == id).Lines,
            line => line.Description.Contains(text, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task Search_by_description_finds_returned_stake_records_too()
    {
        var ids = await AssertSearchAsync("Stake returned for", atLeast: 2);

        Assert.All(ids, id => Assert.True(Expected.IsReturnStakeRecord(fixture.TestInvoices.Single(i => i.Id == id))));
    }

    [Fact]
    public async Task Search_pages_are_disjoint_and_carry_the_total_count()
    {
        const string query = "Plan";
        var expected = fixture.TestInvoices.Where(i => Expected.SearchMatches(i, query)).Ids();
        Assert.True(expected.Count > 30);

        var seen = new List<string>();
        for (var page = 1; seen.Count < expected.Count && page < 100; page++)
        {
            var result = await Sdk.SearchAsync(new InvoiceSearchOptions { Query = query, Page = page, PageSize = 7 });
            Assert.Equal(expected.Count, result.Count);
            Assert.InRange(result.List.Count, 1, 7);
            seen.AddRange(result.List.Select(i => i.Id));
        }

        Assert.Equal(expected, seen);
        var beyond = await Sdk.SearchAsync(new InvoiceSearchOptions { Query = query, Page = (expected.Count / 7) + 2, PageSize = 7 });
        Assert.Empty(beyond.List);
        Assert.Equal(expected.Count, beyond.Count);

        Assert.Equal(expected, await Sdk.SearchIdsAsync(new InvoiceSearchOptions { Query = query, PageSize = 7 }));
    }

    [Fact]
    public async Task Search_with_no_match_is_empty()
    {
        var page = await Sdk.SearchAsync(new InvoiceSearchOptions { Query = "no invoice says this" });

        Assert.Equal(0, page.Count);
        Assert.Empty(page.List);
    }

    [Fact]
    public async Task Search_in_live_mode_finds_only_live_invoices()
    {
        var customer = fixture.LiveInvoices[0].Customer!;
        var expected = fixture.LiveInvoices.Where(i => Expected.SearchMatches(i, customer.Email)).Ids();
        Assert.NotEmpty(expected);

        var ids = await fixture.Live.Invoices.SearchIdsAsync(new InvoiceSearchOptions { Query = customer.Email, PageSize = 100 });

        Assert.Equal(expected, ids);
        var inTest = await Sdk.SearchAsync(new InvoiceSearchOptions { Query = customer.Email });
        Assert.Equal(0, inTest.Count);
    }
}
