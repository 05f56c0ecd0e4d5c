namespace PaymentSdk.Tests.Infrastructure;

/// <summary>The response bodies of <c>Responses/</c>, which the stub server answers with and tests read directly.</summary>
public static class TestFiles
{
    public static string ResponseBody(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Responses", name));
}
