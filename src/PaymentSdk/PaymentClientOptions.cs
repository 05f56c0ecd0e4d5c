using System;
using PaymentSdk.Internal;

namespace PaymentSdk;

/// <summary>Settings of a <see cref="PaymentClient"/>. The client copies them when it is created.</summary>
public class PaymentClientOptions
{
    /// <summary>
    /// Payment Kit's base URL: its web endpoint, mount point included, such as
    /// <c>https://host/payment</c>. Routes such as <c>/api/invoices</c> go below it. Must be absolute,
    /// without query or fragment, and HTTPS unless the host is loopback or
    /// <see cref="AllowInsecureHttp"/> is set.
    /// </summary>
    public Uri? BaseUrl { get; set; }

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

    /// <summary>
    /// Allows an <c>http://</c> <see cref="BaseUrl"/> to a host that is not loopback. Off by default:
    /// requests carry credentials and money, and plain HTTP exposes both.
    /// </summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>A copy, so that changing these options later does not change a client made from them.</summary>
    internal PaymentClientOptions Clone()
    {
        var copy = (PaymentClientOptions)MemberwiseClone();
        copy.Retry = Retry.Clone();
        return copy;
    }

    /// <summary>Checks every setting; the message names the one that is wrong.</summary>
    /// <param name="baseUrl">The base URL in effect (from these options or the caller's HttpClient).</param>
    internal void Validate(Uri? baseUrl)
    {
        const string baseUrlName = nameof(PaymentClientOptions) + "." + nameof(BaseUrl);
        if (baseUrl is null)
            throw new ArgumentException($"{baseUrlName} is required: set it to Payment Kit's endpoint, such as https://host/payment.", baseUrlName);
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
        Retry.Validate(nameof(PaymentClientOptions) + "." + nameof(Retry));
    }
}
