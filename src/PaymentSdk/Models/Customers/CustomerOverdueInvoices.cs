using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace PaymentSdk;

/// <summary>A customer's overdue invoices and what they owe per currency (<see cref="ICustomerService.OverdueInvoicesAsync"/>).</summary>
public sealed class CustomerOverdueInvoices : PaymentEntity
{
    /// <summary>The customer. Null when the server omitted it.</summary>
    [JsonPropertyName("customer")]
    public Customer? Customer { get; set; }

    /// <summary>The overdue invoices.</summary>
    [JsonPropertyName("invoices")]
    public List<Invoice> Invoices { get; set; } = new();

    /// <summary>What is owed, by currency id.</summary>
    [JsonPropertyName("summary")]
    public Dictionary<string, OverdueAmount> Summary { get; set; } = new();
}
