using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using PaymentSdk.Auth;

namespace PaymentSdk.Sandbox.Routes;

/// <summary>
/// The checks a Blocklet service makes before Payment Kit sees a request, when the options turn them on:
/// a component signature (verified with the SDK's own algorithm) or a Bearer access key.
/// Answers as Blocklet services answer: 400 for incomplete signature headers, 401
/// <c>{"error":"verify sig failed"}</c> for a bad or expired signature, 401
/// <c>{"code":"forbidden","error":"not authorized"}</c> for no (or an unknown) credential.
/// </summary>
internal sealed class SandboxAuthentication : IEndpointFilter
{
    private readonly byte[][] _accessKeys;
    private readonly byte[]? _publicKey;
    private readonly TimeProvider _clock;
    private readonly bool _required;

    public SandboxAuthentication(PaymentSandboxOptions options)
    {
        _required = options.RequiresAuthentication;
        _accessKeys = options.AccessKeys.Select(Encoding.UTF8.GetBytes).ToArray();
        _clock = options.TimeProvider ?? throw new ArgumentNullException(nameof(options), "PaymentSandboxOptions.TimeProvider cannot be null.");
        if (options.ComponentPublicKey is { } key)
        {
            _publicKey = ComponentSigner.ParseHex(key);
            if (_publicKey is not { Length: 32 })
                throw new ArgumentException("PaymentSandboxOptions.ComponentPublicKey must be 0x followed by 64 hex digits (an Ed25519 public key).", nameof(options));
        }
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (_required && await CheckAsync(context.HttpContext) is { } refusal) return refusal;
        return await next(context);
    }

    private async Task<IResult?> CheckAsync(HttpContext context)
    {
        var headers = context.Request.Headers;
        if (headers.ContainsKey(ComponentSignatureAuthenticator.SignatureHeader)) return await CheckSignatureAsync(context);
        var authorization = headers.Authorization.ToString();
        const string bearer = "Bearer ";
        if (authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase))
        {
            var presented = Encoding.UTF8.GetBytes(authorization[bearer.Length..].Trim());
            if (_accessKeys.Any(key => CryptographicOperations.FixedTimeEquals(key, presented))) return null;
        }
        return Answers.Refuse(401, "not authorized", code: "forbidden");
    }

    private async Task<IResult?> CheckSignatureAsync(HttpContext context)
    {
        var headers = context.Request.Headers;
        var signature = headers[ComponentSignatureAuthenticator.SignatureHeader].ToString();
        if (!long.TryParse(headers[ComponentSignatureAuthenticator.IssuedAtHeader], out _)
            || !long.TryParse(headers[ComponentSignatureAuthenticator.ExpiresHeader], out _)
            || string.IsNullOrEmpty(headers[ComponentSignatureAuthenticator.DidHeader]))
            return Answers.Refuse(400, "missing signature headers: x-component-did, x-component-sig-iat and x-component-sig-exp are required");
        if (_publicKey is null) return VerifyFailed();

        // The signed path and query are the request line's exact bytes; the body is what JSON.parse makes of it.
        var target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var body = await JsonBody.ReadBytesAsync(context.Request);
        var verdict = ComponentSignatureCheck.Check(_publicKey, _clock.GetUtcNow().ToUnixTimeSeconds(), context.Request.Method, target, signature,
            headers[ComponentSignatureAuthenticator.IssuedAtHeader], headers[ComponentSignatureAuthenticator.ExpiresHeader],
            headers["x-path-prefix"], body, strict: false);
        return verdict == SignatureVerdict.Valid ? null : VerifyFailed();
    }

    private static IResult VerifyFailed() => Answers.Refuse(401, "verify sig failed");
}
