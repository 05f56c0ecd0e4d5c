using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PaymentSdk.Tests.Infrastructure;

/// <summary>
/// Keeps every log line of every category, at every level, as text; and, for tests that look for what must never be
/// logged, everything else a logger was handed: each line's structured values, its exception, and every scope.
/// </summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _everything = new();

    public ConcurrentQueue<(string Category, LogLevel Level, string Message)> Lines { get; } = new();

    /// <summary>Every line, its structured values and exception, and every scope opened, as one text.</summary>
    public string AllText => string.Join("\n", _everything);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private static string Values(object? state) =>
        state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => p.Key + "=" + p.Value)) : state?.ToString() ?? "";

    private sealed class Logger(CapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            provider._everything.Enqueue($"scope {category}: {Values(state)}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception) + (exception is null ? "" : " " + exception);
            provider.Lines.Enqueue((category, logLevel, message));
            provider._everything.Enqueue($"{logLevel} {category} {eventId}: {message} [{Values(state)}]");
        }
    }
}
