namespace PaymentSdk.Sandbox.Data;

/// <summary>Which page of a list to answer: <see cref="Page"/> counts from 1.</summary>
internal readonly record struct PageRequest(int Page, int PageSize);
