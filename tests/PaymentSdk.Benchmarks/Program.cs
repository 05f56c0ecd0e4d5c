using BenchmarkDotNet.Running;
using PaymentSdk.Benchmarks;

// dotnet run -c Release --project tests/PaymentSdk.Benchmarks -- --filter '*'        BenchmarkDotNet suites
// dotnet run -c Release --project tests/PaymentSdk.Benchmarks -- --throughput        calls/s, SDK beside a bare client
// dotnet run -c Release --project tests/PaymentSdk.Benchmarks -- --paging-memory     peak memory against pages walked
// dotnet run -c Release --project tests/PaymentSdk.Benchmarks -- --by-type           typed reading ÷ JsonDocument, model by model
if (args.Length > 0 && args[0] == "--throughput") return await Throughput.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == "--paging-memory") return await PagingMemory.RunAsync();
if (args.Length > 0 && args[0] == "--by-type") return DeserializeByType.Run();
BenchmarkSwitcher.FromAssembly(typeof(DeserializeBenchmarks).Assembly).Run(args);
return 0;
