using System;
using System.Globalization;
using System.Text.Json;

namespace PaymentSdk.Internal;

/// <summary>Settings payment-js and the Blocklet SDK take from environment variables, read the same way.</summary>
internal static class PaymentEnvironment
{
    /// <summary>Payment Kit's component DID, by which <c>BLOCKLET_MOUNT_POINTS</c> lists it.</summary>
    public const string PaymentKitDid = "z2qaCNvKMv5GjouKdcDWexv6WqtHbpNPQDnAk";

    public const string AccessKeyVariable = "PAYMENT_KIT_ACCESS_KEY";
    public const string AccessSecretKeyVariable = "BLOCKLET_APP_ASK";
    public const string SecretKeyVariable = "BLOCKLET_APP_SK";
    public const string ComponentDidVariable = "BLOCKLET_COMPONENT_DID";
    public const string MountPointsVariable = "BLOCKLET_MOUNT_POINTS";

    /// <summary>The first of <paramref name="names"/> that is set and not empty, with its name.</summary>
    public static (string Name, string Value)? First(Func<string, string?> getVariable, params string[] names)
    {
        foreach (var name in names)
        {
            var value = getVariable(name);
            if (!string.IsNullOrEmpty(value)) return (name, value!);
        }
        return null;
    }

    /// <summary>
    /// Payment Kit's endpoint inside a Blocklet: <c>http://127.0.0.1:{port}</c> of the
    /// <c>BLOCKLET_MOUNT_POINTS</c> entry whose <c>did</c> is Payment Kit's; null when the variable is
    /// unset or lists no Payment Kit.
    /// </summary>
    /// <exception cref="ArgumentException">The variable is set but is not a JSON array of components.</exception>
    public static Uri? ReadPaymentKitEndpoint(Func<string, string?> getVariable)
    {
        var mountPoints = getVariable(MountPointsVariable);
        if (string.IsNullOrEmpty(mountPoints)) return null;
        try
        {
            using var document = JsonDocument.Parse(mountPoints!);
            if (document.RootElement.ValueKind != JsonValueKind.Array) throw new JsonException("not an array");
            foreach (var component in document.RootElement.EnumerateArray())
            {
                if (component.ValueKind != JsonValueKind.Object || !component.TryGetProperty("did", out var did) || did.ValueKind != JsonValueKind.String || did.GetString() != PaymentKitDid)
                    continue;
                if (!component.TryGetProperty("port", out var port)) return null;
                var number = port.ValueKind == JsonValueKind.Number && port.TryGetInt32(out var n) ? n
                    : port.ValueKind == JsonValueKind.String && int.TryParse(port.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed
                    : -1;
                if (number is < 1 or > 65535)
                    throw new ArgumentException($"{MountPointsVariable} lists Payment Kit without a valid port.", MountPointsVariable);
                return new Uri("http://127.0.0.1:" + number.ToString(CultureInfo.InvariantCulture));
            }
            return null;
        }
        catch (JsonException)
        {
            throw new ArgumentException($"{MountPointsVariable} is not a JSON array of components.", MountPointsVariable);
        }
    }

    /// <summary>
    /// Live mode as payment-js decides it: <c>PAYMENT_LIVEMODE</c> if set (<c>true</c> → live), else
    /// <c>PAYMENT_LIVE_MODE</c> (<c>true</c> → live), else <c>PAYMENT_TEST_MODE</c> (<c>true</c> → test);
    /// live when none is set. As in JavaScript, an empty variable counts as unset and only the exact
    /// text <c>true</c> is true.
    /// </summary>
    public static bool ReadLiveMode(Func<string, string?> getVariable)
    {
        var liveMode = getVariable("PAYMENT_LIVEMODE");
        if (!string.IsNullOrEmpty(liveMode)) return liveMode == "true";
        var liveModeUnderscored = getVariable("PAYMENT_LIVE_MODE");
        if (!string.IsNullOrEmpty(liveModeUnderscored)) return liveModeUnderscored == "true";
        var testMode = getVariable("PAYMENT_TEST_MODE");
        if (!string.IsNullOrEmpty(testMode)) return testMode != "true";
        return true;
    }

    public static bool ReadLiveMode() => ReadLiveMode(Environment.GetEnvironmentVariable);
}
