namespace PaymentSdk;

/// <summary>
/// A full-text search of prices (<see cref="IPriceService.SearchAsync"/>). Sent in this order: <c>q</c>, <c>page</c>,
/// <c>pageSize</c>, then <c>livemode</c>.
/// </summary>
public class PriceSearchOptions : SearchOptions
{
}
