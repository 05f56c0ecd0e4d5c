using PaymentSdk.Tests.Infrastructure;

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
    [InlineData("https://host/payment", "https://host/payment/api/invoices/inv_1?livemode=false")]
    [InlineData("http://127.0.0.1:3000/payment", "http://127.0.0.1:3000/payment/api/invoices/inv_1?livemode=false")]
    [InlineData("http://localhost:3000", "http://localhost:3000/api/invoices/inv_1?livemode=false")]
    [InlineData("http://[::1]:3000/", "http://[::1]:3000/api/invoices/inv_1?livemode=false")]
    public async Task Https_and_loopback_http_are_accepted_and_called(string url, string expected)
    {
        var transport = new AnsweringTransport();
        using var client = new PaymentClient(new PaymentClientOptions { BaseUrl = new Uri(url), LiveMode = false }, transport);

        await client.Invoices.RetrieveAsync("inv_1");

        Assert.Equal(["GET " + expected], transport.Requests);
    }

    [Fact]
    public async Task Insecure_http_is_accepted_and_called_when_allowed()
    {
        var transport = new AnsweringTransport();
        using var client = new PaymentClient(new PaymentClientOptions { BaseUrl = new Uri("http://payment-kit.internal/payment"), AllowInsecureHttp = true, LiveMode = false }, transport);

        await client.Invoices.RetrieveAsync("inv_1");

        Assert.Equal(["GET http://payment-kit.internal/payment/api/invoices/inv_1?livemode=false"], transport.Requests);
    }

    [Fact]
    public void Null_arguments_are_named()
    {
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => new PaymentClient(null!)).ParamName);
        Assert.Equal("httpClient", Assert.Throws<ArgumentNullException>(() => new PaymentClient(new PaymentClientOptions(), (HttpClient)null!)).ParamName);
        Assert.Equal("handler", Assert.Throws<ArgumentNullException>(() => new PaymentClient(new PaymentClientOptions(), (HttpMessageHandler)null!)).ParamName);
    }
}
