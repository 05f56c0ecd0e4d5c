namespace PaymentSdk.Sandbox.State;

/// <summary>
/// A status change stated as data: what it is called, which statuses it may start from, and where it ends.
/// <see cref="Check"/> refuses a start it does not allow with the reason, as Payment Kit does.
/// </summary>
/// <param name="Name">The past participle shown in the refusal: <c>voided</c>, <c>archived</c>.</param>
/// <param name="From">The statuses it may start from.</param>
/// <param name="To">The status it ends in.</param>
internal sealed record Transition(string Name, string[] From, string To)
{
    /// <summary>Refuses, with 400 and the reason, unless <paramref name="current"/> is one of <see cref="From"/>.</summary>
    /// <param name="kind">The object's kind as a message names it: <c>Invoice</c>.</param>
    /// <param name="id">The object's id.</param>
    /// <param name="current">Its status now.</param>
    public void Check(string kind, string id, string current)
    {
        if (!From.Contains(current, StringComparer.Ordinal))
            throw Data.SandboxException.BadRequest(
                $"{kind} {id} cannot be {Name}: its status is {current}, and only {string.Join(" or ", From)} {kind.ToLowerInvariant()}s can be {Name}");
    }
}
