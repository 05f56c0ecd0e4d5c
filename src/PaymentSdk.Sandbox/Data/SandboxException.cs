namespace PaymentSdk.Sandbox.Data;

/// <summary>A request Payment Kit would refuse: answered with <see cref="Status"/> and <c>{"error": message}</c>.</summary>
internal sealed class SandboxException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;

    public static SandboxException BadRequest(string message) => new(400, message);
}
