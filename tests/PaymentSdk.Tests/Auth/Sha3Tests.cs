using System.Security.Cryptography;
using System.Text;
using PaymentSdk.Auth;
using Xunit;

namespace PaymentSdk.Tests.Auth;

/// <summary>
/// Signatures hash with the operating system's SHA3-256 where it has one and with managed code elsewhere:
/// both must give the same bytes, or a signature made on one OS would fail on Payment Kit.
/// </summary>
public class Sha3Tests
{
    [Theory]
    [InlineData("", "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a")]
    [InlineData("abc", "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532")]
    [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "41c0dba2a9d6240849100376a8235e2c82e1b9998a999e21db32dd97496d3376")]
    public void The_managed_hash_matches_the_nist_examples(string input, string expected)
    {
        Assert.Equal(expected, Convert.ToHexStringLower(ComponentSigner.ManagedHash(Encoding.UTF8.GetBytes(input))));
    }

    [Fact]
    public void The_managed_hash_and_the_operating_systems_agree_across_block_boundaries()
    {
        Assert.True(SHA3_256.IsSupported, "this machine's OpenSSL has SHA3-256, so both paths are compared here");
        var random = new Random(7);
        // 136 bytes is SHA3-256's block: lengths around one and two blocks, and texts with multi-byte characters.
        foreach (var length in new[] { 0, 1, 135, 136, 137, 271, 272, 273, 1000 })
        {
            var input = new byte[length];
            random.NextBytes(input);
            Assert.Equal(SHA3_256.HashData(input), ComponentSigner.ManagedHash(input));
        }
        var text = "{\"body\":{\"metadata\":{\"note\":\"é – 日本 😀\"}}}";
        Assert.Equal(SHA3_256.HashData(Encoding.UTF8.GetBytes(text)), ComponentSigner.Hash(text));
        Assert.Equal(ComponentSigner.Hash(text), ComponentSigner.ManagedHash(Encoding.UTF8.GetBytes(text)));
    }
}
