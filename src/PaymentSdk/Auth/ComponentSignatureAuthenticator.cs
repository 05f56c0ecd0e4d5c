using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace PaymentSdk.Auth;

/// <summary>
/// The five <c>x-component-*</c> headers of a Blocklet component call, made for each attempt from the
/// path, query and body exactly as they go on the wire.
/// </summary>
internal sealed class ComponentSignatureAuthenticator : PaymentAuthenticator
{
    public const string DidHeader = "x-component-did";
    public const string SignatureHeader = "x-component-sig";
    public const string IssuedAtHeader = "x-component-sig-iat";
    public const string ExpiresHeader = "x-component-sig-exp";
    public const string VersionHeader = "x-component-sig-version";

    private readonly string _componentDid;
    private readonly ComponentSigner _signer;
    private readonly TimeProvider _clock;

    public ComponentSignatureAuthenticator(string componentDid, string didSource, string secretKey, string keySource, TimeProvider clock)
    {
        if (string.IsNullOrWhiteSpace(componentDid))
            throw new ArgumentException($"{didSource} is empty: the calling component's DID is required to sign requests.", didSource);
        // It goes into a header as it is: a line break would end the header and start another on the wire.
        foreach (var c in componentDid)
        {
            if (c is < '!' or > '~')
                throw new ArgumentException($"{didSource} is not a valid component DID: it may hold only visible ASCII characters (no white space, line breaks or control characters).", didSource);
        }
        _componentDid = componentDid;
        _signer = new ComponentSigner(secretKey, keySource);
        _clock = clock;
    }

    public override ValueTask AuthenticateAsync(HttpRequestMessage request, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        // PathAndQuery is what the handler writes on the request line: the signature covers those exact bytes.
        var pathAndQuery = request.RequestUri!.PathAndQuery;
        var mark = pathAndQuery.IndexOf('?');
        var path = mark < 0 ? pathAndQuery : pathAndQuery.Substring(0, mark);
        var query = mark < 0 ? "" : pathAndQuery.Substring(mark + 1);
        var iat = _clock.GetUtcNow().ToUnixTimeSeconds();

        var headers = request.Headers;
        Set(headers, DidHeader, _componentDid);
        Set(headers, SignatureHeader, _signer.SignRequest(iat, ParseBody(body), ParseQuery(query), request.Method.Method, path));
        var times = Times.For(iat);
        Set(headers, IssuedAtHeader, times.IssuedAt);
        Set(headers, ExpiresHeader, times.Expires);
        Set(headers, VersionHeader, "1");
        return default;
    }

    /// <summary>The <c>iat</c> and <c>exp</c> header values of one second, kept for the requests signed within it.</summary>
    private sealed class Times(long iat)
    {
        private static Times? s_last;

        public long Second { get; } = iat;

        public string IssuedAt { get; } = iat.ToString(CultureInfo.InvariantCulture);

        public string Expires { get; } = (iat + ComponentSigner.LifetimeSeconds).ToString(CultureInfo.InvariantCulture);

        public static Times For(long iat)
        {
            var last = Volatile.Read(ref s_last);
            if (last?.Second == iat) return last;
            var fresh = new Times(iat);
            Volatile.Write(ref s_last, fresh);
            return fresh;
        }
    }

    /// <summary>The body as Payment Kit's JSON parser sees it: <c>{}</c> when there is none.</summary>
    private static object? ParseBody(ReadOnlyMemory<byte> body) => body.IsEmpty ? CanonicalJson.NewObject() : CanonicalJson.Parse(body.Span);

    /// <summary>The query as the server parses it: names and values decoded (<c>+</c> is a space), a repeated name a list.</summary>
    internal static SortedDictionary<string, object?> ParseQuery(string query)
    {
        var parameters = CanonicalJson.NewObject();
        if (query.Length == 0) return parameters;
        foreach (var pair in query.Split('&'))
        {
            if (pair.Length == 0) continue;
            var equals = pair.IndexOf('=');
            var name = Decode(equals < 0 ? pair : pair.Substring(0, equals));
            var value = equals < 0 ? "" : Decode(pair.Substring(equals + 1));
            if (!parameters.TryGetValue(name, out var existing)) parameters[name] = value;
            else if (existing is List<object?> values) values.Add(value);
            else parameters[name] = new List<object?> { existing, value };
        }
        return parameters;
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    private static void Set(System.Net.Http.Headers.HttpRequestHeaders headers, string name, string value)
    {
        headers.Remove(name);
        headers.TryAddWithoutValidation(name, value);
    }
}
