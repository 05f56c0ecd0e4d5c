using System;
using PaymentSdk.Internal;

namespace PaymentSdk;

/// <summary>
/// One sort key of a list (payment-js's <c>OrderItem</c>, <c>[field, 'ASC' | 'DESC']</c>), such as
/// <c>OrderItem.Descending("created_at")</c>. <see cref="PaginationOptions.Order"/> sends each as
/// <c>order[i][0]={field}&amp;order[i][1]={ASC|DESC}</c>, as payment-js does.
/// </summary>
public sealed class OrderItem
{
    /// <summary>A sort key.</summary>
    /// <param name="field">The field to sort by, as Payment Kit names it (<c>created_at</c>); not blank.</param>
    /// <param name="direction">Which way.</param>
    /// <exception cref="ArgumentException"><paramref name="field"/> is blank, or <paramref name="direction"/> is not a defined direction.</exception>
    public OrderItem(string field, OrderDirection direction)
    {
        Field = Guard.RequiredText(field, "A sort field", nameof(field));
        if (direction is not (OrderDirection.Ascending or OrderDirection.Descending))
            throw new ArgumentOutOfRangeException(nameof(direction), direction, "Must be Ascending or Descending.");
        Direction = direction;
    }

    /// <summary>The field to sort by.</summary>
    public string Field { get; }

    /// <summary>Which way.</summary>
    public OrderDirection Direction { get; }

    /// <summary>Sorts by <paramref name="field"/>, smallest first (<c>ASC</c>).</summary>
    /// <param name="field">The field, as Payment Kit names it.</param>
    public static OrderItem Ascending(string field) => new(field, OrderDirection.Ascending);

    /// <summary>Sorts by <paramref name="field"/>, largest or newest first (<c>DESC</c>).</summary>
    /// <param name="field">The field, as Payment Kit names it.</param>
    public static OrderItem Descending(string field) => new(field, OrderDirection.Descending);

    /// <summary>The direction as payment-js sends it.</summary>
    internal string WireDirection => Direction == OrderDirection.Ascending ? "ASC" : "DESC";

    /// <summary>The key and its direction, as sent: <c>created_at DESC</c>.</summary>
    public override string ToString() => Field + " " + WireDirection;
}
