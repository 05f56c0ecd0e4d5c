using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace PaymentSdk.Http;

/// <summary>
/// Runs the client's <see cref="PaymentAuthenticator"/> on each attempt. It sits below
/// <see cref="ResilienceHandler"/>, which sends every attempt as a message of its own, so each retry is
/// authenticated afresh (a new <c>iat</c>, <c>exp</c> and signature).
/// </summary>
internal sealed class AuthenticationHandler : DelegatingHandler
{
    private readonly PaymentAuthenticator? _authenticator;

    /// <param name="authenticator">The scheme; null passes requests through (an unauthenticated client made by a factory).</param>
    public AuthenticationHandler(PaymentAuthenticator? authenticator) => _authenticator = authenticator;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (_authenticator is null) return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await HttpContents.RequestBodyAsync(request.Content, cancellationToken).ConfigureAwait(false);
        await _authenticator.AuthenticateAsync(request, body, cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
