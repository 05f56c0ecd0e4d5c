namespace PaymentSdk;

/// <summary>
/// A full-text search of customers (<see cref="ICustomerService.SearchAsync"/>). Sent in this order: <c>q</c>,
/// <c>page</c>, <c>pageSize</c>, then <c>livemode</c>.
/// </summary>
public class CustomerSearchOptions : SearchOptions
{
}
