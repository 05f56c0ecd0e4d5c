using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace PaymentSdk.Internal;

/// <summary>Walks a paginated endpoint one page at a time, for every auto-paging method.</summary>
internal static class AutoPaging
{
    /// <param name="options">The caller's options; copied per page, never changed.</param>
    /// <param name="fetchPage">Fetches one page with the given options.</param>
    /// <param name="cancellationToken">Checked before each page and each item, and passed to each request.</param>
    public static async IAsyncEnumerable<T> EnumerateAsync<TOptions, T>(
        TOptions options,
        Func<TOptions, CancellationToken, Task<Paginated<T>>> fetchPage,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TOptions : PaginationOptions
        where T : PaymentEntity
    {
        var page = options.Page ?? 1;
        var pageSize = options.PageSize ?? PaginationOptions.DefaultPageSize;
        // Items before the first page asked for: they count towards the server's total.
        var seen = (long)(page - 1) * pageSize;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = await fetchPage((TOptions)options.WithPage(page), cancellationToken).ConfigureAwait(false);
            foreach (var item in result.List)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return item;
            }
            seen += result.List.Count;
            if (result.List.Count == 0 || result.List.Count < pageSize || seen >= result.Count) yield break;
            page++;
        }
    }
}
