using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.AspNetCore;

/// <summary>
/// Payment Kit delivers at least once: the guard of <c>MapPaymentWebhook</c> hands each event id to the handler
/// once within the window, keeps out a copy that arrives while the first is handled, lets a failed event run
/// again, and shares what it handled between instances through an <see cref="IDistributedCache"/>.
/// </summary>
public sealed class WebhookRedeliveryTests
{
    private readonly ConcurrentQueue<string> _handled = new();

    private Task Handle(PaymentEvent evt, CancellationToken _)
    {
        _handled.Enqueue(evt.Id);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_redelivered_event_is_answered_200_without_calling_the_handler_again()
    {
        await using var host = await WebhookHost.StartAsync(Handle);

        using var first = await host.DeliverAsync(WebhookHost.Event("evt_1"));
        using var again = await host.DeliverAsync(WebhookHost.Event("evt_1"));
        using var other = await host.DeliverAsync(WebhookHost.Event("evt_2"));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode, other.StatusCode));
        Assert.Equal(["evt_1", "evt_2"], _handled);
        Assert.Contains(host.Logs.Lines, l => l.Message == "Payment Kit delivered event invoice.paid evt_1 again (already handled); the handler was not called");
    }

    [Fact]
    public async Task An_event_whose_handler_failed_runs_again_when_redelivered()
    {
        var calls = 0;
        await using var host = await WebhookHost.StartAsync((evt, ct) =>
            Interlocked.Increment(ref calls) == 1 ? throw new InvalidOperationException("the database is down") : Handle(evt, ct));

        using var failed = await host.DeliverAsync(WebhookHost.Event("evt_1"));
        using var retried = await host.DeliverAsync(WebhookHost.Event("evt_1"));
        using var again = await host.DeliverAsync(WebhookHost.Event("evt_1"));

        Assert.Equal((HttpStatusCode.InternalServerError, HttpStatusCode.OK, HttpStatusCode.OK), (failed.StatusCode, retried.StatusCode, again.StatusCode));
        Assert.Equal(2, calls);
        Assert.Equal(["evt_1"], _handled);
    }

    [Fact]
    public async Task A_copy_that_arrives_while_the_first_is_handled_is_answered_409_and_never_runs_beside_it()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = 0;
        var most = 0;
        await using var host = await WebhookHost.StartAsync(async (evt, ct) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            entered.TrySetResult();
            await release.Task;
            Interlocked.Decrement(ref running);
            await Handle(evt, ct);
        });

        var first = host.DeliverAsync(WebhookHost.Event("evt_1"));
        await entered.Task;
        var copies = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => host.DeliverAsync(WebhookHost.Event("evt_1"))));
        release.SetResult();
        using var firstAnswer = await first;
        using var later = await host.DeliverAsync(WebhookHost.Event("evt_1"));

        Assert.All(copies, c => Assert.Equal(HttpStatusCode.Conflict, c.StatusCode));
        Assert.Equal("""{"error":"the event is being handled"}""", await copies[0].Content.ReadAsStringAsync());
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (firstAnswer.StatusCode, later.StatusCode));
        Assert.Equal(1, most);
        Assert.Equal(["evt_1"], _handled);
        foreach (var copy in copies) copy.Dispose();
    }

    [Fact]
    public async Task After_the_window_the_event_is_handed_over_again()
    {
        await using var host = await WebhookHost.StartAsync(Handle, services => services.Configure<PaymentWebhookOptions>(o => o.RedeliveryWindow = TimeSpan.FromHours(1)));

        using (await host.DeliverAsync(WebhookHost.Event("evt_1"))) { }
        host.Clock.Now += TimeSpan.FromMinutes(59);
        using (await host.DeliverAsync(WebhookHost.Event("evt_1"))) { }
        host.Clock.Now += TimeSpan.FromMinutes(2);
        using (await host.DeliverAsync(WebhookHost.Event("evt_1"))) { }

        Assert.Equal(["evt_1", "evt_1"], _handled);
    }

    [Fact]
    public async Task The_default_window_is_24_hours()
    {
        await using var host = await WebhookHost.StartAsync(Handle);

        using (await host.DeliverAsync(WebhookHost.Event("evt_1"))) { }
        host.Clock.Now += TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1);
        using (await host.DeliverAsync(WebhookHost.Event("evt_1"))) { }
        host.Clock.Now += TimeSpan.FromSeconds(2);
        using (await host.DeliverAsync(WebhookHost.Event("evt_1"))) { }

        Assert.Equal(TimeSpan.FromHours(24), new PaymentWebhookOptions().RedeliveryWindow);
        Assert.Equal(["evt_1", "evt_1"], _handled);
    }

    [Fact]
    public async Task In_memory_at_most_the_configured_number_of_ids_is_kept_the_oldest_forgotten_first()
    {
        await using var host = await WebhookHost.StartAsync(Handle, services => services.Configure<PaymentWebhookOptions>(o => o.MaxRememberedEvents = 2));

        foreach (var id in new[] { "evt_1", "evt_2", "evt_3", "evt_3", "evt_2", "evt_1" })
            using (await host.DeliverAsync(WebhookHost.Event(id))) { }

        Assert.Equal(["evt_1", "evt_2", "evt_3", "evt_1"], _handled);
    }

    [Fact]
    public async Task A_window_of_zero_turns_the_guard_off()
    {
        await using var host = await WebhookHost.StartAsync(Handle, services => services.Configure<PaymentWebhookOptions>(o => o.RedeliveryWindow = TimeSpan.Zero));

        using (await host.DeliverAsync(WebhookHost.Event("evt_1"))) { }
        using (await host.DeliverAsync(WebhookHost.Event("evt_1"))) { }

        Assert.Equal(["evt_1", "evt_1"], _handled);
    }

    [Fact]
    public async Task Instances_sharing_a_distributed_cache_hand_an_event_to_one_handler()
    {
        var shared = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var a = await WebhookHost.StartAsync(async (evt, ct) =>
        {
            entered.TrySetResult();
            await release.Task;
            await Handle(evt, ct);
        }, services => services.AddSingleton<IDistributedCache>(shared));
        await using var b = await WebhookHost.StartAsync(Handle, services => services.AddSingleton<IDistributedCache>(shared));

        var first = a.DeliverAsync(WebhookHost.Event("evt_1"));
        await entered.Task;
        using var whileHandled = await b.DeliverAsync(WebhookHost.Event("evt_1"));
        release.SetResult();
        using var firstAnswer = await first;
        using var afterwards = await b.DeliverAsync(WebhookHost.Event("evt_1"));

        Assert.Equal(HttpStatusCode.Conflict, whileHandled.StatusCode);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (firstAnswer.StatusCode, afterwards.StatusCode));
        Assert.Equal(["evt_1"], _handled);
        Assert.Equal("h"u8.ToArray(), await shared.GetAsync("PaymentSdk.Webhooks.event:evt_1"));
    }

    [Fact]
    public async Task Options_out_of_range_fail_when_mapped_naming_the_setting()
    {
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () =>
            await WebhookHost.StartAsync(Handle, services => services.Configure<PaymentWebhookOptions>(o => o.MaxHandlingTime = TimeSpan.Zero)));

        Assert.Equal("PaymentWebhookOptions.MaxHandlingTime", error.ParamName);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }
}
