using System.Reflection;

namespace PaymentSdk.Tests.Infrastructure;

/// <summary>Response bodies of the WireMock stubs, for tests that read them without a server.</summary>
public static class TestFiles
{
    public static string ResponseBody(string name)
    {
        var root = typeof(TestFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "WireMockRoot").Value!;
        return File.ReadAllText(Path.Combine(root, "__files", name));
    }
}
