using PaymentSdk.Samples.InvoicesExport;

// Ctrl+C stops the export cleanly (the partial file is removed); a second Ctrl+C ends the process.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    if (cancellation.IsCancellationRequested) return;
    e.Cancel = true;
    cancellation.Cancel();
};

return await ExportCommand.RunAsync(
    args,
    Console.Out,
    Console.Error,
    Environment.GetEnvironmentVariable,
    interactive: !Console.IsOutputRedirected,
    cancellation.Token);
