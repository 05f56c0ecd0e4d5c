namespace PaymentSdk.Sandbox.Data;

/// <summary>One sort key of a list: a field the sandbox can sort by, and whether largest first.</summary>
internal readonly record struct OrderKey(string Field, bool Descending);
