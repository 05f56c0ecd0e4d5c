using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace PaymentSdk.Internal;

/// <summary>
/// Walks a paginated endpoint one page at a time, for every auto-paging method. It cannot loop forever whatever
/// the server answers: it stops on a page shorter than asked for (an empty page among them), and once the items
/// seen reach the smallest <c>count</c> any page gave (so it never asks for more pages than the count implies, even
/// if the count grows); a page with the same items as the one before is a <see cref="PaymentPagingException"/>.
/// Every page is asked for with its size, the default one included, so that "shorter than asked for" never rests
/// on a guess of the server's default.
/// </summary>
internal static class AutoPaging
{
    /// <param name="operationName">The list or search, as payment-js names it, for the error of a repeated page.</param>
    /// <param name="options">The caller's options, already checked; copied per page, never changed.</param>
    /// <param name="fetchPage">Fetches one page with the given options.</param>
    /// <param name="cancellationToken">Checked before each page and each item, and passed to each request.</param>
    public static async IAsyncEnumerable<T> EnumerateAsync<TOptions, TPage, T>(
        string operationName,
        TOptions options,
        Func<TOptions, CancellationToken, Task<TPage>> fetchPage,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TOptions : PaginationOptions
        where TPage : Paginated<T>
        where T : PaymentEntity, IPaymentObject
    {
        var page = options.Page ?? 1;
        var pageSize = options.PageSize ?? PaginationOptions.DefaultPageSize;
        // Items before the first page asked for: they count towards the server's total.
        var seen = (long)(page - 1) * pageSize;
        var total = long.MaxValue;
        List<string?>? previousIds = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = await fetchPage((TOptions)options.WithPage(page, pageSize), cancellationToken).ConfigureAwait(false);
            var ids = result.List.ConvertAll(item => (string?)item.Id);
            if (previousIds is not null && SameItems(previousIds, ids))
                throw new PaymentPagingException(operationName, page, ids.Count);
            foreach (var item in result.List)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return item;
            }
            seen += result.List.Count;
            total = Math.Min(total, result.Count);
            // The two stops, each tested alone (AutoPagingStopTests). An empty page is a short one, so it ends here too,
            // before it could be compared with another.
            if (result.List.Count < pageSize) yield break;
            if (seen >= total) yield break;
            previousIds = ids;
            page++;
        }
    }

    private static bool SameItems(List<string?> previous, List<string?> current)
    {
        if (previous.Count != current.Count) return false;
        for (var i = 0; i < previous.Count; i++)
            if (!string.Equals(previous[i], current[i], StringComparison.Ordinal)) return false;
        return true;
    }
}
