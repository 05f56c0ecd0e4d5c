using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CsCheck;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Hostile;

/// <summary>
/// Valid answers mutated at random — cut short, bytes overwritten, a value swapped for one of another type or an
/// extreme one, a key duplicated — and answered with a random status and content type: the caller gets a result
/// or a <see cref="PaymentException"/>, never another exception. The same for webhook deliveries: an event or a
/// <see cref="PaymentWebhookException"/>, and <c>TryGetInvoice</c> never throws. The cases come from CsCheck's
/// generators drawn from a fixed seed, one after another, so CI runs the same 3,000 every time (CsCheck's own
/// Sample fixes only its first case); a failure prints the case's number and body.
/// </summary>
public sealed class MutatedAnswerPropertyTests
{
    private const long Iterations = 3000;

    private const ulong Seed = 20261201;

    /// <summary>The operations whose answers are mutated, with the valid answer each starts from.</summary>
    private static readonly (string Body, Func<PaymentClient, Task> Call)[] Answers =
    [
        (TestFiles.ResponseBody("invoice-with-discount.json"), p => p.Invoices.RetrieveAsync("in_1")),
        (TestFiles.ResponseBody("invoice-page.json"), p => p.Invoices.ListAsync()),
        (TestFiles.ResponseBody("search-page.json"), async p => { await foreach (var _ in p.Invoices.SearchAutoPagingAsync(new InvoiceSearchOptions { Query = "q" })) { } }),
        (TestFiles.ResponseBody("stake-info.json"), async p => (await p.Invoices.GetReturnStakeAsync("in_1")).GetAmount("total")),
        (TestFiles.ResponseBody("return-result.json"), p => p.Invoices.ReturnStakeAsync("in_1")),
        (TestFiles.ResponseBody("webhook-endpoint-page.json"), p => p.WebhookEndpoints.ListAsync()),
        (TestFiles.ResponseBody("webhook-endpoint-expanded.json"), p => p.WebhookEndpoints.RetrieveAsync("we_1")),
        ("""{"code":"forbidden","error":{"message":"not authorized","code":"x"},"message":"m"}""", p => p.Invoices.VoidAsync("in_1")),
    ];

    private static readonly int[] Statuses = [200, 200, 200, 200, 201, 204, 302, 400, 401, 404, 409, 429, 500, 502];

    private static readonly string?[] ContentTypes = ["application/json; charset=utf-8", null, "text/html", "application/json; charset=latin1"];

    /// <summary>Values put where another was: every JSON type, the extremes a converter must refuse, deep nesting.</summary>
    private static readonly string[] Replacements =
    [
        "null", "true", "false", "0", "-1", "1.5", "1e3", "1e400", "-1e400", "99999999999999", "-99999999999999",
        "18446744073709551616", "\"\"", "\"x\"", "\"12.50\"", "\"1e3\"", "\"-99999999999999\"", "\"2026-13-45T99:99:99Z\"",
        "\"\\u0000\\ud800\"", "[]", "{}", "[1,\"a\",null]", "{\"id\":null}", "\"" + new string('9', 100) + "\"",
        "\"" + new string('x', 70_000) + "\"", new string('[', 200) + new string(']', 200),
    ];

    private sealed record Mutation(int Kind, int Where, int What);

    private static readonly Gen<Mutation> AnyMutation = Gen.Select(Gen.Int[0, 3], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], (k, w, v) => new Mutation(k, w, v));

    private static readonly Gen<(int Answer, int Status, int ContentType, Mutation[] Mutations)> Cases =
        Gen.Select(Gen.Int[0, Answers.Length - 1], Gen.Int[0, Statuses.Length - 1], Gen.Int[0, ContentTypes.Length - 1], AnyMutation.Array[1, 4]);

    [Fact]
    public async Task Every_mutated_answer_is_a_result_or_a_payment_exception()
    {
        await ForEachCaseAsync(Cases, stream: 1, async c =>
        {
            var (body, call) = Answers[c.Answer];
            var mutated = Mutate(Encoding.UTF8.GetBytes(body), c.Mutations);
            using var payment = new PaymentClient(
                new PaymentClientOptions { BaseUrl = new Uri("https://payment.test/m"), LiveMode = false, Retry = { MaxRetries = 0 } },
                new CannedHandler((HttpStatusCode)Statuses[c.Status], ContentTypes[c.ContentType], mutated));
            try
            {
                await call(payment);
            }
            catch (PaymentException)
            {
                // A typed failure is an answer too.
            }
        }, c => Describe(Answers[c.Answer].Body, c.Mutations, Statuses[c.Status]));
    }

    [Fact]
    public async Task Every_mutated_delivery_is_an_event_or_a_webhook_exception_and_try_get_never_throws()
    {
        var clock = new FixedClock(DateTimeOffset.FromUnixTimeSeconds(1_767_225_610));
        var verifier = new PaymentWebhookVerifier(new PaymentWebhookVerifierOptions { AppPublicKey = WebhookSigning.PublicKeyHex, TimeProvider = clock });
        var valid = Encoding.UTF8.GetBytes(WebhookSigning.Event("invoice.paid", TestFiles.ResponseBody("invoice-with-discount.json")));

        await ForEachCaseAsync(AnyMutation.Array[1, 4], stream: 2, mutations =>
        {
            var body = Mutate(valid, mutations);
            var headers = SignedOrNot(body, clock.Now.ToUnixTimeSeconds());
            PaymentEvent evt;
            try
            {
                evt = verifier.ConstructEvent("POST", "/hooks", headers, body);
            }
            catch (PaymentWebhookException)
            {
                return Task.CompletedTask;
            }
            _ = evt.Data.TryGetInvoice(out _);
            _ = evt.Data.IsPreview;
            _ = evt.ToString();
            return Task.CompletedTask;
        }, m => Describe(Encoding.UTF8.GetString(valid), m, 0));
    }

    /// <summary>Runs <paramref name="check"/> on <see cref="Iterations"/> cases drawn from <paramref name="gen"/> with a fixed seed.</summary>
    private static async Task ForEachCaseAsync<T>(Gen<T> gen, uint stream, Func<T, Task> check, Func<T, string> describe)
    {
        var pcg = new PCG(stream, Seed);
        for (var i = 0; i < Iterations; i++)
        {
            var value = gen.Generate(pcg, null, out _);
            try
            {
                await check(value);
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"Case {i} of seed {Seed}/{stream} ended in {e.GetType().Name} (neither a result nor a typed error): {describe(value)}\n{e}");
            }
        }
    }

    /// <summary>The signature headers for <paramref name="body"/>, or none when it is not JSON the signer can read.</summary>
    private static List<KeyValuePair<string, string>> SignedOrNot(byte[] body, long iat)
    {
        try
        {
            // Decoded as Node decodes a body (bad bytes as U+FFFD), so that a body with invalid UTF-8 can still be validly signed.
            return WebhookSigning.Headers("POST", "/hooks", Encoding.UTF8.GetString(body), iat);
        }
        catch (Exception e) when (e is JsonException or DecoderFallbackException or InvalidOperationException or FormatException)
        {
            return [];
        }
    }

    private static byte[] Mutate(byte[] body, Mutation[] mutations)
    {
        foreach (var m in mutations) body = Apply(body, m);
        return body;
    }

    private static byte[] Apply(byte[] body, Mutation m)
    {
        if (body.Length == 0) return body;
        switch (m.Kind)
        {
            case 0: // cut short
                return body[..(m.Where % (body.Length + 1))];
            case 1: // overwrite a byte with any byte, valid UTF-8 or not
                var flipped = (byte[])body.Clone();
                flipped[m.Where % body.Length] = (byte)m.What;
                return flipped;
            case 2: // a value of another type, or an extreme one
                return Tokens(body, values: true) is { Count: > 0 } values && values[m.Where % values.Count] is var (start, end)
                    ? [.. body[..start], .. Encoding.UTF8.GetBytes(Replacements[m.What % Replacements.Length]), .. body[end..]]
                    : Apply(body, m with { Kind = 1 });
            default: // a key twice, the copy holding another value
                return Tokens(body, values: false) is { Count: > 0 } names && names[m.Where % names.Count] is var (at, nameEnd)
                    ? [.. body[..at], .. body[at..nameEnd], .. ":"u8, .. Encoding.UTF8.GetBytes(Replacements[m.What % Replacements.Length]), .. ","u8, .. body[at..]]
                    : Apply(body, m with { Kind = 1 });
        }
    }

    /// <summary>Where each value (or each property name) of <paramref name="body"/> starts and ends; empty when it is not JSON.</summary>
    private static List<(int Start, int End)> Tokens(byte[] body, bool values)
    {
        var found = new List<(int, int)>();
        try
        {
            var reader = new Utf8JsonReader(body);
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray) continue;
                if ((reader.TokenType == JsonTokenType.PropertyName) != !values) continue;
                var start = (int)reader.TokenStartIndex;
                if (!values)
                {
                    found.Add((start, (int)reader.BytesConsumed));
                    continue;
                }
                var copy = reader;
                copy.Skip();
                found.Add((start, (int)copy.BytesConsumed));
            }
        }
        catch (JsonException)
        {
            return [];
        }
        return found;
    }

    private static string Describe(string body, Mutation[] mutations, int status)
    {
        var mutated = Encoding.UTF8.GetString(Mutate(Encoding.UTF8.GetBytes(body), mutations));
        return $"status {status}, {string.Join(", ", mutations.Select(m => m.ToString()))}: {(mutated.Length <= 400 ? mutated : mutated[..400] + "…")}";
    }

    /// <summary>Answers every request with the same status, content type and bytes.</summary>
    private sealed class CannedHandler(HttpStatusCode status, string? contentType, byte[] body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new ByteArrayContent(body);
            if (contentType is not null) content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            return Task.FromResult(new HttpResponseMessage(status) { Content = content, RequestMessage = request });
        }
    }
}
