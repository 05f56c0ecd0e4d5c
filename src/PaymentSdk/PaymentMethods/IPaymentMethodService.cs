using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace PaymentSdk;

/// <summary>
/// The payment methods of Payment Kit (chains and card processors): the .NET form of payment-js's
/// <c>payment.paymentMethods</c>. Reach it as <see cref="PaymentClient.PaymentMethods"/>; mock this interface in your
/// own tests.
/// </summary>
/// <remarks>
/// Arguments are checked before anything is sent, and failures are <see cref="PaymentException"/>s, as for
/// <see cref="IInvoiceService"/>. Reads are retried; a method change (create, update) is never repeated once it may
/// have reached Payment Kit.
/// </remarks>
public interface IPaymentMethodService
{
    /// <summary>Adds a payment method (<c>POST /api/payment-methods</c>).</summary>
    /// <param name="options">The type and name (required), description, logo, settings and metadata.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new method.</returns>
    Task<PaymentMethod> CreateAsync(PaymentMethodCreateOptions options, CancellationToken cancellationToken = default);

    /// <summary>Gets one payment method with its currencies (<c>GET /api/payment-methods/{id}</c>).</summary>
    /// <param name="id">The method id (<c>pm_...</c>).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The method.</returns>
    Task<PaymentMethodExpanded> RetrieveAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Changes a payment method (<c>PUT /api/payment-methods/{id}</c>); never repeated once it may have been sent.</summary>
    /// <param name="id">The method id.</param>
    /// <param name="options">What to change; at least one field.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The updated method, not expanded.</returns>
    Task<PaymentMethod> UpdateAsync(string id, PaymentMethodUpdateOptions options, CancellationToken cancellationToken = default);

    /// <summary>Gets every payment method with its currencies (<c>GET /api/payment-methods</c>): one array, not paginated.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The methods.</returns>
    Task<List<PaymentMethodExpanded>> ListAsync(CancellationToken cancellationToken = default);
}
