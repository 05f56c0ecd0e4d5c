namespace PaymentSdk;

/// <summary>
/// A full-text search of products (<see cref="IProductService.SearchAsync"/>). Sent in this order: <c>q</c>,
/// the page and order keys of <see cref="PaginationOptions"/>, then <c>livemode</c>.
/// </summary>
public class ProductSearchOptions : SearchOptions
{
}
