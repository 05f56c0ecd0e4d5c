using Invoices.Webhooks;

// Receives Payment Kit's events: dotnet run --project samples/Invoices.Webhooks
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
return await WebhooksSample.RunAsync(args, Console.Out, Environment.GetEnvironmentVariable, stop.Token);
