using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using PaymentSdk.Http;
using Refit;

namespace PaymentSdk;

/// <summary>
/// Payment Kit's setting routes, as payment-js declares them in <c>lib/resources/setting.js</c>, written by Refit's
/// source generator like <see cref="IInvoicesApi"/> (see there for the <c>[Property]</c> parameters and why routes
/// answer <see cref="HttpResponseMessage"/>). Create and delete are not repeated once they may have been sent.
/// </summary>
[Headers("Accept: application/json")]
internal interface ISettingsApi
{
    /// <summary><c>settings.create</c>: a camelCase body (<c>mountLocation</c>, <c>componentDid</c>).</summary>
    [Post("/api/settings")]
    Task<HttpResponseMessage> CreateAsync(
        bool livemode,
        [Body] HttpContent body,
        [Property(RequestContext.Key)] SentOnce<Setting> operation,
        CancellationToken cancellationToken);

    /// <summary><c>settings.retrieve</c>.</summary>
    [Get("/api/settings/{id}")]
    Task<HttpResponseMessage> RetrieveAsync(
        string id,
        bool livemode,
        [Property(RequestContext.Key)] Repeatable<Setting> operation,
        CancellationToken cancellationToken);

    /// <summary><c>settings.update</c>: sets fields. Sending it twice is sending it once.</summary>
    [Put("/api/settings/{id}")]
    Task<HttpResponseMessage> UpdateAsync(
        string id,
        bool livemode,
        [Body] HttpContent body,
        [Property(RequestContext.Key)] Repeatable<Setting> operation,
        CancellationToken cancellationToken);

    /// <summary><c>settings.del</c>.</summary>
    [Delete("/api/settings/{id}")]
    Task<HttpResponseMessage> DeleteAsync(
        string id,
        bool livemode,
        [Property(RequestContext.Key)] SentOnce<SettingDeleteResult> operation,
        CancellationToken cancellationToken);
}
