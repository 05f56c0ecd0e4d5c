using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using PaymentSdk.Http;

namespace PaymentSdk.Internal;

/// <summary>A list or search whose pages are plain <see cref="Paginated{T}"/>.</summary>
/// <typeparam name="TOptions">The list's or search's options.</typeparam>
/// <typeparam name="T">The listed objects.</typeparam>
internal sealed class PaginatedListing<TOptions, T> : Listing<TOptions, Paginated<T>, T>
    where TOptions : PaginationOptions
    where T : PaymentEntity, IPaymentObject
{
    /// <param name="operationName">The list or search as payment-js names it, such as <c>products.list</c>.</param>
    /// <param name="route">Sends one page's request on the service's route, with its <c>livemode</c>.</param>
    public PaginatedListing(string operationName, Func<TOptions, Repeatable<Paginated<T>>, CancellationToken, Task<HttpResponseMessage>> route)
        : base(operationName, route)
    {
    }
}
