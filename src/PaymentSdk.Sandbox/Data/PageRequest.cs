namespace PaymentSdk.Sandbox.Data;

/// <summary>
/// Which page of a list to answer: <see cref="Page"/> counts from 1; <see cref="Order"/> holds the sort keys asked for
/// (<c>order[i][0]</c>, <c>order[i][1]</c>), first key first, empty for the list's own order (newest first).
/// </summary>
internal readonly record struct PageRequest(int Page, int PageSize, IReadOnlyList<OrderKey> Order);

