using System;

namespace PaymentSdk;

/// <summary>The key and clock a <see cref="PaymentWebhookVerifier"/> checks deliveries with.</summary>
public sealed class PaymentWebhookVerifierOptions
{
    /// <summary>
    /// The app's Ed25519 public key, <c>0x</c> and 64 hex digits. When null, the verifier takes it as
    /// <c>@blocklet/sdk</c> does: from the secret key in <c>BLOCKLET_APP_ASK</c> (else
    /// <c>BLOCKLET_APP_SK</c>), else from <c>BLOCKLET_APP_PK</c>.
    /// </summary>
    public string? AppPublicKey { get; set; }

    /// <summary>The clock signatures are checked against; the system clock by default.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Where the environment is read from (a test double in the SDK's tests).</summary>
    internal Func<string, string?> GetEnvironmentVariable { get; set; } = Environment.GetEnvironmentVariable;
}
