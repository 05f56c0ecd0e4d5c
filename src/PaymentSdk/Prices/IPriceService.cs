using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace PaymentSdk;

/// <summary>
/// The prices of Payment Kit: the .NET form of payment-js's <c>payment.prices</c>. Reach it as
/// <see cref="PaymentClient.Prices"/>; mock this interface in your own tests.
/// </summary>
/// <remarks>
/// Arguments are checked before anything is sent, and failures are <see cref="PaymentException"/>s, as for
/// <see cref="IInvoiceService"/>. Reads and updates are retried; create, archive, delete and inventory changes are not
/// repeated once they may have reached Payment Kit.
/// </remarks>
public interface IPriceService
{
    /// <summary>Creates a price for a product (<c>POST /api/prices</c>).</summary>
    /// <param name="options">The product and the unit amount (required), currency, recurrence and more.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new price, with its product and currency.</returns>
    Task<PriceExpanded> CreateAsync(PriceCreateOptions options, CancellationToken cancellationToken = default);

    /// <summary>Gets one price with its product and currency (<c>GET /api/prices/{id}</c>).</summary>
    /// <param name="id">The price id (<c>price_...</c>) or its lookup key.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The price.</returns>
    Task<PriceExpanded> RetrieveAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Changes a price (<c>PUT /api/prices/{id}</c>).</summary>
    /// <param name="id">The price id.</param>
    /// <param name="options">What to change; at least one field.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The updated price.</returns>
    Task<PriceExpanded> UpdateAsync(string id, PriceUpdateOptions options, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of prices matching the filters (<c>GET /api/prices</c>).</summary>
    /// <param name="options">Filters and paging; null for the server's defaults.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page, with the total <see cref="Paginated{T}.Count"/> of matching prices.</returns>
    Task<Paginated<PriceExpanded>> ListAsync(PriceListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Every price matching the filters, fetched a page at a time as the loop advances.</summary>
    /// <param name="options">Filters and paging; null for the server's defaults. Not changed.</param>
    /// <param name="cancellationToken">Cancels the enumeration, between and during page requests.</param>
    /// <returns>The prices, in the server's order.</returns>
    /// <exception cref="System.ArgumentException">
    /// A setting is invalid, or <see cref="PaginationOptions.Limit"/>, <see cref="PaginationOptions.StartingAfter"/> or
    /// <see cref="PaginationOptions.EndingBefore"/> is set (auto-paging selects the pages itself); thrown by this call,
    /// before the loop starts and before anything is sent.
    /// </exception>
    IAsyncEnumerable<PriceExpanded> ListAutoPagingAsync(PriceListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of a full-text search of prices (<c>GET /api/prices/search</c>).</summary>
    /// <param name="options">The query (required) and paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page, with the total <see cref="Paginated{T}.Count"/> of matches.</returns>
    Task<Paginated<PriceExpanded>> SearchAsync(PriceSearchOptions options, CancellationToken cancellationToken = default);

    /// <summary>Every price a search finds, fetched a page at a time as the loop advances.</summary>
    /// <param name="options">The query (required) and paging. Not changed.</param>
    /// <param name="cancellationToken">Cancels the enumeration, between and during page requests.</param>
    /// <returns>The prices, in the server's order.</returns>
    /// <exception cref="System.ArgumentException">
    /// A setting is invalid, or <see cref="PaginationOptions.Limit"/>, <see cref="PaginationOptions.StartingAfter"/> or
    /// <see cref="PaginationOptions.EndingBefore"/> is set (auto-paging selects the pages itself); thrown by this call,
    /// before the loop starts and before anything is sent.
    /// </exception>
    IAsyncEnumerable<PriceExpanded> SearchAutoPagingAsync(PriceSearchOptions options, CancellationToken cancellationToken = default);

    /// <summary>Archives a price, so it can no longer be bought (<c>PUT /api/prices/{id}/archive</c>).</summary>
    /// <param name="id">The price id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The archived price.</returns>
    Task<PriceExpanded> ArchiveAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Deletes a price (<c>DELETE /api/prices/{id}</c>; payment-js's <c>del</c>).</summary>
    /// <param name="id">The price id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The price as it was.</returns>
    Task<Price> DeleteAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Adds units to or takes units from what a price can still sell (<c>PUT /api/prices/{id}/inventory</c>).</summary>
    /// <param name="id">The price id.</param>
    /// <param name="options">The quantity (at least 1) and the action (required).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The price, with its new quantities.</returns>
    Task<PriceExpanded> InventoryAsync(string id, PriceInventoryOptions options, CancellationToken cancellationToken = default);
}
