using System.Net;
using Microsoft.Extensions.Time.Testing;
using PaymentSdk.Sandbox;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Sandbox;

/// <summary>
/// The sandbox's webhook endpoints through the SDK, and its events delivered end to end: signed as Payment Kit
/// signs, verified and read typed by <c>MapPaymentWebhook</c>, retried when the receiver fails, logged.
/// </summary>
public sealed class WebhookTests
{
    private static Task<PaymentSandbox> StartAsync(int attempts = 5) =>
        PaymentSandbox.StartAsync(new PaymentSandboxOptions { WebhookRetryDelay = TimeSpan.FromMilliseconds(10), WebhookAttempts = attempts });

    private static Task<WebhookEndpoint> RegisterAsync(PaymentClient payment, string url, params string[] events) =>
        payment.WebhookEndpoints.CreateAsync(new WebhookEndpointCreateOptions { Url = url, EnabledEvents = events, Description = "tests" });

    /// <summary>The public key of a key the sandbox does not sign with.</summary>
    private static string OtherPublicKey() =>
        "0x" + Convert.ToHexString(new Org.BouncyCastle.Crypto.Parameters.Ed25519PrivateKeyParameters(Enumerable.Repeat((byte)7, 32).ToArray(), 0).GeneratePublicKey().GetEncoded()).ToLowerInvariant();

    private static InvoiceWithDiscount FirstOpen(PaymentSandbox sandbox) => sandbox.Data.GetInvoices(false).First(i => i.Status == "open");

    [Fact]
    public async Task Endpoints_are_created_read_changed_listed_and_deleted_per_mode()
    {
        await using var sandbox = await StartAsync();
        using var test = SandboxClients.Create(sandbox);
        using var live = SandboxClients.Create(sandbox, liveMode: true);

        var created = await test.WebhookEndpoints.CreateAsync(new WebhookEndpointCreateOptions
        {
            Url = "https://shop.example/hooks",
            EnabledEvents = [PaymentEventTypes.InvoicePaid],
            Metadata = new Dictionary<string, object?> { ["team"] = "billing" },
        });
        var updated = await test.WebhookEndpoints.UpdateAsync(created.Id, new WebhookEndpointUpdateOptions { Status = WebhookEndpointStatus.Disabled });
        var retrieved = await test.WebhookEndpoints.RetrieveAsync(created.Id);
        var testList = await test.WebhookEndpoints.ListAsync();
        var liveList = await live.WebhookEndpoints.ListAsync();
        var deleted = await test.WebhookEndpoints.DeleteAsync(created.Id);

        Assert.StartsWith("we_", created.Id);
        Assert.Equal((WebhookEndpointStatus.Enabled, "api", false), (created.Status, created.CreatedVia, created.Livemode));
        Assert.Equal(WebhookEndpointStatus.Disabled, updated.Status);
        Assert.Equal(("webhook_endpoint", "billing"), (retrieved.Object, retrieved.Metadata!["team"].GetString()));
        Assert.Equal(created.Id, Assert.Single(testList.List).Id);
        Assert.Empty(liveList.List);
        Assert.Equal(created.Id, deleted.Id);
        await Assert.ThrowsAsync<PaymentNotFoundException>(() => test.WebhookEndpoints.RetrieveAsync(created.Id));
    }

    [Fact]
    public async Task A_create_payment_js_could_send_that_payment_kit_refuses_is_a_400()
    {
        await using var sandbox = await StartAsync();
        using var http = SandboxClients.RawHttp(sandbox);

        using var noEvents = await http.PostAsync("api/webhook-endpoints?livemode=false", new StringContent("""{"url":"https://shop.example/hooks"}"""));
        using var badUrl = await http.PostAsync("api/webhook-endpoints?livemode=false", new StringContent("""{"url":"not a url","enabled_events":["invoice.paid"]}"""));

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (noEvents.StatusCode, badUrl.StatusCode));
        using var error = System.Text.Json.JsonDocument.Parse(await noEvents.Content.ReadAsStringAsync());
        Assert.Equal("\"enabled_events\" is required", error.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_void_is_delivered_as_a_signed_invoice_voided_that_the_receiver_reads_typed()
    {
        await using var sandbox = await StartAsync();
        await using var receiver = await WebhookReceiverApp.StartAsync(sandbox.AppPublicKey);
        using var payment = SandboxClients.Create(sandbox);
        var endpoint = await RegisterAsync(payment, receiver.Url, PaymentEventTypes.InvoiceVoided, PaymentEventTypes.InvoiceUpdated);
        var open = FirstOpen(sandbox);

        await payment.Invoices.VoidAsync(open.Id);
        await payment.Invoices.UpdateAsync(open.Id, new InvoiceUpdateOptions { Metadata = new Dictionary<string, object?> { ["order"] = "o_9" } });
        await sandbox.WhenDeliveredAsync();

        // Each delivery is its own POST, so the two may arrive in either order (as Payment Kit's may).
        var events = receiver.Received.OrderBy(e => e.Type == PaymentEventTypes.InvoiceVoided ? 0 : 1).ToList();
        Assert.Equal([PaymentEventTypes.InvoiceVoided, PaymentEventTypes.InvoiceUpdated], events.Select(e => e.Type));
        Assert.True(events[0].Data.TryGetInvoice(out var voided));
        Assert.Equal((open.Id, InvoiceStatus.Void), (voided.Id, voided.Status));
        Assert.Equal("open", events[0].Data.PreviousAttributes!.Value.GetProperty("status").GetString());
        Assert.Equal("o_9", events[1].Data.GetObject<Invoice>().Metadata!["order"].GetString());
        Assert.All(sandbox.Deliveries, d => Assert.Equal((endpoint.Id, 200, 1), (d.EndpointId, d.StatusCode, d.Attempt)));
    }

    [Fact]
    public async Task Only_enabled_endpoints_that_subscribed_to_the_type_receive_it()
    {
        await using var sandbox = await StartAsync();
        await using var paid = await WebhookReceiverApp.StartAsync(sandbox.AppPublicKey);
        await using var disabled = await WebhookReceiverApp.StartAsync(sandbox.AppPublicKey);
        await using var everything = await WebhookReceiverApp.StartAsync(sandbox.AppPublicKey);
        using var payment = SandboxClients.Create(sandbox);
        await RegisterAsync(payment, paid.Url, PaymentEventTypes.InvoicePaid);
        var off = await RegisterAsync(payment, disabled.Url, PaymentEventTypes.InvoiceVoided, PaymentEventTypes.InvoicePaid);
        await payment.WebhookEndpoints.UpdateAsync(off.Id, new WebhookEndpointUpdateOptions { Status = WebhookEndpointStatus.Disabled });
        await RegisterAsync(payment, everything.Url, "*");
        var open = FirstOpen(sandbox);

        await payment.Invoices.VoidAsync(open.Id);
        await sandbox.WhenDeliveredAsync();

        Assert.Empty(paid.Received);
        Assert.Empty(disabled.Received);
        Assert.Equal(PaymentEventTypes.InvoiceVoided, Assert.Single(everything.Received).Type);
    }

    [Fact]
    public async Task Paying_and_an_upcoming_invoice_are_raised_on_demand()
    {
        await using var sandbox = await StartAsync();
        await using var receiver = await WebhookReceiverApp.StartAsync(sandbox.AppPublicKey);
        using var payment = SandboxClients.Create(sandbox);
        using var http = SandboxClients.RawHttp(sandbox);
        await RegisterAsync(payment, receiver.Url, PaymentEventTypes.InvoicePaid, PaymentEventTypes.InvoiceUpcoming);
        var open = FirstOpen(sandbox);

        using var pay = await http.PostAsync($"__sandbox/invoices/{open.Id}/pay?livemode=false", null);
        using var upcoming = await http.PostAsync($"__sandbox/invoices/{open.Id}/upcoming?livemode=false", null);
        using var payAgain = await http.PostAsync($"__sandbox/invoices/{open.Id}/pay?livemode=false", null);
        await sandbox.WhenDeliveredAsync();

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.BadRequest), (pay.StatusCode, upcoming.StatusCode, payAgain.StatusCode));
        Assert.Equal(InvoiceStatus.Paid, (await payment.Invoices.RetrieveAsync(open.Id)).Status);
        var paid = receiver.Received.Single(e => e.Type == PaymentEventTypes.InvoicePaid);
        Assert.True(paid.Data.TryGetInvoice(out var invoice) && invoice.Status == InvoiceStatus.Paid && invoice.AmountPaid == invoice.AmountDue);
        var preview = receiver.Received.Single(e => e.Type == PaymentEventTypes.InvoiceUpcoming);
        Assert.True(preview.Data.IsPreview);
        Assert.True(preview.Data.TryGetInvoice(out var next));
        Assert.False(preview.Data.Object.TryGetProperty("status", out _)); // a preview has no status yet
        Assert.True(string.IsNullOrEmpty(next.Id));
        Assert.Equal(open.AmountDue, next.AmountDue);
    }

    [Fact]
    public async Task A_receiver_that_fails_twice_gets_the_event_on_the_third_attempt()
    {
        await using var sandbox = await StartAsync();
        await using var receiver = await WebhookReceiverApp.StartAsync(sandbox.AppPublicKey);
        receiver.FailFirst = 2;
        using var payment = SandboxClients.Create(sandbox);
        var endpoint = await RegisterAsync(payment, receiver.Url, PaymentEventTypes.InvoiceVoided);

        await payment.Invoices.VoidAsync(FirstOpen(sandbox).Id);
        await sandbox.WhenDeliveredAsync();

        Assert.Equal([(1, 500), (2, 500), (3, 200)], sandbox.Deliveries.Select(d => (d.Attempt, d.StatusCode ?? 0)));
        Assert.Single(sandbox.Deliveries.Select(d => d.EventId).Distinct());
        Assert.Equal(PaymentEventTypes.InvoiceVoided, Assert.Single(receiver.Received).Type);
        var attempts = (await payment.WebhookEndpoints.RetrieveAsync(endpoint.Id)).Attempts!;
        Assert.Equal(["succeeded", "failed", "failed"], attempts.Select(a => a.Status));
    }

    [Fact]
    public async Task A_receiver_that_never_succeeds_gets_the_bounded_number_of_attempts_then_no_more()
    {
        // The retry schedule runs on a clock the test moves: 3 attempts, 1 s then 2 s apart; then a day passes.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var sandbox = await PaymentSandbox.StartAsync(new PaymentSandboxOptions { TimeProvider = clock, WebhookRetryDelay = TimeSpan.FromSeconds(1), WebhookAttempts = 3 });
        await using var receiver = await WebhookReceiverApp.StartAsync(sandbox.AppPublicKey);
        receiver.FailFirst = int.MaxValue;
        using var payment = SandboxClients.Create(sandbox);
        await RegisterAsync(payment, receiver.Url, PaymentEventTypes.InvoiceVoided);
        await RegisterAsync(payment, "http://127.0.0.1:9/unreachable", PaymentEventTypes.InvoiceVoided);

        await payment.Invoices.VoidAsync(FirstOpen(sandbox).Id);
        await AdvanceUntilAsync(clock, () => sandbox.Deliveries.Count >= 6);
        clock.Advance(TimeSpan.FromDays(1));
        // Every delivery has ended by itself: none is waiting for a later attempt.
        await sandbox.WhenDeliveredAsync().WaitAsync(TimeSpan.FromSeconds(30));

        var failing = sandbox.Deliveries.Where(d => d.Url == receiver.Url).ToList();
        Assert.Equal([1, 2, 3], failing.Select(d => d.Attempt));
        // The waits between attempts, on the sandbox's clock: at least 1 s, then at least 2 s.
        Assert.All(failing.Zip(failing.Skip(1), (a, b) => (b.At - a.At, b.Attempt)), gap => Assert.True(gap.Item1 >= TimeSpan.FromSeconds(1 << (gap.Attempt - 2)), $"attempt {gap.Attempt} after {gap.Item1}"));
        Assert.All(failing, d => Assert.Equal(500, d.StatusCode));
        var unreachable = sandbox.Deliveries.Where(d => d.Url.Contains("unreachable")).ToList();
        Assert.Equal([1, 2, 3], unreachable.Select(d => d.Attempt));
        Assert.All(unreachable, d => Assert.True(d.StatusCode is null && d.Error is not null));
        Assert.Equal(6, sandbox.Deliveries.Count);
        Assert.Empty(receiver.Received);
    }

    /// <summary>
    /// Moves the clock on half a second at a time, letting the deliveries in flight (real connections) run between
    /// steps, until <paramref name="condition"/> holds; fails after 30 s of real time.
    /// </summary>
    private static async Task AdvanceUntilAsync(FakeTimeProvider clock, Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            clock.Advance(TimeSpan.FromMilliseconds(500));
            await Task.Delay(20, timeout.Token);
        }
    }

    [Fact]
    public async Task Deliveries_are_signed_by_the_app_key_given_and_refused_by_another()
    {
        var key = WebhookSigning.SecretKey;
        await using var sandbox = await PaymentSandbox.StartAsync(new PaymentSandboxOptions { AppSecretKey = key, WebhookAttempts = 1 });
        await using var right = await WebhookReceiverApp.StartAsync(WebhookSigning.PublicKeyHex);
        await using var wrong = await WebhookReceiverApp.StartAsync(OtherPublicKey());
        using var payment = SandboxClients.Create(sandbox);
        await RegisterAsync(payment, right.Url, PaymentEventTypes.InvoiceVoided);
        await RegisterAsync(payment, wrong.Url, PaymentEventTypes.InvoiceVoided);

        await payment.Invoices.VoidAsync(FirstOpen(sandbox).Id);
        await sandbox.WhenDeliveredAsync();

        Assert.Equal(WebhookSigning.PublicKeyHex, sandbox.AppPublicKey);
        Assert.Single(right.Received);
        Assert.Empty(wrong.Received);
        Assert.Equal(401, sandbox.Deliveries.Single(d => d.Url == wrong.Url).StatusCode);
    }
}
