using System.Net.Http.Headers;
using System.Text.Json;
using PaymentSdk.Sandbox.Data;
using PaymentSdk.Sandbox.Resources.WebhookEndpoints;
using PaymentSdk.Sandbox.State;

namespace PaymentSdk.Sandbox.Events;

/// <summary>
/// Raises events on the sandbox's own changes and delivers them as Payment Kit does: a POST of the event's
/// JSON to every enabled endpoint of its mode that subscribed to its type, signed as a Blocklet component
/// call by the app's key (with the SDK's own signer), retried on any answer but 2xx, or no answer, up to
/// <see cref="PaymentSandboxOptions.WebhookAttempts"/> times, each wait twice the one before. Every attempt
/// is logged. Deliveries run in the background, one task each, so a slow endpoint holds up no other.
/// </summary>
internal sealed class WebhookPublisher : IAsyncDisposable
{
    /// <summary>Payment Kit's component DID: deliveries come from it.</summary>
    private const string PaymentKitDid = "z2qaCNvKMv5GjouKdcDWexv6WqtHbpNPQDnAk";

    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    private readonly SandboxState _state;
    private readonly DeliveryLog _log;
    private readonly PaymentAuthenticator _signer;
    private readonly TimeProvider _clock;
    private readonly int _attempts;
    private readonly TimeSpan _firstRetryDelay;
    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(10) };
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private readonly List<Task> _inFlight = [];

    public WebhookPublisher(SandboxState state, DeliveryLog log, string appSecretKey, PaymentSandboxOptions options)
    {
        _state = state;
        _log = log;
        _signer = PaymentAuthenticator.ComponentSignature(PaymentKitDid, appSecretKey);
        _clock = options.TimeProvider;
        _attempts = options.WebhookAttempts;
        _firstRetryDelay = options.WebhookRetryDelay;
    }

    /// <summary>Publishes an event a change raised and starts delivering it; returns the event's JSON.</summary>
    /// <param name="livemode">The mode of the change.</param>
    /// <param name="raised">What was raised, with the object as it was then.</param>
    public byte[] Publish(bool livemode, RaisedEvent raised)
    {
        var now = _clock.GetUtcNow();
        var subscribers = _state.Read(livemode, mode => WebhookEndpointModule.Subscribers(mode, raised.Type));
        var evt = new PaymentEvent
        {
            Id = "evt_" + Guid.NewGuid().ToString("N")[..24],
            Livemode = livemode,
            Type = raised.Type,
            ApiVersion = "2023-09-05",
            ObjectType = raised.ObjectType,
            ObjectId = raised.ObjectId,
            Data = new PaymentEventData
            {
                Object = raised.Object,
                PreviousAttributes = raised.PreviousAttributes ?? EmptyObject,
            },
            Request = new PaymentEventRequest { Id = "req_" + Guid.NewGuid().ToString("N")[..24], IdempotencyKey = "" },
            PendingWebhooks = subscribers.Count,
            Metadata = [],
            CreatedAt = now,
            UpdatedAt = now,
        };
        var body = JsonSerializer.SerializeToUtf8Bytes(evt, SandboxJson.Context.PaymentEvent);
        foreach (var (endpointId, url) in subscribers)
        {
            var delivery = Task.Run(() => DeliverAsync(evt, body, endpointId, url, _stopping.Token));
            lock (_gate)
            {
                _inFlight.RemoveAll(t => t.IsCompleted);
                _inFlight.Add(delivery);
            }
        }
        return body;
    }

    /// <summary>Completes when every delivery started so far has succeeded or used up its attempts.</summary>
    public Task WhenIdleAsync()
    {
        lock (_gate) return Task.WhenAll(_inFlight.ToArray());
    }

    private async Task DeliverAsync(PaymentEvent evt, byte[] body, string endpointId, string url, CancellationToken stopping)
    {
        var delay = _firstRetryDelay;
        for (var attempt = 1; attempt <= _attempts && !stopping.IsCancellationRequested; attempt++)
        {
            int? status = null;
            string? error = null;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                await _signer.AuthenticateAsync(request, body, stopping).ConfigureAwait(false);
                using var response = await _http.SendAsync(request, stopping).ConfigureAwait(false);
                status = (int)response.StatusCode;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !stopping.IsCancellationRequested)
            {
                error = e.Message;
            }
            catch (OperationCanceledException)
            {
                return;
            }
            var record = new SandboxDelivery("wa_" + Guid.NewGuid().ToString("N")[..24], evt.Id, evt.Type, endpointId, url, evt.Livemode, attempt, status, error, _clock.GetUtcNow());
            _log.Add(record);
            if (record.Succeeded || attempt == _attempts) return;
            try
            {
                // On the sandbox's clock, so that a test's fake clock runs the retry schedule.
                await Task.Delay(delay, _clock, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            delay += delay;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await WhenIdleAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        _http.Dispose();
        _stopping.Dispose();
    }
}
