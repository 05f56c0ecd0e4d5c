using System.Text.Json.Serialization.Metadata;

namespace PaymentSdk.Http;

/// <summary>
/// One call of one operation, as the facade starts it: its <see cref="RequestContext"/> and what the
/// answer holds. A route of the Refit interface takes it as a parameter typed with its answer
/// (<c>Operation&lt;InvoiceWithDiscount&gt;</c>), so the interface says what each route answers and the
/// compiler holds the facade to it.
/// </summary>
/// <typeparam name="TAnswer">What the route answers with.</typeparam>
internal sealed class Operation<TAnswer> : RequestContext
{
    /// <param name="name">The payment-js name of the operation, such as <c>invoices.retrieve</c>.</param>
    /// <param name="answer">Source-generated metadata that reads the answer: no reflection.</param>
    public Operation(string name, JsonTypeInfo<TAnswer> answer) : base(name) => Answer = answer;

    /// <summary>Reads the answer.</summary>
    public JsonTypeInfo<TAnswer> Answer { get; }
}
