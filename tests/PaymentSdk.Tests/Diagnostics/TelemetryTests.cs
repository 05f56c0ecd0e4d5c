using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using PaymentSdk.Diagnostics;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Diagnostics;

/// <summary>The spans and measurements of one failing-then-retried call, observed with the framework's own listeners.</summary>
public class TelemetryTests(WireMockFixture wireMock) : WireMockTestBase(wireMock)
{

    [Fact]
    public async Task A_retried_call_has_an_operation_span_two_attempt_spans_two_durations_and_one_retry()
    {
        var mount = NewMount("seq");
        WireMock.StubSequence(mount, Stubs.Status(503), Stubs.Ok("invoice-page.json"));
        using var payment = NewClient(mount);
        using var telemetry = new TelemetryRecorder();
        var activities = telemetry.Activities;
        var measurements = telemetry.Measurements;

        using (telemetry.Root())
        {
            await payment.Invoices.ListAsync();
        }

        var operation = Assert.Single(activities, a => a.Kind == ActivityKind.Internal);
        Assert.Equal("invoices.list", operation.DisplayName);
        var attempts = activities.Where(a => a.Kind == ActivityKind.Client).OrderBy(a => a.StartTimeUtc).ToList();
        Assert.Equal(2, attempts.Count);
        Assert.All(attempts, a =>
        {
            Assert.Equal("GET /api/invoices", a.DisplayName);
            Assert.Equal(operation.SpanId, a.ParentSpanId);
            Assert.Equal("GET", a.GetTagItem("http.request.method"));
            Assert.Equal("/api/invoices", a.GetTagItem("url.template"));
        });
        Assert.Equal(503, attempts[0].GetTagItem("http.response.status_code"));
        Assert.Equal("503", attempts[0].GetTagItem("error.type"));
        Assert.Equal(ActivityStatusCode.Error, attempts[0].Status);
        Assert.Null(attempts[0].GetTagItem("http.request.resend_count"));
        Assert.Equal(200, attempts[1].GetTagItem("http.response.status_code"));
        Assert.Equal(1, attempts[1].GetTagItem("http.request.resend_count"));
        Assert.Null(attempts[1].GetTagItem("error.type"));

        var durations = measurements.Where(m => m.Instrument == PaymentTelemetry.RequestDurationInstrument).ToList();
        Assert.Equal([503, 200], durations.Select(d => (int)d.Tags["http.response.status_code"]!));
        Assert.All(durations, d => Assert.InRange(d.Value, 0, 60));
        var retry = Assert.Single(measurements, m => m.Instrument == PaymentTelemetry.RetryCountInstrument);
        Assert.Equal(1, retry.Value);
        Assert.Equal("503", retry.Tags["error.type"]);
        Assert.Equal("/api/invoices", retry.Tags["url.template"]);
    }
}
