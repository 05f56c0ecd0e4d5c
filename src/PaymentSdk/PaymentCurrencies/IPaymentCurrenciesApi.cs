using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using PaymentSdk.Http;
using Refit;

namespace PaymentSdk;

/// <summary>
/// Payment Kit's payment-currency routes, as payment-js declares them in <c>lib/resources/payment-currency.js</c>,
/// written by Refit's source generator like <see cref="IInvoicesApi"/> (see there for the <c>[Property]</c> parameters
/// and why routes answer <see cref="HttpResponseMessage"/>). A currency change is never repeated once it may have been
/// sent: create, update and the recharge configuration.
/// </summary>
[Headers("Accept: application/json")]
internal interface IPaymentCurrenciesApi
{
    /// <summary><c>paymentCurrencies.create</c>. Never repeated once it may have been sent.</summary>
    [Post("/api/payment-currencies")]
    Task<HttpResponseMessage> CreateAsync(
        bool livemode,
        [Body] HttpContent body,
        [Property(RequestContext.Key)] SentOnce<PaymentCurrency> operation,
        CancellationToken cancellationToken);

    /// <summary><c>paymentCurrencies.retrieve</c>.</summary>
    [Get("/api/payment-currencies/{id}")]
    Task<HttpResponseMessage> RetrieveAsync(
        string id,
        bool livemode,
        [Property(RequestContext.Key)] Repeatable<PaymentCurrency> operation,
        CancellationToken cancellationToken);

    /// <summary><c>paymentCurrencies.update</c>: a currency change, never repeated once it may have been sent.</summary>
    [Put("/api/payment-currencies/{id}")]
    Task<HttpResponseMessage> UpdateAsync(
        string id,
        bool livemode,
        [Body] HttpContent body,
        [Property(RequestContext.Key)] SentOnce<PaymentCurrency> operation,
        CancellationToken cancellationToken);

    /// <summary><c>paymentCurrencies.list</c>: every currency, as a bare array (not paginated).</summary>
    [Get("/api/payment-currencies")]
    Task<HttpResponseMessage> ListAsync(
        bool livemode,
        [Property(RequestContext.Key)] Repeatable<List<PaymentCurrency>> operation,
        CancellationToken cancellationToken);

    /// <summary><c>paymentCurrencies.updateRechargeConfig</c>: a currency change, never repeated once it may have been sent.</summary>
    [Put("/api/payment-currencies/{id}/recharge-config")]
    Task<HttpResponseMessage> UpdateRechargeConfigAsync(
        string id,
        bool livemode,
        [Body] HttpContent body,
        [Property(RequestContext.Key)] SentOnce<PaymentCurrency> operation,
        CancellationToken cancellationToken);

    /// <summary><c>paymentCurrencies.getRechargeConfig</c>: declared by payment-js to answer the currency.</summary>
    [Get("/api/payment-currencies/{id}/recharge-config")]
    Task<HttpResponseMessage> GetRechargeConfigAsync(
        string id,
        bool livemode,
        [Property(RequestContext.Key)] Repeatable<PaymentCurrency> operation,
        CancellationToken cancellationToken);

    /// <summary>
    /// <c>paymentCurrencies.checkRecurringSupport</c>: a POST, but a pure check that changes nothing, so it is
    /// repeatable: sending it twice is sending it once.
    /// </summary>
    [Post("/api/payment-currencies/check-recurring-support")]
    Task<HttpResponseMessage> CheckRecurringSupportAsync(
        bool livemode,
        [Body] HttpContent body,
        [Property(RequestContext.Key)] Repeatable<CheckRecurringSupportResult> operation,
        CancellationToken cancellationToken);
}
