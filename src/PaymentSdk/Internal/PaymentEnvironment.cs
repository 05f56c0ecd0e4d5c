using System;

namespace PaymentSdk.Internal;

/// <summary>Settings payment-js takes from environment variables, read the same way.</summary>
internal static class PaymentEnvironment
{
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
