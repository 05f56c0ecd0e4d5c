using System.Numerics;
using System.Text;

namespace PaymentSdk.Sandbox.Data;

/// <summary>
/// SplitMix64: the same numbers for the same seed on every runtime and OS (System.Random promises
/// that only per implementation), so every sandbox holds the same invoices.
/// </summary>
internal sealed class SeededRandom(ulong seed)
{
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private const string Base58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private ulong _state = seed;

    private ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive) => (int)(NextUInt64() % (ulong)maxExclusive);

    /// <summary>A number in [<paramref name="min"/>, <paramref name="maxInclusive"/>].</summary>
    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    /// <summary>True with probability <paramref name="percent"/>/100.</summary>
    public bool Chance(int percent) => Next(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>A Payment Kit style id: prefix, underscore, 24 base62 characters.</summary>
    public string Id(string prefix) => prefix + "_" + Text(Base62, 24);

    /// <summary>A DID-shaped string (z + base58), as Blocklet accounts have.</summary>
    public string Did() => "z" + Text(Base58, 33);

    public string Hex(int length) => Text("0123456789ABCDEF", length);

    /// <summary><paramref name="units"/> whole tokens and a random fraction, in the smallest unit of a currency with <paramref name="decimals"/>.</summary>
    public BigInteger TokenAmount(int units, int decimals, int fractionDigits)
    {
        var fraction = fractionDigits == 0 ? 0 : Next((int)Math.Pow(10, fractionDigits));
        return units * BigInteger.Pow(10, decimals) + fraction * BigInteger.Pow(10, decimals - fractionDigits);
    }

    private string Text(string alphabet, int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++) text.Append(alphabet[Next(alphabet.Length)]);
        return text.ToString();
    }
}
