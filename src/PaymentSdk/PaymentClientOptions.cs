using System;
using Microsoft.Extensions.Logging;
using PaymentSdk.Auth;
using PaymentSdk.Internal;

namespace PaymentSdk;

/// <summary>Settings of a <see cref="PaymentClient"/>. The client copies them when it is created.</summary>
public class PaymentClientOptions
{
    /// <summary>
    /// Payment Kit's base URL: its web endpoint, mount point included, such as
    /// <c>https://host/payment</c>. Routes such as <c>/api/invoices</c> go below it. Must be absolute,
    /// without query or fragment, and HTTPS unless the host is loopback or
    /// <see cref="AllowInsecureHttp"/> is set. When null, the client uses the <c>BaseAddress</c> of an
    /// <c>HttpClient</c> passed in, else, inside a Blocklet, Payment Kit's endpoint from
    /// <c>BLOCKLET_MOUNT_POINTS</c> (<c>http://127.0.0.1:{port}</c>).
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>
    /// A Blocklet access key, sent as <c>Authorization: Bearer &lt;key&gt;</c>. When null or empty, the
    /// client reads <c>PAYMENT_KIT_ACCESS_KEY</c>; when that is unset too, inside a Blocklet it signs
    /// requests as a component (<c>BLOCKLET_APP_ASK</c> or <c>BLOCKLET_APP_SK</c>, and
    /// <c>BLOCKLET_COMPONENT_DID</c>), as payment-js does. <see cref="Authenticator"/> wins over this.
    /// </summary>
    public string? AccessKey { get; set; }

    /// <summary>
    /// How requests are authenticated, when neither an access key nor the Blocklet environment
    /// suits: <see cref="PaymentAuthenticator.AccessKey"/>, <see cref="PaymentAuthenticator.ComponentSignature"/>,
    /// or a <see cref="PaymentAuthenticator"/> of your own. Wins over <see cref="AccessKey"/> and the environment.
    /// </summary>
    public PaymentAuthenticator? Authenticator { get; set; }

    /// <summary>
    /// Whether requests address live (<c>true</c>) or test (<c>false</c>) data: sent as
    /// <c>livemode</c> with every request. The default comes from the environment as payment-js
    /// reads it: <c>PAYMENT_LIVEMODE</c>, else <c>PAYMENT_LIVE_MODE</c> (<c>true</c> → live), else
    /// <c>PAYMENT_TEST_MODE</c> (<c>true</c> → test); live when none is set.
    /// </summary>
    public bool LiveMode { get; set; } = PaymentEnvironment.ReadLiveMode();

    /// <summary>
    /// Retries and timeouts: how many attempts a call may make, the waits between them, and how long
    /// each attempt and the whole call may take. Set its properties in place, as in
    /// <c>new PaymentClientOptions { Retry = { MaxRetries = 0 } }</c>.
    /// </summary>
    public PaymentRetryOptions Retry { get; private set; } = new();

    /// <summary>The default of <see cref="MaxResponseBytes"/>: 8 MiB.</summary>
    public const long DefaultMaxResponseBytes = 8 * 1024 * 1024;

    /// <summary>
    /// The largest answer body the client reads, in bytes, after decompression. A <c>Content-Length</c> above it is
    /// refused before any buffer is allocated, and a chunked or compressed body is read no further than the limit;
    /// either way the call fails with <see cref="PaymentResponseTooLargeException"/>, which is never retried.
    /// Default: <see cref="DefaultMaxResponseBytes"/> (8 MiB): about nine times the largest answer Payment Kit sends (a
    /// page of 100 expanded invoices, about 0.9 MB), so that no genuine answer comes near it, while a broken or
    /// hostile server costs a call at most that much memory. Range: 1 KiB to 2 GiB − 1 (an array's limit).
    /// </summary>
    public long MaxResponseBytes { get; set; } = DefaultMaxResponseBytes;

    /// <summary>The smallest <see cref="MaxResponseBytes"/> accepted: 1 KiB, below which not even an error answer fits.</summary>
    internal const long MinResponseBytes = 1024;

    /// <summary>
    /// Allows an <c>http://</c> <see cref="BaseUrl"/> to a host that is not loopback. Off by default:
    /// requests carry credentials and money, and plain HTTP exposes both.
    /// </summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>
    /// Where the client logs its attempts (Debug) and retries (Warning), under the category
    /// <c>PaymentSdk</c>; nothing is logged when null. Not read from configuration: with
    /// <c>AddPaymentSdk</c> the application's own logger factory is used.
    /// </summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>Where the client reads environment variables; tests replace it.</summary>
    internal Func<string, string?> GetEnvironmentVariable { get; set; } = Environment.GetEnvironmentVariable;

    /// <summary>A copy, so that changing these options later does not change a client made from them.</summary>
    internal PaymentClientOptions Clone()
    {
        var copy = (PaymentClientOptions)MemberwiseClone();
        copy.Retry = Retry.Clone();
        return copy;
    }

    /// <summary>
    /// Checks every setting (a message names the one that is wrong) and returns the base URL in effect:
    /// <see cref="BaseUrl"/>, else <paramref name="httpClientBaseAddress"/>, else Payment Kit's endpoint in
    /// the Blocklet environment.
    /// </summary>
    /// <param name="httpClientBaseAddress">The <c>BaseAddress</c> of a caller's <c>HttpClient</c>, if any.</param>
    internal Uri Validate(Uri? httpClientBaseAddress)
    {
        const string baseUrlName = nameof(PaymentClientOptions) + "." + nameof(BaseUrl);
        var baseUrl = BaseUrl ?? httpClientBaseAddress ?? PaymentEnvironment.ReadPaymentKitEndpoint(GetEnvironmentVariable);
        if (baseUrl is null)
            throw new ArgumentException(
                $"{baseUrlName} is required: set it to Payment Kit's endpoint, such as https://host/payment, or run inside a Blocklet " +
                $"whose {PaymentEnvironment.MountPointsVariable} lists Payment Kit ({PaymentEnvironment.PaymentKitDid}).",
                baseUrlName);
        if (!baseUrl.IsAbsoluteUri)
            throw new ArgumentException($"{baseUrlName} must be an absolute URL, such as https://host/payment; '{baseUrl.OriginalString}' is relative.", baseUrlName);
        if (baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp)
            throw new ArgumentException($"{baseUrlName} must be an http or https URL; '{baseUrl.Scheme}' is not supported.", baseUrlName);
        if (!string.IsNullOrEmpty(baseUrl.Query) || !string.IsNullOrEmpty(baseUrl.Fragment) || !string.IsNullOrEmpty(baseUrl.UserInfo))
            throw new ArgumentException($"{baseUrlName} cannot carry a query string, fragment or user info.", baseUrlName);
        if (baseUrl.Scheme == Uri.UriSchemeHttp && !baseUrl.IsLoopback && !AllowInsecureHttp)
            throw new ArgumentException(
                $"{baseUrlName} uses http:// to '{baseUrl.Host}', which is not loopback: use https://, or set {nameof(PaymentClientOptions)}.{nameof(AllowInsecureHttp)} if the network is trusted.",
                baseUrlName);
        if (MaxResponseBytes is < MinResponseBytes or > int.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(PaymentClientOptions) + "." + nameof(MaxResponseBytes), MaxResponseBytes,
                $"{nameof(PaymentClientOptions)}.{nameof(MaxResponseBytes)} must be between {MinResponseBytes} bytes and {int.MaxValue} bytes (2 GiB - 1).");
        Retry.Validate(nameof(PaymentClientOptions) + "." + nameof(Retry));
        return baseUrl;
    }

    /// <summary>
    /// The authentication in effect: <see cref="Authenticator"/>, else <see cref="AccessKey"/>, else
    /// <c>PAYMENT_KIT_ACCESS_KEY</c>, else a component signature from the Blocklet environment; null
    /// when there is none. A malformed key fails here, named but never shown.
    /// </summary>
    internal PaymentAuthenticator? ResolveAuthenticator()
    {
        if (Authenticator is not null) return Authenticator;
        if (!string.IsNullOrEmpty(AccessKey)) return new AccessKeyAuthenticator(AccessKey!, nameof(PaymentClientOptions) + "." + nameof(AccessKey));
        var env = GetEnvironmentVariable;
        if (PaymentEnvironment.First(env, PaymentEnvironment.AccessKeyVariable) is { } accessKey)
            return new AccessKeyAuthenticator(accessKey.Value, accessKey.Name);
        if (PaymentEnvironment.First(env, PaymentEnvironment.AccessSecretKeyVariable, PaymentEnvironment.SecretKeyVariable) is not { } secretKey)
            return null;
        var did = PaymentEnvironment.First(env, PaymentEnvironment.ComponentDidVariable)
            ?? throw new ArgumentException(
                $"{secretKey.Name} is set but {PaymentEnvironment.ComponentDidVariable} is not: both are needed to sign requests as a Blocklet component.",
                PaymentEnvironment.ComponentDidVariable);
        return new ComponentSignatureAuthenticator(did.Value, did.Name, secretKey.Value, secretKey.Name, TimeProvider.System);
    }
}
