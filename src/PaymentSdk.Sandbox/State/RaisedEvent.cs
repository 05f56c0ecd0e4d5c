using System.Text.Json;

namespace PaymentSdk.Sandbox.State;

/// <summary>
/// An event a change raised: the object as it was at that moment (serialized inside the lock, so no later change
/// shows in it), published once the lock is released.
/// </summary>
/// <param name="Type">The event type, such as <c>product.updated</c>.</param>
/// <param name="ObjectType">Payment Kit's model name, such as <c>Product</c>.</param>
/// <param name="ObjectId">The object's id; null for a preview that does not exist yet.</param>
/// <param name="Object">The object's JSON.</param>
/// <param name="PreviousAttributes">What the changed attributes were before, as a JSON object; null for none.</param>
internal sealed record RaisedEvent(string Type, string ObjectType, string? ObjectId, JsonElement Object, JsonElement? PreviousAttributes);
