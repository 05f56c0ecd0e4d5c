using PaymentSdk.Sandbox;

// The sandbox as a standalone server: dotnet run --project src/PaymentSdk.Sandbox -- --port 5080
return await SandboxCommandLine.RunAsync(args, Console.Out, Console.Error);
