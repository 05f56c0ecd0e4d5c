using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using PaymentSdk.Http;
using PaymentSdk.Internal;

namespace PaymentSdk;

/// <summary>The facade of the payment-currency routes: checks the arguments, names the operation, runs it on its route.</summary>
internal sealed class PaymentCurrencyService : IPaymentCurrencyService
{
    private readonly IPaymentCurrenciesApi _api;
    private readonly bool _liveMode;

    /// <param name="api">The routes, as Refit generated them over the client's handlers.</param>
    /// <param name="liveMode">The <c>livemode</c> sent with every request.</param>
    public PaymentCurrencyService(IPaymentCurrenciesApi api, bool liveMode)
    {
        _api = api;
        _liveMode = liveMode;
    }

    public Task<PaymentCurrency> CreateAsync(PaymentCurrencyCreateOptions options, CancellationToken cancellationToken = default)
    {
        var body = SendOnceContent.Json(Guard.NotNull(options, nameof(options)).ToJsonBody());
        return OperationRunner.RunAsync(new SentOnce<PaymentCurrency>("paymentCurrencies.create"), operation => _api.CreateAsync(_liveMode, body, operation, cancellationToken), cancellationToken);
    }

    public Task<PaymentCurrency> RetrieveAsync(string id, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        return OperationRunner.RunAsync(new Repeatable<PaymentCurrency>("paymentCurrencies.retrieve"), operation => _api.RetrieveAsync(id, _liveMode, operation, cancellationToken), cancellationToken);
    }

    public Task<PaymentCurrency> UpdateAsync(string id, PaymentCurrencyUpdateOptions options, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        var body = SendOnceContent.Json(Guard.NotNull(options, nameof(options)).ToJsonBody());
        return OperationRunner.RunAsync(new SentOnce<PaymentCurrency>("paymentCurrencies.update"), operation => _api.UpdateAsync(id, _liveMode, body, operation, cancellationToken), cancellationToken);
    }

    public Task<List<PaymentCurrency>> ListAsync(CancellationToken cancellationToken = default)
    {
        return OperationRunner.RunAsync(new Repeatable<List<PaymentCurrency>>("paymentCurrencies.list"), operation => _api.ListAsync(_liveMode, operation, cancellationToken), cancellationToken);
    }

    public Task<PaymentCurrency> UpdateRechargeConfigAsync(string id, PaymentCurrencyRechargeConfigOptions options, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        var body = SendOnceContent.Json(Guard.NotNull(options, nameof(options)).ToJsonBody());
        return OperationRunner.RunAsync(new SentOnce<PaymentCurrency>("paymentCurrencies.updateRechargeConfig"), operation => _api.UpdateRechargeConfigAsync(id, _liveMode, body, operation, cancellationToken), cancellationToken);
    }

    public Task<PaymentCurrency> GetRechargeConfigAsync(string id, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        return OperationRunner.RunAsync(new Repeatable<PaymentCurrency>("paymentCurrencies.getRechargeConfig"), operation => _api.GetRechargeConfigAsync(id, _liveMode, operation, cancellationToken), cancellationToken);
    }

    public Task<CheckRecurringSupportResult> CheckRecurringSupportAsync(PaymentCurrencyCheckRecurringSupportOptions options, CancellationToken cancellationToken = default)
    {
        var body = SendOnceContent.Json(Guard.NotNull(options, nameof(options)).ToJsonBody());
        return OperationRunner.RunAsync(new Repeatable<CheckRecurringSupportResult>("paymentCurrencies.checkRecurringSupport"), operation => _api.CheckRecurringSupportAsync(_liveMode, body, operation, cancellationToken), cancellationToken);
    }
}
