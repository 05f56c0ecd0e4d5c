namespace PaymentSdk.Tests.Client;

/// <summary>A client says where it talks and in which mode, as resolved from options, HttpClient or environment.</summary>
public sealed class PaymentClientPropertiesTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void BaseUrl_and_LiveMode_come_from_the_options(bool liveMode)
    {
        using var payment = new PaymentClient(new PaymentClientOptions { BaseUrl = new Uri("https://host/payment"), LiveMode = liveMode, GetEnvironmentVariable = _ => null });

        Assert.Equal(new Uri("https://host/payment"), payment.BaseUrl);
        Assert.Equal(liveMode, payment.LiveMode);
    }

    [Fact]
    public void BaseUrl_falls_back_to_the_borrowed_HttpClient_then_to_BLOCKLET_MOUNT_POINTS()
    {
        using var http = new HttpClient { BaseAddress = new Uri("https://borrowed/payment") };
        using var borrowed = new PaymentClient(new PaymentClientOptions { GetEnvironmentVariable = _ => null }, http);
        Assert.Equal(new Uri("https://borrowed/payment"), borrowed.BaseUrl);

        var environment = new Dictionary<string, string?>
        {
            ["BLOCKLET_MOUNT_POINTS"] = """[{"did":"z2qaCNvKMv5GjouKdcDWexv6WqtHbpNPQDnAk","port":8091}]""",
        };
        using var inBlocklet = new PaymentClient(new PaymentClientOptions { GetEnvironmentVariable = environment.GetValueOrDefault });
        Assert.Equal(new Uri("http://127.0.0.1:8091"), inBlocklet.BaseUrl);
    }
}
