namespace PaymentSdk;

/// <summary>Paging of <see cref="IWebhookEndpointService.ListAsync"/>: <c>page</c>, then <c>pageSize</c>.</summary>
public class WebhookEndpointListOptions : PaginationOptions
{
}
