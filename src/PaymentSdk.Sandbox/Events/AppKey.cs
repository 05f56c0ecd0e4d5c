using System.Security.Cryptography;
using PaymentSdk.Auth;

namespace PaymentSdk.Sandbox.Events;

/// <summary>The app key the sandbox signs event deliveries with.</summary>
internal static class AppKey
{
    /// <summary>The key given, else <c>BLOCKLET_APP_SK</c>, else a fresh one; with its public half.</summary>
    /// <exception cref="ArgumentException">The key given (or in the environment) is malformed; the message names it, never shows it.</exception>
    public static (string SecretKey, string PublicKey) Resolve(string? given, Func<string, string?> getVariable)
    {
        var (key, source) = given is not null ? (given, "PaymentSandboxOptions.AppSecretKey")
            : getVariable("BLOCKLET_APP_SK") is { Length: > 0 } fromEnvironment ? (fromEnvironment, "BLOCKLET_APP_SK")
            : (Fresh(), "a fresh key");
        return (key, new ComponentSigner(key, source).PublicKey);
    }

    /// <summary>A new Ed25519 secret key, 0x + seed + public key, as the Blocklet SDK writes one.</summary>
    private static string Fresh()
    {
        var seed = RandomNumberGenerator.GetBytes(32);
        var publicKey = new Org.BouncyCastle.Crypto.Parameters.Ed25519PrivateKeyParameters(seed, 0).GeneratePublicKey().GetEncoded();
        return ComponentSigner.Hex([.. seed, .. publicKey]);
    }
}
