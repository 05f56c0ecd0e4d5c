using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using PaymentSdk.Http;

namespace PaymentSdk.Internal;

/// <summary>
/// One list or search of a service: its payment-js name and its route, stated once, and the one place that checks
/// the options and fetches a page (<see cref="PageAsync"/>) or walks every page (<see cref="EveryAsync"/>). Every page
/// is a read, so it may be repeated.
/// </summary>
/// <typeparam name="TOptions">The list's or search's options.</typeparam>
/// <typeparam name="TPage">What one page answers: <see cref="Paginated{T}"/>, or a list's own page type.</typeparam>
/// <typeparam name="T">The listed objects.</typeparam>
internal class Listing<TOptions, TPage, T>
    where TOptions : PaginationOptions
    where TPage : Paginated<T>
    where T : PaymentEntity, IPaymentObject
{
    private readonly string _operationName;
    private readonly Func<TOptions, Repeatable<TPage>, CancellationToken, Task<HttpResponseMessage>> _route;

    /// <param name="operationName">The list or search as payment-js names it, such as <c>products.list</c>.</param>
    /// <param name="route">Sends one page's request on the service's route, with its <c>livemode</c>.</param>
    public Listing(string operationName, Func<TOptions, Repeatable<TPage>, CancellationToken, Task<HttpResponseMessage>> route)
    {
        _operationName = operationName;
        _route = route;
    }

    /// <summary>One page: the options are checked first, then sent.</summary>
    public Task<TPage> PageAsync(TOptions options, CancellationToken cancellationToken) =>
        FetchAsync(Guard.Valid(options), cancellationToken);

    /// <summary>
    /// Every match, a page at a time (<see cref="AutoPaging"/>). The options are checked here, once, when the method
    /// is called, not when the loop starts; the pages are then fetched without checking them again.
    /// </summary>
    public IAsyncEnumerable<T> EveryAsync(TOptions options, CancellationToken cancellationToken)
    {
        Guard.Valid(options).ValidateForAutoPaging();
        return AutoPaging.EnumerateAsync<TOptions, TPage, T>(_operationName, options, FetchAsync, cancellationToken);
    }

    private Task<TPage> FetchAsync(TOptions options, CancellationToken cancellationToken) =>
        OperationRunner.RunAsync(new Repeatable<TPage>(_operationName), operation => _route(options, operation, cancellationToken), cancellationToken);
}
