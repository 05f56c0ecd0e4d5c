using System;
using System.Globalization;
using System.Text.Json;

namespace PaymentSdk.Auth;

/// <summary>What checking a Blocklet component signature found.</summary>
internal enum SignatureVerdict
{
    /// <summary>The signature is the key's, over this request, and not expired.</summary>
    Valid,

    /// <summary>No <c>x-component-sig</c> (verifySig answers 400).</summary>
    Missing,

    /// <summary><c>x-component-sig-iat</c> or <c>x-component-sig-exp</c> is not a whole number of Unix seconds.</summary>
    Malformed,

    /// <summary>The signature's <c>exp</c> has passed.</summary>
    Expired,

    /// <summary>Issued more than a minute in the future (only when checking strictly).</summary>
    IssuedInTheFuture,

    /// <summary>Valid for longer than a signer makes it (only when checking strictly).</summary>
    TooLong,

    /// <summary>Not the key's signature over this request.</summary>
    Invalid,
}

/// <summary>
/// Checks a Blocklet component signature as <c>@blocklet/sdk</c>'s <c>verifySig</c> does, with the same
/// canonical data <see cref="ComponentSigner"/> signs: <c>{iat, exp, body, query, method, url}</c>, the body
/// as <c>JSON.parse</c> makes it (<c>{}</c> when empty), the query decoded from the request target, the
/// path without it; and, when that fails and an <c>x-path-prefix</c> came with the request, the path with
/// the prefix joined before it. One implementation signs and verifies.
/// </summary>
internal static class ComponentSignatureCheck
{
    /// <summary>How far in the future a signature may be issued, for clocks that disagree a little.</summary>
    public const int AllowedClockSkewSeconds = 60;

    /// <param name="publicKey">The 32-byte Ed25519 public key of the app.</param>
    /// <param name="now">The time to check at, Unix seconds.</param>
    /// <param name="method">The request's method, any case.</param>
    /// <param name="requestTarget">The request target as received: path and query, still percent-encoded.</param>
    /// <param name="signature">The <c>x-component-sig</c> header.</param>
    /// <param name="issuedAt">The <c>x-component-sig-iat</c> header.</param>
    /// <param name="expires">The <c>x-component-sig-exp</c> header.</param>
    /// <param name="pathPrefix">The <c>x-path-prefix</c> header, if any.</param>
    /// <param name="body">The body as received.</param>
    /// <param name="strict">
    /// Also refuse what no genuine signer sends (verifySig accepts it): an <c>iat</c> more than a minute
    /// ahead, or <c>exp − iat</c> over <see cref="ComponentSigner.LifetimeSeconds"/>.
    /// </param>
    public static SignatureVerdict Check(byte[] publicKey, long now, string method, string requestTarget, string? signature, string? issuedAt,
        string? expires, string? pathPrefix, ReadOnlySpan<byte> body, bool strict)
    {
        if (string.IsNullOrEmpty(signature)) return SignatureVerdict.Missing;
        if (!TryParseSeconds(issuedAt, out var iat) || !TryParseSeconds(expires, out var exp)) return SignatureVerdict.Malformed;
        if (exp < now) return SignatureVerdict.Expired;
        if (strict && iat > now + AllowedClockSkewSeconds) return SignatureVerdict.IssuedInTheFuture;
        if (strict && exp - iat > ComponentSigner.LifetimeSeconds) return SignatureVerdict.TooLong;

        object? parsedBody;
        try
        {
            parsedBody = body.IsEmpty ? CanonicalJson.NewObject() : CanonicalJson.Parse(body);
        }
        catch (JsonException)
        {
            return SignatureVerdict.Invalid;
        }
        var mark = requestTarget.IndexOf('?');
        var path = mark < 0 ? requestTarget : requestTarget.Substring(0, mark);
        var query = ComponentSignatureAuthenticator.ParseQuery(mark < 0 ? "" : requestTarget.Substring(mark + 1));
        if (ComponentSigner.Verify(ComponentSigner.Canonical(iat, exp, parsedBody, query, method, path), signature!, publicKey))
            return SignatureVerdict.Valid;
        if (!string.IsNullOrEmpty(pathPrefix)
            && ComponentSigner.Verify(ComponentSigner.Canonical(iat, exp, parsedBody, query, method, JoinPath(pathPrefix!, path)), signature!, publicKey))
            return SignatureVerdict.Valid;
        return SignatureVerdict.Invalid;
    }

    /// <summary>A mount point and a path below it, joined with one slash.</summary>
    internal static string JoinPath(string prefix, string path) => prefix.TrimEnd('/') + "/" + path.TrimStart('/');

    private static bool TryParseSeconds(string? text, out long seconds) =>
        long.TryParse(text?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seconds);
}
