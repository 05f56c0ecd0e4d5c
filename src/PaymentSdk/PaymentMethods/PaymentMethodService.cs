using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using PaymentSdk.Http;
using PaymentSdk.Internal;

namespace PaymentSdk;

/// <summary>The facade of the payment-method routes: checks the arguments, names the operation, runs it on its route.</summary>
internal sealed class PaymentMethodService : IPaymentMethodService
{
    private readonly IPaymentMethodsApi _api;
    private readonly bool _liveMode;

    /// <param name="api">The routes, as Refit generated them over the client's handlers.</param>
    /// <param name="liveMode">The <c>livemode</c> sent with every request.</param>
    public PaymentMethodService(IPaymentMethodsApi api, bool liveMode)
    {
        _api = api;
        _liveMode = liveMode;
    }

    public Task<PaymentMethod> CreateAsync(PaymentMethodCreateOptions options, CancellationToken cancellationToken = default)
    {
        var body = SendOnceContent.Json(Guard.NotNull(options, nameof(options)).ToJsonBody());
        return OperationRunner.RunAsync(new SentOnce<PaymentMethod>("paymentMethods.create"), operation => _api.CreateAsync(_liveMode, body, operation, cancellationToken), cancellationToken);
    }

    public Task<PaymentMethodExpanded> RetrieveAsync(string id, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        return OperationRunner.RunAsync(new Repeatable<PaymentMethodExpanded>("paymentMethods.retrieve"), operation => _api.RetrieveAsync(id, _liveMode, operation, cancellationToken), cancellationToken);
    }

    public Task<PaymentMethod> UpdateAsync(string id, PaymentMethodUpdateOptions options, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        var body = SendOnceContent.Json(Guard.NotNull(options, nameof(options)).ToJsonBody());
        return OperationRunner.RunAsync(new SentOnce<PaymentMethod>("paymentMethods.update"), operation => _api.UpdateAsync(id, _liveMode, body, operation, cancellationToken), cancellationToken);
    }

    public Task<List<PaymentMethodExpanded>> ListAsync(CancellationToken cancellationToken = default)
    {
        return OperationRunner.RunAsync(new Repeatable<List<PaymentMethodExpanded>>("paymentMethods.list"), operation => _api.ListAsync(_liveMode, operation, cancellationToken), cancellationToken);
    }
}
