namespace PaymentSdk.Tests.Client;

/// <summary>The client checks its settings when it is created, naming the bad one.</summary>
public sealed class ClientOptionsTests
{
    [Theory]
    [InlineData("payment/api", "absolute")]
    [InlineData("http://payments.example.com/payment", "AllowInsecureHttp")]
    [InlineData("ftp://host/payment", "http or https")]
    [InlineData("https://host/payment?x=1", "query")]
    [InlineData("https://host/payment#top", "fragment")]
    public void A_bad_base_url_is_rejected(string url, string hint)
    {
        var error = Assert.Throws<ArgumentException>(() => new PaymentClient(new PaymentClientOptions { BaseUrl = new Uri(url, UriKind.RelativeOrAbsolute) }));

        Assert.Equal("PaymentClientOptions.BaseUrl", error.ParamName);
        Assert.Contains(hint, error.Message);
    }

    [Fact]
    public void A_missing_base_url_says_what_to_set()
    {
        var error = Assert.Throws<ArgumentException>(() => new PaymentClient(new PaymentClientOptions()));

        Assert.Equal("PaymentClientOptions.BaseUrl", error.ParamName);
        Assert.Contains("required", error.Message);
    }

    [Theory]
    [InlineData("https://host/payment")]
    [InlineData("http://127.0.0.1:3000/payment")]
    [InlineData("http://localhost:3000")]
    [InlineData("http://[::1]:3000/")]
    public void Https_and_loopback_http_are_accepted(string url)
    {
        using var client = new PaymentClient(new PaymentClientOptions { BaseUrl = new Uri(url) });
        Assert.NotNull(client.Invoices);
    }

    [Fact]
    public void Insecure_http_is_accepted_when_allowed()
    {
        using var client = new PaymentClient(new PaymentClientOptions { BaseUrl = new Uri("http://payment-kit.internal/payment"), AllowInsecureHttp = true });
        Assert.NotNull(client.Invoices);
    }

    [Fact]
    public void Null_arguments_are_named()
    {
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => new PaymentClient(null!)).ParamName);
        Assert.Equal("httpClient", Assert.Throws<ArgumentNullException>(() => new PaymentClient(new PaymentClientOptions(), (HttpClient)null!)).ParamName);
        Assert.Equal("handler", Assert.Throws<ArgumentNullException>(() => new PaymentClient(new PaymentClientOptions(), (HttpMessageHandler)null!)).ParamName);
    }
}
