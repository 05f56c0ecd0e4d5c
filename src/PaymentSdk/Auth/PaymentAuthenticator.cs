using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace PaymentSdk;

/// <summary>
/// Adds credentials to the requests of a <see cref="PaymentClient"/>. The SDK calls it once per
/// attempt, after deciding to send and just before sending, so credentials that expire (component
/// signatures) are fresh on every retry. Derive from it for a scheme of your own and set
/// <see cref="PaymentClientOptions.Authenticator"/>; the built-in schemes come from
/// <see cref="AccessKey"/> and <see cref="ComponentSignature"/>.
/// </summary>
/// <example>
/// <code>
/// sealed class ApiKeyHeader(string key) : PaymentAuthenticator
/// {
///     public override ValueTask AuthenticateAsync(HttpRequestMessage request, ReadOnlyMemory&lt;byte&gt; body, CancellationToken cancellationToken)
///     {
///         request.Headers.Add("x-api-key", key);
///         return default;
///     }
/// }
/// </code>
/// </example>
public abstract class PaymentAuthenticator
{
    /// <summary>Adds credentials (headers) to one attempt of a request.</summary>
    /// <param name="request">The attempt about to be sent: its URL is final (path and query exactly as they go on the wire).</param>
    /// <param name="body">The exact body bytes the attempt sends; empty when there is none.</param>
    /// <param name="cancellationToken">Cancels the attempt.</param>
    public abstract ValueTask AuthenticateAsync(HttpRequestMessage request, ReadOnlyMemory<byte> body, CancellationToken cancellationToken);

    /// <summary>Sends <c>Authorization: Bearer <paramref name="accessKey"/></c> with every request.</summary>
    /// <param name="accessKey">A Blocklet access key, such as <c>blocklet-...</c>.</param>
    /// <exception cref="ArgumentException">The key is empty or holds white space, control or non-ASCII characters; the message does not repeat it.</exception>
    public static PaymentAuthenticator AccessKey(string accessKey) => new Auth.AccessKeyAuthenticator(accessKey, nameof(accessKey));

    /// <summary>Signs every request as the Blocklet component <paramref name="componentDid"/>, as payment-js does inside a Blocklet.</summary>
    /// <param name="componentDid">The calling component's DID (<c>BLOCKLET_COMPONENT_DID</c>).</param>
    /// <param name="secretKey">The app's 64-byte Ed25519 secret key as 0x-prefixed hex (<c>BLOCKLET_APP_ASK</c> or <c>BLOCKLET_APP_SK</c>).</param>
    /// <exception cref="ArgumentException">The DID is empty or holds anything but visible ASCII (it goes into a header), or the key is malformed; the message does not repeat the key.</exception>
    public static PaymentAuthenticator ComponentSignature(string componentDid, string secretKey) =>
        new Auth.ComponentSignatureAuthenticator(componentDid, nameof(componentDid), secretKey, nameof(secretKey), TimeProvider.System);

    /// <summary>The kind of authentication; never a key or signature.</summary>
    public override string ToString() => GetType().Name;
}
