using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace PaymentSdk;

/// <summary>
/// The payment currencies of Payment Kit: the .NET form of payment-js's <c>payment.paymentCurrencies</c>. Reach it as
/// <see cref="PaymentClient.PaymentCurrencies"/>; mock this interface in your own tests.
/// </summary>
/// <remarks>
/// Arguments are checked before anything is sent, and failures are <see cref="PaymentException"/>s, as for
/// <see cref="IInvoiceService"/>. Reads and the recurring-support check are retried; a currency change (create, update,
/// recharge configuration) is never repeated once it may have reached Payment Kit.
/// </remarks>
public interface IPaymentCurrencyService
{
    /// <summary>Adds a currency to a payment method (<c>POST /api/payment-currencies</c>).</summary>
    /// <param name="options">The payment method, name and symbol (required), decimals, logo, type and metadata.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new currency.</returns>
    Task<PaymentCurrency> CreateAsync(PaymentCurrencyCreateOptions options, CancellationToken cancellationToken = default);

    /// <summary>Gets one currency (<c>GET /api/payment-currencies/{id}</c>).</summary>
    /// <param name="id">The currency id (<c>pc_...</c>).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The currency.</returns>
    Task<PaymentCurrency> RetrieveAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Changes a currency (<c>PUT /api/payment-currencies/{id}</c>); never repeated once it may have been sent.</summary>
    /// <param name="id">The currency id.</param>
    /// <param name="options">What to change; at least one field.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The updated currency.</returns>
    Task<PaymentCurrency> UpdateAsync(string id, PaymentCurrencyUpdateOptions options, CancellationToken cancellationToken = default);

    /// <summary>Gets every currency (<c>GET /api/payment-currencies</c>): one array, not paginated.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The currencies.</returns>
    Task<List<PaymentCurrency>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets how a credit currency is recharged (<c>PUT /api/payment-currencies/{id}/recharge-config</c>); never repeated
    /// once it may have been sent.
    /// </summary>
    /// <param name="id">The currency id.</param>
    /// <param name="options">The base price (required), payment link, checkout URL and bounds.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The currency, with its new <see cref="PaymentCurrency.RechargeConfig"/>.</returns>
    Task<PaymentCurrency> UpdateRechargeConfigAsync(string id, PaymentCurrencyRechargeConfigOptions options, CancellationToken cancellationToken = default);

    /// <summary>Gets a currency's recharge configuration (<c>GET /api/payment-currencies/{id}/recharge-config</c>).</summary>
    /// <param name="id">The currency id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The currency, as payment-js declares the answer; read <see cref="PaymentCurrency.RechargeConfig"/>.</returns>
    Task<PaymentCurrency> GetRechargeConfigAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Checks whether currencies can be used for recurring payments (<c>POST /api/payment-currencies/check-recurring-support</c>).
    /// It changes nothing, so it is retried like a read.
    /// </summary>
    /// <param name="options">The currency ids (at least one).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Whether all are supported, and those that are not.</returns>
    Task<CheckRecurringSupportResult> CheckRecurringSupportAsync(PaymentCurrencyCheckRecurringSupportOptions options, CancellationToken cancellationToken = default);
}
