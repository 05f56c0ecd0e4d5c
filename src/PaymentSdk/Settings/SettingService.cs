using System.Threading;
using System.Threading.Tasks;
using PaymentSdk.Http;
using PaymentSdk.Internal;

namespace PaymentSdk;

/// <summary>The facade of the setting routes: checks the arguments, names the operation, runs it on its route.</summary>
internal sealed class SettingService : ISettingService
{
    private readonly ISettingsApi _api;
    private readonly bool _liveMode;

    /// <param name="api">The routes, as Refit generated them over the client's handlers.</param>
    /// <param name="liveMode">The <c>livemode</c> sent with every request.</param>
    public SettingService(ISettingsApi api, bool liveMode)
    {
        _api = api;
        _liveMode = liveMode;
    }

    public Task<Setting> CreateAsync(SettingCreateOptions options, CancellationToken cancellationToken = default)
    {
        var body = SendOnceContent.Json(Guard.NotNull(options, nameof(options)).ToJsonBody());
        return OperationRunner.RunAsync(new SentOnce<Setting>("settings.create"), operation => _api.CreateAsync(_liveMode, body, operation, cancellationToken), cancellationToken);
    }

    public Task<Setting> RetrieveAsync(string id, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        return OperationRunner.RunAsync(new Repeatable<Setting>("settings.retrieve"), operation => _api.RetrieveAsync(id, _liveMode, operation, cancellationToken), cancellationToken);
    }

    public Task<Setting> UpdateAsync(string id, SettingUpdateOptions options, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        var body = SendOnceContent.Json(Guard.NotNull(options, nameof(options)).ToJsonBody());
        return OperationRunner.RunAsync(new Repeatable<Setting>("settings.update"), operation => _api.UpdateAsync(id, _liveMode, body, operation, cancellationToken), cancellationToken);
    }

    public Task<SettingDeleteResult> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        return OperationRunner.RunAsync(new SentOnce<SettingDeleteResult>("settings.del"), operation => _api.DeleteAsync(id, _liveMode, operation, cancellationToken), cancellationToken);
    }
}
