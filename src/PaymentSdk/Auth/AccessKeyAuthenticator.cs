using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace PaymentSdk.Auth;

/// <summary><c>Authorization: Bearer &lt;key&gt;</c>, for a Blocklet access key.</summary>
internal sealed class AccessKeyAuthenticator : PaymentAuthenticator
{
    private readonly AuthenticationHeaderValue _header;

    /// <param name="accessKey">The key.</param>
    /// <param name="source">Where it came from (a parameter, an option or an environment variable), named in errors instead of the key.</param>
    public AccessKeyAuthenticator(string accessKey, string source)
    {
        if (string.IsNullOrEmpty(accessKey))
            throw new ArgumentException($"{source} is empty: an access key is required.", source);
        foreach (var c in accessKey)
        {
            // Visible ASCII only: the key goes into a header, where a line break would start another header.
            if (c is < '!' or > '~')
                throw new ArgumentException($"{source} is not a valid access key: it holds white space, control or non-ASCII characters.", source);
        }
        _header = new AuthenticationHeaderValue("Bearer", accessKey);
    }

    public override ValueTask AuthenticateAsync(HttpRequestMessage request, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = _header;
        return default;
    }
}
