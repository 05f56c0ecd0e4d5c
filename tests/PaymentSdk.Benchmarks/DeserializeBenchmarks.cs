using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using PaymentSdk.Serialization;

namespace PaymentSdk.Benchmarks;

/// <summary>One page of 100 expanded invoices: the SDK's generated deserializer, reflection into the same models, and the floor.</summary>
[MemoryDiagnoser]
public class DeserializeBenchmarks
{
    private byte[] _page = [];
    private JsonSerializerOptions _reflection = null!;

    [GlobalSetup]
    public void Setup()
    {
        _page = BenchmarkData.Page();
        // The SDK's own options (converters, null handling), resolved by reflection instead of generated code.
        _reflection = new JsonSerializerOptions(PaymentJsonContext.Default.Options) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        Console.WriteLine($"// page: {_page.Length:N0} bytes");
    }

    [Benchmark(Baseline = true, Description = "SDK (source-generated)")]
    public int SourceGenerated() => JsonSerializer.Deserialize(_page, PaymentJsonContext.Default.PaginatedInvoiceExpanded)!.List.Count;

    [Benchmark(Description = "reflection System.Text.Json, same models")]
    public int Reflection() => JsonSerializer.Deserialize<Paginated<InvoiceExpanded>>(_page, _reflection)!.List.Count;

    [Benchmark(Description = "JsonDocument.Parse (floor)")]
    public int JsonDocumentParse()
    {
        using var page = JsonDocument.Parse(_page);
        return page.RootElement.GetProperty("list").GetArrayLength();
    }
}
