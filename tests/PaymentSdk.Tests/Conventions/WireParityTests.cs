using System.Text;
using System.Text.Json;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Conventions;

/// <summary>
/// Every method of the one table, called with the arguments payment-js was recorded with, sends what payment-js sent:
/// the verb, the request target byte for byte (path, query keys in payment-js's order, <c>livemode</c> last) and the same
/// JSON body (names, order and values; the SDK may escape non-ASCII where payment-js writes it raw, which JSON reads alike).
/// </summary>
public sealed class WireParityTests(WireMockFixture wireMock) : WireMockTestBase(wireMock)
{
    [Theory]
    [MemberData(nameof(ApiOperations.Names), MemberType = typeof(ApiOperations))]
    public async Task Each_method_sends_what_payment_js_sent(string name)
    {
        var operation = ApiOperations.Named(name);
        var mount = NewMount("wire");
        using var payment = NewClient(mount);

        await operation.Call(payment);

        var request = WireMock.SingleRequest(mount);
        var (target, body) = operation.Recorded;
        Assert.Equal(operation.Verb, request.Method);
        Assert.Equal("/" + mount + target, request.Url);
        Assert.Equal(Normalized(body), Normalized(request.Body));
        if (body.Length == 0 && operation.Verb is "POST" or "PUT") Assert.Equal("0", request.Header("Content-Length"));
    }

    /// <summary>The JSON re-written by one writer, so that equal names, order and values give equal text; "" stays "".</summary>
    private static string Normalized(string json)
    {
        if (json.Length == 0) return "";
        using var document = JsonDocument.Parse(json);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream)) document.RootElement.WriteTo(writer);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
