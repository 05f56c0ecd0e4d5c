namespace PaymentSdk;

/// <summary>
/// A full-text search of prices (<see cref="IPriceService.SearchAsync"/>). Sent in this order: <c>q</c>, the page and order keys of
/// <see cref="PaginationOptions"/>, then <c>livemode</c>.
/// </summary>
public class PriceSearchOptions : SearchOptions
{
}
