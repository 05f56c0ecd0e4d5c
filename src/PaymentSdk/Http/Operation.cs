using System;
using System.Text.Json.Serialization.Metadata;
using PaymentSdk.Serialization;

namespace PaymentSdk.Http;

/// <summary>
/// One call of one operation, as the facade starts it: its <see cref="RequestContext"/> and what the answer holds.
/// A route of a Refit interface takes it as a parameter typed with its retry class and its answer
/// (<see cref="Repeatable{TAnswer}"/> or <see cref="SentOnce{TAnswer}"/> of <c>CustomerExpanded</c>), so the route
/// states both, and the compiler holds the facade to them: there is no third kind, and no default.
/// </summary>
/// <typeparam name="TAnswer">What the route answers with.</typeparam>
internal abstract class Operation<TAnswer> : RequestContext
{
    /// <summary>
    /// Reads the answer: the source-generated metadata of <typeparamref name="TAnswer"/>, looked up once per type in
    /// <see cref="PaymentJsonContext"/> (a generated type switch, no reflection). A route whose answer type the context
    /// does not register fails its first call, and <c>RouteConventionTests</c> before that.
    /// </summary>
    private static readonly JsonTypeInfo<TAnswer>? AnswerInfo = PaymentJsonContext.Default.GetTypeInfo(typeof(TAnswer)) as JsonTypeInfo<TAnswer>;

    /// <param name="name">The payment-js name of the operation, such as <c>customers.retrieve</c>.</param>
    /// <param name="idempotency">The retry class, from the subclass the route names.</param>
    private protected Operation(string name, Idempotency idempotency) : base(name, idempotency) { }

    /// <summary>Reads the answer.</summary>
    public JsonTypeInfo<TAnswer> Answer => AnswerInfo
        ?? throw new InvalidOperationException($"PaymentJsonContext does not register {typeof(TAnswer).Name}, the answer of {OperationName}.");
}
