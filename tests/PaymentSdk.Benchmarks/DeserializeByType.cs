using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using PaymentSdk.Serialization;

namespace PaymentSdk.Benchmarks;

/// <summary>
/// Where typed deserialization spends its time: the page cut into the objects of each model type (all the
/// lines, all the customers, ... and the invoices without their nested objects), each set read with the SDK's
/// source-generated metadata and with <see cref="JsonDocument"/>. A single slow model or converter would stand
/// out as a ratio far above the others; the bytes each set allocates show where the garbage comes from.
/// </summary>
internal static class DeserializeByType
{
    private static readonly string[] Nested = ["lines", "customer", "paymentIntent", "subscription", "paymentMethod", "paymentCurrency"];

    public static int Run()
    {
        var invoices = JsonNode.Parse(BenchmarkData.Page())!["list"]!.AsArray();
        Console.WriteLine($"{"objects",-16} {"model",-20} {"count",6} {"KB",6} {"typed ms",9} {"MB/s",6} {"JsonDocument ms",16} {"ratio",6} {"KB allocated",13} {"÷ KB",5}");
        Measure<InvoiceItemExpanded>(invoices, "lines");
        Measure<Customer>(invoices, "customer");
        Measure<PaymentIntent>(invoices, "paymentIntent");
        Measure<Subscription>(invoices, "subscription");
        Measure<PaymentMethod>(invoices, "paymentMethod");
        Measure<PaymentCurrency>(invoices, "paymentCurrency");
        Measure<Invoice>(invoices, null);
        return 0;
    }

    /// <summary>The objects under <paramref name="field"/> of every invoice, or (null) the invoices without their nested objects.</summary>
    private static void Measure<T>(JsonArray invoices, string? field)
    {
        var objects = new JsonArray();
        foreach (var invoice in invoices)
        {
            if (field is null)
            {
                var flat = invoice!.DeepClone().AsObject();
                foreach (var name in Nested) flat.Remove(name);
                objects.Add(flat);
            }
            else if (invoice![field] is JsonArray many) foreach (var one in many) objects.Add(one!.DeepClone());
            else if (invoice[field] is JsonObject one) objects.Add(one.DeepClone());
        }
        var bytes = JsonSerializer.SerializeToUtf8Bytes(objects);
        var typeInfo = (JsonTypeInfo<T>)PaymentJsonContext.Default.GetTypeInfo(typeof(T))!;
        var typed = BestMilliseconds(() => ReadEach(bytes, typeInfo));
        var allocated = AllocatedBytes(() => ReadEach(bytes, typeInfo));
        var document = BestMilliseconds(() =>
        {
            using var parsed = JsonDocument.Parse(bytes);
            return parsed.RootElement.GetArrayLength();
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{field ?? "invoices, flat",-16} {typeof(T).Name,-20} {objects.Count,6} {bytes.Length / 1024,6} {typed,9:0.000} {bytes.Length / typed / 1000,6:0} {document,16:0.000} {typed / document,6:0.00} {allocated / 1024,13:0} {(double)allocated / bytes.Length,5:0.00}"));
    }

    private static int ReadEach<T>(byte[] array, JsonTypeInfo<T> typeInfo)
    {
        var reader = new Utf8JsonReader(array);
        reader.Read(); // [
        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (JsonSerializer.Deserialize(ref reader, typeInfo) is not null) count++;
        }
        return count;
    }

    /// <summary>What one read allocates on this thread (after warm-up, so no one-time metadata is counted).</summary>
    private static long AllocatedBytes(Func<int> read)
    {
        read();
        var before = GC.GetAllocatedBytesForCurrentThread();
        read();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>The best mean of seven rounds of 50 after 100 warm-up calls: the figure least disturbed by the machine.</summary>
    private static double BestMilliseconds(Func<int> read)
    {
        for (var i = 0; i < 100; i++) read();
        var best = double.MaxValue;
        for (var round = 0; round < 7; round++)
        {
            var started = Stopwatch.GetTimestamp();
            for (var i = 0; i < 50; i++) read();
            best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalMilliseconds / 50);
        }
        return best;
    }
}
