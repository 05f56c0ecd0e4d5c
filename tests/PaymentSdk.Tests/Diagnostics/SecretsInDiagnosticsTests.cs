using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using PaymentSdk.Diagnostics;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Diagnostics;

/// <summary>
/// Everything the SDK writes about a call — every log line at every level, every tag of its activities and
/// measurements, and the exception the caller gets — holds no credential, on every way an attempt can end and with
/// either kind of credential. The credentials are read from what the transport really sent, attempt by attempt.
/// </summary>
public sealed class SecretsInDiagnosticsTests
{
    private const string AccessKey = "blocklet-zSecretAccessKey0123456789abcdef";
    private const string ComponentDid = "zNKhe8jwgNZX2z7ZUfwNddNECxSe3wyg7VtS";
    private static readonly Regex AttemptLine = new(@" attempt \d+ (answered|failed) ");

    /// <summary>How the attempts of the call end.</summary>
    public enum Outcome
    {
        Answered200,
        Answered404,
        Answered503UntilTheLastRetry,
        Answered503ThenRetriedTo200,
        Reset,
        ReadThenClose,
        AttemptTimeout,
        Refused,
        CancelledByTheCaller,
    }

    public enum Credential { AccessKey, ComponentSignature }

    public static TheoryData<Outcome, Credential, string> Cases()
    {
        var cases = new TheoryData<Outcome, Credential, string>();
        foreach (var outcome in Enum.GetValues<Outcome>())
        foreach (var credential in Enum.GetValues<Credential>())
        foreach (var operation in new[] { "retrieve", "void" })
            cases.Add(outcome, credential, operation);
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task No_credential_reaches_a_log_line_a_tag_or_the_exception(Outcome outcome, Credential credential, string operation)
    {
        using var server = Server(outcome);
        var logs = new CapturingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var options = new PaymentClientOptions
        {
            BaseUrl = server is null ? RefusingAddress.Create() : server.BaseUrl("payment"),
            LiveMode = false,
            LoggerFactory = loggerFactory,
            Retry =
            {
                MaxRetries = 2, InitialDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5),
                AttemptTimeout = outcome == Outcome.AttemptTimeout ? TimeSpan.FromMilliseconds(300) : TimeSpan.FromSeconds(20),
            },
        };
        if (credential == Credential.AccessKey) options.AccessKey = AccessKey;
        else options.Authenticator = PaymentAuthenticator.ComponentSignature(ComponentDid, SignatureVectors.SecretKey);
        var transport = new RecordingTransport();
        using var payment = new PaymentClient(options, transport);
        using var telemetry = new TelemetryRecorder();

        using var cancel = new CancellationTokenSource();
        if (outcome == Outcome.CancelledByTheCaller) cancel.CancelAfter(300);
        Exception? failure = null;
        using (telemetry.Root())
        {
            try
            {
                if (operation == "void") await payment.Invoices.VoidAsync("inv_1", cancel.Token);
                else await payment.Invoices.RetrieveAsync("inv_1", cancel.Token);
            }
            catch (Exception e)
            {
                failure = e;
            }
        }

        // The case really happened: attempts were sent with credentials, and the SDK wrote about each of them.
        // A 503 to void may have acted, so only retrieve is retried to the 200.
        Assert.Equal(outcome is Outcome.Answered200 || (outcome is Outcome.Answered503ThenRetriedTo200 && operation == "retrieve"), failure is null);
        Assert.NotEmpty(transport.SentCredentials);
        Assert.Equal(transport.Attempts, logs.Lines.Count(l => l.Category == PaymentTelemetry.Name && AttemptLine.IsMatch(l.Message)));
        Assert.Equal(transport.Attempts, telemetry.Activities.Count(a => a.Kind == ActivityKind.Client));
        var written = new StringBuilder()
            .AppendLine(logs.AllText)
            .AppendLine(telemetry.AllTags)
            .AppendLine(failure?.ToString())
            .AppendLine(failure is PaymentApiException api ? api.RawBody + " " + api.ServerMessage : null)
            .ToString();
        var secrets = transport.SentCredentials.Append(credential == Credential.AccessKey ? AccessKey : SignatureVectors.SecretKey[2..]);
        foreach (var secret in secrets)
        {
            // Any 24 characters of it would be a leak: compare a prefix too, in any case (hex may be printed upper-case).
            var leaked = written.Split('\n').FirstOrDefault(line => line.Contains(secret[..Math.Min(24, secret.Length)], StringComparison.OrdinalIgnoreCase));
            Assert.True(leaked is null, $"A credential ({secret[..8]}…) was written for {outcome}: {leaked}");
        }
    }

    /// <summary>The server that makes the outcome happen; null for a refused connection.</summary>
    private static FaultServer? Server(Outcome outcome)
    {
        var invoice = TestFiles.ResponseBody("invoice-with-discount.json");
        var answered = 0;
        return outcome switch
        {
            Outcome.Answered200 => new FaultServer(RawAnswers.Json(200, invoice)),
            Outcome.Answered404 => new FaultServer(RawAnswers.Json(404, """{"error":"Invoice not found"}""")),
            Outcome.Answered503UntilTheLastRetry => new FaultServer(RawAnswers.Json(503, """{"error":"busy"}""")),
            Outcome.Answered503ThenRetriedTo200 => new FaultServer((request, stream, ct) =>
                Interlocked.Increment(ref answered) == 1 ? RawAnswers.Json(503, """{"error":"busy"}""")(request, stream, ct) : RawAnswers.Json(200, invoice)(request, stream, ct)),
            Outcome.Reset => new FaultServer(ConnectionFault.Reset),
            Outcome.ReadThenClose => new FaultServer(ConnectionFault.ReadThenClose),
            Outcome.AttemptTimeout or Outcome.CancelledByTheCaller => new FaultServer((_, _, ct) => Task.Delay(Timeout.Infinite, ct)),
            Outcome.Refused => null,
            _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
        };
    }

    /// <summary>The transport under the SDK's handlers: notes the credential headers of each attempt, as they were sent.</summary>
    private sealed class RecordingTransport() : DelegatingHandler(new SocketsHttpHandler { AllowAutoRedirect = false })
    {
        private int _attempts;

        public ConcurrentQueue<string> SentCredentials { get; } = new();

        public int Attempts => _attempts;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _attempts);
            foreach (var name in new[] { "Authorization", "x-component-sig" })
                if (request.Headers.TryGetValues(name, out var values))
                    foreach (var value in values) SentCredentials.Enqueue(value.StartsWith("Bearer ", StringComparison.Ordinal) ? value[7..] : value);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
