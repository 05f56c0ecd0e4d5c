using System.Collections.Concurrent;
using System.Net;
using System.Text;
using PaymentSdk.Http;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Customers;

/// <summary>
/// <c>customers.retrieve(did, { create: true })</c> sends its option as the JSON body of a GET, which .NET Framework's HTTP
/// stack refuses: there the facade refuses it up front, before anything is sent; elsewhere it is sent. The test project
/// runs on .NET 10 only, so the tests hand the facade the runtime to decide for, and check the decision itself apart.
/// </summary>
public sealed class RetrieveOrCreateRuntimeTests
{
    private const string Framework = ".NET Framework 4.8.9290.0";

    [Theory]
    [InlineData(".NET Framework 4.8.9290.0", true)]
    [InlineData(".NET Framework 4.6.2", true)]
    [InlineData(".NET 10.0.0", false)]
    [InlineData(".NET 8.0.11", false)]
    [InlineData(".NET Core 3.1.32", false)]
    [InlineData("a runtime other than .NET Framework, version 6.0.36", false)]
    public void Only_NET_Framework_refuses_a_GET_with_a_body(string runtime, bool refused)
    {
        Assert.Equal(refused, BodyOnGet.RefusedBy(runtime));
    }

    [Fact]
    public void This_runtime_is_described_as_RuntimeInformation_does_and_sends_it()
    {
        Assert.Equal(System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription, BodyOnGet.ThisRuntime);
        Assert.False(BodyOnGet.RefusedHere);
    }

    [Fact]
    public async Task On_NET_Framework_a_retrieve_that_may_create_fails_before_anything_is_sent()
    {
        var transport = new CustomerTransport();
        var customers = Customers(transport, refusesBodyOnGet: Framework);

        var error = await Assert.ThrowsAsync<PlatformNotSupportedException>(() => customers.RetrieveAsync("did:abt:z1new", new CustomerRetrieveOptions { Create = true }));

        Assert.Empty(transport.Requests);
        Assert.Contains("customers.retrieve", error.Message);
        Assert.Contains(Framework, error.Message);
        Assert.Contains("Nothing was sent", error.Message);
        Assert.Contains(".NET 8 or later", error.Message);
    }

    [Fact]
    public async Task On_NET_Framework_a_plain_retrieve_is_still_sent_without_a_body()
    {
        var transport = new CustomerTransport();
        var customers = Customers(transport, refusesBodyOnGet: Framework);

        var plain = await customers.RetrieveAsync("cus_1");
        var notCreating = await customers.RetrieveAsync("cus_1", new CustomerRetrieveOptions { Create = false });

        Assert.Equal(("cus_1", "cus_1"), (plain.Id, notCreating.Id));
        Assert.Equal(new[] { "GET /payment/api/customers/cus_1?livemode=false ", "GET /payment/api/customers/cus_1?livemode=false " }, transport.Requests);
    }

    [Fact]
    public async Task A_bad_id_is_named_before_the_runtime_is()
    {
        var customers = Customers(new CustomerTransport(), refusesBodyOnGet: Framework);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => customers.RetrieveAsync(" ", new CustomerRetrieveOptions { Create = true }));

        Assert.Equal("id", error.ParamName);
    }

    [Fact]
    public async Task Where_a_GET_may_carry_a_body_the_create_is_sent_as_payment_js_sends_it()
    {
        var transport = new CustomerTransport();
        var customers = Customers(transport, refusesBodyOnGet: null);

        var customer = await customers.RetrieveAsync("did:abt:z1new", new CustomerRetrieveOptions { Create = true });

        Assert.Equal("cus_1", customer.Id);
        Assert.Equal(new[] { "GET /payment/api/customers/did%3Aabt%3Az1new?livemode=false {\"create\":true}" }, transport.Requests);
    }

    /// <summary>The facade over its generated routes and the SDK's handlers, as <see cref="PaymentClient"/> builds it, but for the runtime given.</summary>
    private static CustomerService Customers(HttpMessageHandler transport, string? refusesBodyOnGet)
    {
        var options = new PaymentClientOptions { BaseUrl = new Uri("https://host/payment"), LiveMode = false, AccessKey = "blocklet-test" };
        var http = new HttpClient(HandlerChain.Over(transport, options)) { BaseAddress = options.BaseUrl };
        return new CustomerService(RefitConfiguration.Routes<ICustomersApi>(http), liveMode: false, refusesBodyOnGet);
    }

    /// <summary>Notes each request as <c>METHOD path?query body</c> and answers with a customer.</summary>
    private sealed class CustomerTransport : HttpMessageHandler
    {
        public ConcurrentQueue<string> Requests { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            Requests.Enqueue($"{request.Method} {request.RequestUri!.PathAndQuery} {body}");
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(TestFiles.ResponseBody("customer-expanded.json"), Encoding.UTF8, "application/json"),
            };
        }
    }
}
