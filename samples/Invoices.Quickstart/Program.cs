using Invoices.Quickstart;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
return await Quickstart.RunAsync(args, Console.Out, Environment.GetEnvironmentVariable, cancel.Token);
