using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using PaymentSdk.Http;
using Refit;

namespace PaymentSdk;

/// <summary>
/// Payment Kit's payment-method routes, as payment-js declares them in <c>lib/resources/payment-method.js</c>, written
/// by Refit's source generator like <see cref="IInvoicesApi"/> (see there for the <c>[Property]</c> parameters and why
/// routes answer <see cref="HttpResponseMessage"/>). A method change is never repeated once it may have been sent.
/// </summary>
[Headers("Accept: application/json")]
internal interface IPaymentMethodsApi
{
    /// <summary><c>paymentMethods.create</c>. Never repeated once it may have been sent.</summary>
    [Post("/api/payment-methods")]
    Task<HttpResponseMessage> CreateAsync(
        bool livemode,
        [Body] HttpContent body,
        [Property(RequestContext.Key)] SentOnce<PaymentMethod> operation,
        CancellationToken cancellationToken);

    /// <summary><c>paymentMethods.retrieve</c>: one method with its currencies.</summary>
    [Get("/api/payment-methods/{id}")]
    Task<HttpResponseMessage> RetrieveAsync(
        string id,
        bool livemode,
        [Property(RequestContext.Key)] Repeatable<PaymentMethodExpanded> operation,
        CancellationToken cancellationToken);

    /// <summary><c>paymentMethods.update</c>: a method change, never repeated once it may have been sent.</summary>
    [Put("/api/payment-methods/{id}")]
    Task<HttpResponseMessage> UpdateAsync(
        string id,
        bool livemode,
        [Body] HttpContent body,
        [Property(RequestContext.Key)] SentOnce<PaymentMethod> operation,
        CancellationToken cancellationToken);

    /// <summary><c>paymentMethods.list</c>: every method with its currencies, as a bare array (not paginated).</summary>
    [Get("/api/payment-methods")]
    Task<HttpResponseMessage> ListAsync(
        bool livemode,
        [Property(RequestContext.Key)] Repeatable<List<PaymentMethodExpanded>> operation,
        CancellationToken cancellationToken);
}
