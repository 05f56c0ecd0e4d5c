using System.Threading;
using System.Threading.Tasks;

namespace PaymentSdk;

/// <summary>
/// The settings of Payment Kit (such as donation buttons): the .NET form of payment-js's <c>payment.settings</c>. Reach
/// it as <see cref="PaymentClient.Settings"/>; mock this interface in your own tests. Settings have no list.
/// </summary>
/// <remarks>
/// Arguments are checked before anything is sent, and failures are <see cref="PaymentException"/>s, as for
/// <see cref="IInvoiceService"/>. Reads and updates are retried; create and delete are not repeated once they may have
/// reached Payment Kit.
/// </remarks>
public interface ISettingService
{
    /// <summary>Creates a setting (<c>POST /api/settings</c>).</summary>
    /// <param name="options">The type, mount location and description (required), and the values.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new setting.</returns>
    Task<Setting> CreateAsync(SettingCreateOptions options, CancellationToken cancellationToken = default);

    /// <summary>Gets one setting (<c>GET /api/settings/{id}</c>).</summary>
    /// <param name="id">The setting id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The setting.</returns>
    Task<Setting> RetrieveAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Changes a setting (<c>PUT /api/settings/{id}</c>).</summary>
    /// <param name="id">The setting id.</param>
    /// <param name="options">What to change; at least one field.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The updated setting.</returns>
    Task<Setting> UpdateAsync(string id, SettingUpdateOptions options, CancellationToken cancellationToken = default);

    /// <summary>Deletes a setting (<c>DELETE /api/settings/{id}</c>; payment-js's <c>del</c>).</summary>
    /// <param name="id">The setting id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The server's message.</returns>
    Task<SettingDeleteResult> DeleteAsync(string id, CancellationToken cancellationToken = default);
}
