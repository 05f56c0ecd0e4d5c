using System;
#if NET10_0_OR_GREATER
using NSec.Cryptography;
#endif

namespace PaymentSdk.Auth;

/// <summary>
/// An Ed25519 private key that signs, and the matching check, from a maintained library chosen by target
/// framework: on .NET 10 NSec (libsodium: 20.8 µs and nothing allocated a signature in docs/benchmarks.md; NSec
/// runs on .NET 9 and later only), on .NET 8 and .NET Framework BouncyCastle.Cryptography (52.6 µs, 2 KB). Where libsodium's
/// native library is missing (an unusual platform), .NET 10 falls back to BouncyCastle too. Both produce the
/// Blocklet SDK's signatures byte for byte (Ed25519 is deterministic): the vector tests hold each to them.
/// </summary>
internal abstract class Ed25519Key : IDisposable
{
    public const int SeedSize = 32;
    public const int PublicKeySize = 32;
    public const int SignatureSize = 64;

    /// <summary>The public key, 32 bytes.</summary>
    public abstract byte[] PublicKey { get; }

    /// <summary>Signs <paramref name="message"/> into <paramref name="signature"/> (64 bytes).</summary>
    public abstract void Sign(ReadOnlySpan<byte> message, Span<byte> signature);

    public abstract void Dispose();

    /// <summary>The key of a 32-byte seed (the first half of a Blocklet secret key).</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="portable">Use the managed implementation even where libsodium is there (to test that both agree).</param>
    public static Ed25519Key FromSeed(ReadOnlySpan<byte> seed, bool portable = false)
    {
#if NET10_0_OR_GREATER
        if (!portable && Libsodium.IsAvailable) return new NSecKey(seed);
#endif
        return new BouncyCastleKey(seed);
    }

    /// <summary>Which implementation signs here: <c>libsodium</c> or <c>BouncyCastle</c>.</summary>
    public abstract string Implementation { get; }

    /// <summary>Whether <paramref name="signature"/> is <paramref name="publicKey"/>'s signature of <paramref name="message"/>.</summary>
    public static bool Verify(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature, bool portable = false)
    {
        if (publicKey.Length != PublicKeySize || signature.Length != SignatureSize) return false;
#if NET10_0_OR_GREATER
        if (!portable && Libsodium.IsAvailable)
        {
            return NSec.Cryptography.PublicKey.TryImport(SignatureAlgorithm.Ed25519, publicKey, KeyBlobFormat.RawPublicKey, out var key)
                && SignatureAlgorithm.Ed25519.Verify(key!, message, signature);
        }
#endif
        return BouncyCastleKey.Verify(publicKey, message, signature);
    }

    /// <summary>Never the key.</summary>
    public override string ToString() => nameof(Ed25519Key) + " (key hidden)";

#if NET10_0_OR_GREATER
    /// <summary>Whether libsodium's native library loads on this machine.</summary>
    private static class Libsodium
    {
        public static readonly bool IsAvailable = Probe();

        private static bool Probe()
        {
            try
            {
                return SignatureAlgorithm.Ed25519 is not null;
            }
            catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or BadImageFormatException or EntryPointNotFoundException or PlatformNotSupportedException)
            {
                return false;
            }
        }
    }

    private sealed class NSecKey : Ed25519Key
    {
        private readonly Key _key;

        public NSecKey(ReadOnlySpan<byte> seed)
        {
            // Not exportable: the secret stays in libsodium's guarded memory and never comes back out.
            _key = Key.Import(SignatureAlgorithm.Ed25519, seed, KeyBlobFormat.RawPrivateKey, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.None });
            PublicKey = _key.PublicKey.Export(KeyBlobFormat.RawPublicKey);
        }

        public override byte[] PublicKey { get; }

        public override string Implementation => "libsodium";

        public override void Sign(ReadOnlySpan<byte> message, Span<byte> signature) => SignatureAlgorithm.Ed25519.Sign(_key, message, signature);

        public override void Dispose() => _key.Dispose();
    }
#endif

    private sealed class BouncyCastleKey : Ed25519Key
    {
        private readonly Org.BouncyCastle.Crypto.Parameters.Ed25519PrivateKeyParameters _key;

        public BouncyCastleKey(ReadOnlySpan<byte> seed)
        {
            _key = new Org.BouncyCastle.Crypto.Parameters.Ed25519PrivateKeyParameters(seed.ToArray(), 0);
            PublicKey = _key.GeneratePublicKey().GetEncoded();
        }

        public override byte[] PublicKey { get; }

        public override string Implementation => "BouncyCastle";

        public override void Sign(ReadOnlySpan<byte> message, Span<byte> signature)
        {
            var output = new byte[SignatureSize];
            _key.Sign(Org.BouncyCastle.Math.EC.Rfc8032.Ed25519.Algorithm.Ed25519, null, message.ToArray(), 0, message.Length, output, 0);
            output.CopyTo(signature);
        }

        public override void Dispose()
        {
        }

        public static bool Verify(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
        {
            var verifier = new Org.BouncyCastle.Crypto.Signers.Ed25519Signer();
            verifier.Init(false, new Org.BouncyCastle.Crypto.Parameters.Ed25519PublicKeyParameters(publicKey.ToArray(), 0));
            verifier.BlockUpdate(message.ToArray(), 0, message.Length);
            return verifier.VerifySignature(signature.ToArray());
        }
    }
}
