using System;
using System.Collections.Generic;
using System.Net;
using System.Text.Json;
using PaymentSdk.Auth;
using PaymentSdk.Internal;
using PaymentSdk.Serialization;

namespace PaymentSdk;

/// <summary>
/// Checks that a webhook delivery comes from Payment Kit and reads its event, with no web framework:
/// give it the request's method, target, headers and body bytes as received. It accepts exactly what
/// <c>@blocklet/sdk</c>'s <c>verifySig</c> accepts (the Blocklet component signature Payment Kit signs
/// deliveries with, including behind a mount point that a proxy stripped and named in
/// <c>x-path-prefix</c>), and is stricter only where no genuine delivery can fail: a signature issued more
/// than a minute ahead, or valid for more than five minutes, is refused. Safe to share between threads.
/// </summary>
/// <example>
/// <code>
/// var verifier = new PaymentWebhookVerifier();   // the key from BLOCKLET_APP_SK, as verifySig takes it
/// PaymentEvent evt = verifier.ConstructEvent("POST", "/payment/callback", headers, body);
/// if (evt.Type == PaymentEventTypes.InvoicePaid &amp;&amp; evt.Data.TryGetInvoice(out var invoice)) { ... }
/// </code>
/// </example>
public sealed class PaymentWebhookVerifier
{
    private const string PathPrefixHeader = "x-path-prefix";
    private const string PublicKeyVariable = "BLOCKLET_APP_PK";
    private const int PublicKeyBytes = 32;

    private readonly byte[] _publicKey;
    private readonly TimeProvider _clock;

    /// <summary>Creates a verifier with the app's key from the environment, as <c>verifySig</c> finds it.</summary>
    /// <exception cref="ArgumentException">No key is set, or the one set is malformed; the message names it.</exception>
    public PaymentWebhookVerifier() : this(new PaymentWebhookVerifierOptions()) { }

    /// <summary>Creates a verifier.</summary>
    /// <param name="options">The key (else the environment's) and the clock.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">No key is set, or the one set is malformed; the message names it, never shows it.</exception>
    public PaymentWebhookVerifier(PaymentWebhookVerifierOptions options)
    {
        if (options is null) throw new ArgumentNullException(nameof(options));
        _clock = options.TimeProvider ?? throw new ArgumentException("PaymentWebhookVerifierOptions.TimeProvider cannot be null.", nameof(options));
        _publicKey = ResolvePublicKey(options);
    }

    /// <summary>
    /// Verifies a delivery and reads its event.
    /// </summary>
    /// <param name="method">The request's method, such as <c>POST</c>.</param>
    /// <param name="requestTarget">The request target as received: path and query, still percent-encoded (ASP.NET Core: <c>IHttpRequestFeature.RawTarget</c>).</param>
    /// <param name="headers">The request's headers; names in any case, a repeated name joined as Node joins it.</param>
    /// <param name="body">The body bytes as received.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PaymentWebhookException">The delivery is refused; answer it with the exception's <see cref="PaymentWebhookException.StatusCode"/>.</exception>
    public PaymentEvent ConstructEvent(string method, string requestTarget, IEnumerable<KeyValuePair<string, string>> headers, ReadOnlyMemory<byte> body)
    {
        if (method is null) throw new ArgumentNullException(nameof(method));
        if (requestTarget is null) throw new ArgumentNullException(nameof(requestTarget));
        if (headers is null) throw new ArgumentNullException(nameof(headers));
        var received = Collect(headers);
        string? Header(string name) => received.TryGetValue(name, out var value) ? value : null;

        var verdict = ComponentSignatureCheck.Check(_publicKey, _clock.GetUtcNow().ToUnixTimeSeconds(), method, requestTarget,
            Header(ComponentSignatureAuthenticator.SignatureHeader), Header(ComponentSignatureAuthenticator.IssuedAtHeader),
            Header(ComponentSignatureAuthenticator.ExpiresHeader), Header(PathPrefixHeader), body.Span, strict: true);
        if (verdict != SignatureVerdict.Valid) throw Refused(verdict);
        // A signed body can still be unreadable: refused (400) here, with the JSON path at fault but none of its text,
        // so that neither the handler nor a later read of the event fails on it.
        if (ServerDataFaults.InvalidUtf8(body.Span) is { } invalid)
            throw new PaymentWebhookException(HttpStatusCode.BadRequest, "the signed body is not UTF-8 JSON: " + invalid);
        PaymentEvent? evt;
        try
        {
            evt = JsonSerializer.Deserialize(body.Span, PaymentJsonContext.Default.PaymentEvent);
            evt?.Data?.ReadKnownObject();
        }
        catch (Exception e) when (ServerDataFaults.IsCausedByData(e))
        {
            var at = e is JsonException { Path: { } path } ? " at " + (path.Length <= 200 ? path : path.Substring(0, 200) + "…") : "";
            throw new PaymentWebhookException(HttpStatusCode.BadRequest, $"the signed body is not a readable event ({e.GetType().Name}{at})", e);
        }
        if (evt is null || string.IsNullOrEmpty(evt.Type))
            throw new PaymentWebhookException(HttpStatusCode.BadRequest, "the signed body is not an event (it has no type)");
        return evt;
    }

    /// <summary>Names the class; the key is public, but nothing about it is needed in logs.</summary>
    public override string ToString() => nameof(PaymentWebhookVerifier);

    private static PaymentWebhookException Refused(SignatureVerdict verdict) => verdict switch
    {
        SignatureVerdict.Missing => new PaymentWebhookException(HttpStatusCode.BadRequest, "the delivery has no x-component-sig header"),
        SignatureVerdict.Malformed => new PaymentWebhookException(HttpStatusCode.Unauthorized, "x-component-sig-iat and x-component-sig-exp must be whole Unix seconds"),
        SignatureVerdict.Expired => new PaymentWebhookException(HttpStatusCode.Unauthorized, "the signature has expired"),
        SignatureVerdict.IssuedInTheFuture => new PaymentWebhookException(HttpStatusCode.Unauthorized, $"the signature is issued more than {ComponentSignatureCheck.AllowedClockSkewSeconds} s in the future"),
        SignatureVerdict.TooLong => new PaymentWebhookException(HttpStatusCode.Unauthorized, $"the signature is valid for more than {ComponentSigner.LifetimeSeconds} s, longer than a signer makes it"),
        _ => new PaymentWebhookException(HttpStatusCode.Unauthorized, "the signature does not match the delivery (method, path, query or body) or the app's key"),
    };

    /// <summary>Headers by lower-case name; a repeated name's values joined with <c>", "</c>, as Node does.</summary>
    private static Dictionary<string, string> Collect(IEnumerable<KeyValuePair<string, string>> headers)
    {
        var collected = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in headers)
            collected[header.Key] = collected.TryGetValue(header.Key, out var earlier) ? earlier + ", " + header.Value : header.Value;
        return collected;
    }

    private static byte[] ResolvePublicKey(PaymentWebhookVerifierOptions options)
    {
        if (options.AppPublicKey is { } given) return ParsePublicKey(given, nameof(PaymentWebhookVerifierOptions) + "." + nameof(PaymentWebhookVerifierOptions.AppPublicKey));
        var env = options.GetEnvironmentVariable;
        if (PaymentEnvironment.First(env, PaymentEnvironment.AccessSecretKeyVariable, PaymentEnvironment.SecretKeyVariable) is { } secretKey)
            return ParsePublicKey(new ComponentSigner(secretKey.Value, secretKey.Name).PublicKey, secretKey.Name);
        if (PaymentEnvironment.First(env, PublicKeyVariable) is { } publicKey) return ParsePublicKey(publicKey.Value, publicKey.Name);
        throw new ArgumentException(
            $"No key to verify webhook deliveries with: set PaymentWebhookVerifierOptions.AppPublicKey, or run inside a Blocklet ({PaymentEnvironment.AccessSecretKeyVariable}, {PaymentEnvironment.SecretKeyVariable} or {PublicKeyVariable}).",
            nameof(options));
    }

    private static byte[] ParsePublicKey(string hex, string source) =>
        ComponentSigner.ParseHex(hex) is { Length: PublicKeyBytes } key
            ? key
            : throw new ArgumentException($"{source} is not an Ed25519 public key: expected 0x followed by {PublicKeyBytes * 2} hex digits.", source);
}
