using System.Net;
using System.Text;
using System.Text.Json;
using PaymentSdk.Sandbox;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Sandbox;

/// <summary>
/// The sandbox's own validation, reached with a plain <see cref="HttpClient"/> because the SDK refuses
/// these values before sending: 400 or 404 with Payment Kit's <c>{"error": ...}</c> body.
/// </summary>
public sealed class ServerValidationTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    /// <summary>Sends a request and returns the status and the <c>error</c> of a JSON error body.</summary>
    private static async Task<(HttpStatusCode Status, string? Error, JsonElement Body)> SendAsync(HttpClient http, HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(text);
        var body = document.RootElement.Clone();
        var error = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("error", out var e) ? e.GetString() : null;
        return (response.StatusCode, error, body);
    }

    private Task<(HttpStatusCode Status, string? Error, JsonElement Body)> GetAsync(string path) => SendAsync(fixture.Http, HttpMethod.Get, path);

    [Theory]
    [InlineData("api/invoices?livemode=false&pageSize=0", "\"pageSize\" must be greater than or equal to 1")]
    [InlineData("api/invoices?livemode=false&pageSize=101", "\"pageSize\" must be less than or equal to 100")]
    [InlineData("api/invoices?livemode=false&pageSize=-5", "\"pageSize\" must be greater than or equal to 1")]
    [InlineData("api/invoices?livemode=false&pageSize=1.5", "\"pageSize\" must be an integer")]
    [InlineData("api/invoices?livemode=false&page=0", "\"page\" must be greater than or equal to 1")]
    [InlineData("api/invoices/search?livemode=false&q=plan&pageSize=101", "\"pageSize\" must be less than or equal to 100")]
    [InlineData("api/invoices/search?livemode=false&q=plan&page=0", "\"page\" must be greater than or equal to 1")]
    [InlineData("api/invoices?livemode=maybe", "\"livemode\" must be a boolean")]
    [InlineData("api/invoices?livemode=false&include_staking=yes", "\"include_staking\" must be a boolean")]
    [InlineData("api/invoices?livemode=false&ignore_zero=1", "\"ignore_zero\" must be a boolean")]
    public async Task Bad_paging_and_flags_are_400_with_a_joi_like_message(string path, string message)
    {
        var (status, error, body) = await GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(message, error);
        Assert.Single(body.EnumerateObject());
    }

    [Theory]
    [InlineData("pageSize")]
    [InlineData("page")]
    public async Task A_page_number_that_is_not_a_number_is_400(string name)
    {
        var (status, error, _) = await GetAsync($"api/invoices?livemode=false&{name}=abc");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith($"\"{name}\" must be", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_size_that_is_not_a_number_gets_joi_s_number_base_message()
    {
        var (status, error, _) = await GetAsync("api/invoices?livemode=false&pageSize=abc");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("\"pageSize\" must be a number", error);
    }

    [Theory]
    [InlineData("api/invoices/search?livemode=false")]
    [InlineData("api/invoices/search?livemode=false&q=")]
    [InlineData("api/invoices/search?livemode=false&page=1&pageSize=5")]
    public async Task Search_without_q_is_400(string path)
    {
        var (status, error, _) = await GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("\"q\" is required", error);
    }

    [Theory]
    [InlineData("GET", "api/invoices/in_nope?livemode=false", "Invoice in_nope not found in test mode")]
    [InlineData("GET", "api/invoices/in_nope?livemode=true", "Invoice in_nope not found in live mode")]
    [InlineData("GET", "api/invoices/in_nope", "Invoice in_nope not found in live mode")]
    [InlineData("POST", "api/invoices/in_nope/void?livemode=false", "Invoice in_nope not found in test mode")]
    [InlineData("GET", "api/invoices/in_nope/return-stake?livemode=false", "Invoice in_nope not found")]
    [InlineData("POST", "api/invoices/in_nope/return-stake?livemode=false", "Invoice in_nope not found")]
    [InlineData("GET", "api/nothing-here", "Cannot GET /api/nothing-here")]
    public async Task Unknown_ids_and_routes_are_404_with_an_error_body(string method, string path, string message)
    {
        var (status, error, _) = await SendAsync(fixture.Http, new HttpMethod(method), path);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(message, error);
    }

    [Fact]
    public async Task A_raw_list_answers_count_and_list()
    {
        var (status, _, body) = await GetAsync("api/invoices?livemode=false&status=paid&pageSize=3");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(fixture.TestInvoices.Count(i => Expected.Shown(i) && i.Status == "paid"), body.GetProperty("count").GetInt32());
        Assert.Equal(3, body.GetProperty("list").GetArrayLength());
        Assert.All(body.GetProperty("list").EnumerateArray(), i => Assert.Equal("paid", i.GetProperty("status").GetString()));
    }

    [Theory]
    [InlineData("""{"metadata":{"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk":"v"}}""", "\"metadata\" key \"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\" must be at most 40 characters long")]
    [InlineData("""{"metadata":"not an object"}""", "\"metadata\" must be of type object")]
    [InlineData("""{"other":1}""", "\"metadata\" must be of type object")]
    [InlineData("""{"metadata":""", "The body is not valid JSON")]
    public async Task Update_refuses_bad_metadata_with_400(string json, string message)
    {
        await using var sandbox = await PaymentSandbox.StartAsync();
        using var http = SandboxClients.RawHttp(sandbox);
        var invoice = sandbox.Data.GetInvoices(false)[0];

        var (status, error, _) = await SendAsync(http, HttpMethod.Put, $"api/invoices/{invoice.Id}?livemode=false", json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(message, error);
        Assert.Equal(invoice.UpdatedAt, sandbox.Data.GetInvoices(false)[0].UpdatedAt);
    }

    [Fact]
    public async Task Update_refuses_a_value_of_501_characters_and_accepts_500()
    {
        await using var sandbox = await PaymentSandbox.StartAsync();
        using var http = SandboxClients.RawHttp(sandbox);
        var invoice = sandbox.Data.GetInvoices(false)[0];
        var path = $"api/invoices/{invoice.Id}?livemode=false";

        var tooLong = await SendAsync(http, HttpMethod.Put, path, "{\"metadata\":{\"note\":\"" + new string('x', 501) + "\"}}");
        var longJson = await SendAsync(http, HttpMethod.Put, path, "{\"metadata\":{\"list\":[" + string.Join(",", Enumerable.Repeat("1", 251)) + "]}}");
        var fits = await SendAsync(http, HttpMethod.Put, path, "{\"metadata\":{\"note\":\"" + new string('x', 500) + "\"}}");

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.Status);
        Assert.Equal("\"metadata.note\" must be at most 500 characters long", tooLong.Error);
        Assert.Equal(HttpStatusCode.BadRequest, longJson.Status);
        Assert.Equal("\"metadata.list\" must be at most 500 characters long", longJson.Error);
        Assert.Equal(HttpStatusCode.OK, fits.Status);
        Assert.Equal(500, fits.Body.GetProperty("metadata").GetProperty("note").GetString()!.Length);
        Assert.False(fits.Body.GetProperty("metadata").TryGetProperty("list", out _));
    }

    [Fact]
    public async Task Update_of_a_key_of_41_characters_changes_nothing_even_beside_valid_keys()
    {
        await using var sandbox = await PaymentSandbox.StartAsync();
        using var http = SandboxClients.RawHttp(sandbox);
        var invoice = sandbox.Data.GetInvoices(false)[0];

        var (status, _, _) = await SendAsync(http, HttpMethod.Put, $"api/invoices/{invoice.Id}?livemode=false",
            "{\"metadata\":{\"fine\":\"yes\",\"" + new string('k', 41) + "\":\"v\"}}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(sandbox.Data.GetInvoices(false)[0].Metadata?.ContainsKey("fine") ?? false);
    }
}
