namespace PaymentSdk;

/// <summary>
/// A full-text search of products (<see cref="IProductService.SearchAsync"/>). Sent in this order: <c>q</c>,
/// <c>page</c>, <c>pageSize</c>, then <c>livemode</c>.
/// </summary>
public class ProductSearchOptions : SearchOptions
{
}
