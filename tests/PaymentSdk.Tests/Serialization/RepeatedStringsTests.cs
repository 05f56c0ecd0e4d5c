using System.Text;
using System.Text.Json;
using PaymentSdk.Serialization;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Serialization;

/// <summary>
/// Strings that repeat within an answer are read once and shared, and sharing never changes a value:
/// escapes, non-ASCII text, long text and colliding slots all read exactly as System.Text.Json reads them.
/// </summary>
public sealed class RepeatedStringsTests
{
    [Fact]
    public void Text_repeated_across_the_invoices_of_a_page_is_one_string()
    {
        var page = JsonSerializer.Deserialize(TestFiles.ResponseBody("invoice-page.json"), PaymentJsonContext.Default.PaginatedInvoiceExpanded)!;

        var (first, second) = (page.List[0], page.List[1]);
        Assert.Equal("pc_abt", first.CurrencyId);
        Assert.Same(first.CurrencyId, second.CurrencyId);
        Assert.Same(first.CustomerId, second.CustomerId);
        Assert.Same(first.CustomerId, first.Customer!.Id);
        Assert.NotEqual(first.Status, second.Status);
    }

    [Fact]
    public void Metadata_keys_and_amounts_are_shared_too()
    {
        const string json = """{"list":[{"id":"in_1","tax":"0","metadata":{"order_id":"a"}},{"id":"in_2","tax":"0","metadata":{"order_id":"b"}}],"count":2}""";

        var page = JsonSerializer.Deserialize(json, PaymentJsonContext.Default.PaginatedInvoiceExpanded)!;

        Assert.Same(page.List[0].Metadata!.Keys.Single(), page.List[1].Metadata!.Keys.Single());
        Assert.Same(page.List[0].Tax.Value, page.List[1].Tax.Value);
    }

    [Theory]
    [InlineData("\"pc_abt\"")]
    [InlineData("\"caf\\u00e9 \\\"quoted\\\"\"")]
    [InlineData("\"Kraków — 東京\"")]
    [InlineData("\"\"")]
    [InlineData("\"a-string-longer-than-sixty-four-bytes-is-read-as-it-is-and-never-shared-0123456789\"")]
    public void Every_kind_of_string_reads_as_System_Text_Json_reads_it(string token)
    {
        var json = "{\"list\":[{\"description\":" + token + "},{\"description\":" + token + "}],\"count\":2}";

        var page = JsonSerializer.Deserialize(json, PaymentJsonContext.Default.PaginatedInvoiceExpanded)!;

        using var document = JsonDocument.Parse(token);
        var expected = document.RootElement.GetString();
        Assert.All(page.List, i => Assert.Equal(expected, i.Description));
    }

    [Fact]
    public void Thousands_of_distinct_strings_that_collide_in_the_table_all_read_exactly()
    {
        // 5,000 distinct ids through a 1,024-slot table, each twice, in an order that makes slots change hands.
        var ids = Enumerable.Range(0, 5000).Select(i => $"in_{i:D6}_{(char)('a' + i % 26)}").ToList();
        var json = new StringBuilder("{\"count\":10000,\"list\":[");
        foreach (var id in ids.Concat(Enumerable.Reverse(ids))) json.Append("{\"id\":\"").Append(id).Append("\"},");
        json.Length--;
        json.Append("]}");

        var page = JsonSerializer.Deserialize(json.ToString(), PaymentJsonContext.Default.PaginatedInvoiceExpanded)!;

        Assert.Equal(ids.Concat(Enumerable.Reverse(ids)), page.List.Select(i => i.Id));
    }

    [Fact]
    public void Reading_on_many_threads_at_once_gives_each_its_own_values()
    {
        var failures = 0;
        Parallel.For(0, 64, n =>
        {
            var json = $$"""{"count":2,"list":[{"id":"in_{{n}}","status":"open"},{"id":"in_{{n}}","status":"s{{n}}"}]}""";
            for (var round = 0; round < 200; round++)
            {
                var page = JsonSerializer.Deserialize(json, PaymentJsonContext.Default.PaginatedInvoiceExpanded)!;
                if (page.List[0].Id != $"in_{n}" || page.List[1].Status != $"s{n}") Interlocked.Increment(ref failures);
            }
        });

        Assert.Equal(0, failures);
    }
}
