using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using PaymentSdk.Diagnostics;

namespace PaymentSdk.Tests.Infrastructure;

/// <summary>
/// The SDK's activities and measurements under one root activity of the test's own (<see cref="Root"/>): other tests
/// run alongside, so whatever happens outside that root is not recorded.
/// </summary>
internal sealed class TelemetryRecorder : IDisposable
{
    private readonly ActivityListener _activities;
    private readonly MeterListener _meters;
    private string? _rootId;

    public TelemetryRecorder()
    {
        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name is PaymentTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { if (a.RootId == _rootId && a.Source.Name == PaymentTelemetry.Name) Activities.Enqueue(a); },
        };
        ActivitySource.AddActivityListener(_activities);
        _meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) => { if (instrument.Meter.Name == PaymentTelemetry.Name) listener.EnableMeasurementEvents(instrument); },
        };
        _meters.SetMeasurementEventCallback<double>(Record);
        _meters.SetMeasurementEventCallback<long>(Record);
        _meters.Start();
    }

    /// <summary>The SDK's activities that stopped under the root, in the order they stopped.</summary>
    public ConcurrentQueue<Activity> Activities { get; } = new();

    /// <summary>The SDK's measurements made under the root: instrument, value, tags.</summary>
    public ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> Measurements { get; } = new();

    /// <summary>Every name, status, tag and event tag recorded, a line per activity or measurement.</summary>
    public string AllTags => string.Join("\n",
        Activities.Select(a => a.DisplayName + " " + a.StatusDescription + " " + string.Join(" ", a.TagObjects.Select(t => t.Key + "=" + t.Value)) +
                               string.Join(" ", a.Events.SelectMany(e => e.Tags.Select(t => t.Key + "=" + t.Value))))
            .Concat(Measurements.Select(m => m.Instrument + " " + string.Join(" ", m.Tags.Select(t => t.Key + "=" + t.Value)))));

    /// <summary>Starts the test's root activity: what the SDK does until it is disposed is recorded.</summary>
    public Activity Root(string name = "PaymentSdk.Tests.Telemetry")
    {
        // Not from a source, so it exists whoever listens; the SDK's activities become its children.
        var root = new Activity(name).Start();
        _rootId = root.RootId;
        return root;
    }

    public void Dispose()
    {
        _activities.Dispose();
        _meters.Dispose();
    }

    private void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        if (Activity.Current?.RootId == _rootId)
            Measurements.Enqueue((instrument.Name, Convert.ToDouble(value), new Dictionary<string, object?>(tags.ToArray())));
    }
}
