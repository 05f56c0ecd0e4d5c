using System;
#if NET
using System.Runtime.InteropServices;
#endif

namespace PaymentSdk.Http;

/// <summary>
/// Whether this runtime's HTTP stack sends a GET that carries a body, as <c>customers.retrieve(did, { create: true })</c>
/// does. .NET Framework's <see cref="System.Net.Http.HttpClientHandler"/> sends through <c>HttpWebRequest</c>, which
/// refuses any body on a GET with a <see cref="System.Net.ProtocolViolationException"/> from deep inside the send,
/// after the retries have started; .NET 8 and later send it. The facade asks here first and refuses up front.
/// </summary>
internal static class BodyOnGet
{
    /// <summary>The runtime, as <c>RuntimeInformation.FrameworkDescription</c> words it (<c>.NET 10.0.0</c>, <c>.NET Framework 4.8.9032.0</c>).</summary>
    public static string ThisRuntime { get; } = Describe();

    /// <summary>Whether this process's runtime refuses a GET with a body.</summary>
    public static bool RefusedHere { get; } = RefusedBy(ThisRuntime);

    /// <summary>Whether the runtime <paramref name="frameworkDescription"/> describes refuses a GET with a body: .NET Framework does.</summary>
    public static bool RefusedBy(string frameworkDescription) =>
        frameworkDescription.StartsWith(".NET Framework", StringComparison.OrdinalIgnoreCase);

    /// <summary>The error of <paramref name="operationName"/> on a runtime that refuses it, thrown before anything is sent.</summary>
    public static PlatformNotSupportedException Refusal(string operationName, string runtime) => new(
        $"{operationName} with CustomerRetrieveOptions.Create = true sends {{\"create\":true}} as the JSON body of a GET, "
        + $"as payment-js does, and this runtime ({runtime}) cannot send a GET with a body: .NET Framework's HTTP stack refuses it. "
        + "Nothing was sent. Make this call from .NET 8 or later, or have the customer created another way (payment-js's "
        + "customers.retrieve(did, { create: true })) and retrieve it here without Create.");

    private static string Describe()
    {
#if NET
        return RuntimeInformation.FrameworkDescription;
#else
        // net462 has no RuntimeInformation. Its assets run on .NET Framework (mscorlib), and may be loaded elsewhere
        // (Mono has an mscorlib too; .NET Core before 8 has System.Private.CoreLib): only .NET Framework is named so.
        var framework = typeof(object).Assembly.GetName().Name == "mscorlib" && Type.GetType("Mono.Runtime") is null;
        return (framework ? ".NET Framework " : "a runtime other than .NET Framework, version ") + Environment.Version;
#endif
    }
}
