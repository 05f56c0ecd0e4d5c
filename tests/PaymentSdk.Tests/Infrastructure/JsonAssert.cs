using System.Text.Json;

namespace PaymentSdk.Tests.Infrastructure;

public static class JsonAssert
{
    /// <summary>
    /// Every value of <paramref name="expected"/> is in <paramref name="actual"/>, at every depth:
    /// null and absent count as the same (the schema's <c>x?</c>), numbers and strings compare by
    /// value (not by escaping), arrays item by item. <paramref name="actual"/> may carry more: a
    /// partial object gains the defaults of the required fields it lacked.
    /// </summary>
    public static void LosesNothing(string expected, string actual)
    {
        using var e = JsonDocument.Parse(expected);
        using var a = JsonDocument.Parse(actual);
        Compare(e.RootElement, a.RootElement, "$");
    }

    private static void Compare(JsonElement expected, JsonElement actual, string path)
    {
        if (expected.ValueKind == JsonValueKind.Number && actual.ValueKind == JsonValueKind.Number)
        {
            Assert.True(expected.GetDecimal() == actual.GetDecimal(), $"{path}: expected {expected} but was {actual}");
            return;
        }
        Assert.True(expected.ValueKind == actual.ValueKind, $"{path}: expected {expected.ValueKind} ({expected}) but was {actual.ValueKind} ({actual})");
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var expectedProperties = expected.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null).ToDictionary(p => p.Name, p => p.Value);
                var actualProperties = actual.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null).ToDictionary(p => p.Name, p => p.Value);
                foreach (var (name, value) in expectedProperties)
                {
                    Assert.True(actualProperties.TryGetValue(name, out var other), $"{path}.{name} was lost");
                    Compare(value, other, path + "." + name);
                }
                break;
            case JsonValueKind.Array:
                var expectedItems = expected.EnumerateArray().ToList();
                var actualItems = actual.EnumerateArray().ToList();
                Assert.True(expectedItems.Count == actualItems.Count, $"{path}: expected {expectedItems.Count} items but was {actualItems.Count}");
                for (var i = 0; i < expectedItems.Count; i++) Compare(expectedItems[i], actualItems[i], $"{path}[{i}]");
                break;
            case JsonValueKind.String:
                Assert.True(expected.GetString() == actual.GetString(), $"{path}: expected {expected.GetRawText()} but was {actual.GetRawText()}");
                break;
            default:
                Assert.True(expected.GetRawText() == actual.GetRawText(), $"{path}: expected {expected.GetRawText()} but was {actual.GetRawText()}");
                break;
        }
    }
}
