using BenchmarkDotNet.Running;
using PaymentSdk.Benchmarks;

// dotnet run -c Release --project tests/PaymentSdk.Benchmarks -- --filter '*'        BenchmarkDotNet suites
// dotnet run -c Release --project tests/PaymentSdk.Benchmarks -- --throughput        calls/s, SDK beside a bare client
// dotnet run -c Release --project tests/PaymentSdk.Benchmarks -- --paging-memory     peak memory against pages walked
// dotnet run -c Release --project tests/PaymentSdk.Benchmarks -- --by-type           typed reading ÷ JsonDocument, model by model
// dotnet run -c Release --project tests/PaymentSdk.Benchmarks -- --write-page <file>     the page every benchmark answers, for paymentjs/compare.mjs
// dotnet run -c Release --project tests/PaymentSdk.Benchmarks -- --oversize          peak memory of answers of 1 GB and more, with the default options
// dotnet run -c Release --project tests/PaymentSdk.Benchmarks -- --list-cpu [calls] [rounds]   CPU time and bytes of one list call, no socket
// dotnet run -c Release --project tests/PaymentSdk.Benchmarks -- --ab-list <bin A> <bin B> [rounds] [calls]   two builds in one process, call by call
if (args.Length > 0 && args[0] == "--throughput") return await Throughput.RunAsync(args[1..]);
if (args.Length > 1 && args[0] == "--write-page")
{
    await File.WriteAllBytesAsync(args[1], BenchmarkData.Page());
    return 0;
}
if (args.Length > 0 && args[0] == "--paging-memory") return await PagingMemory.RunAsync();
if (args.Length > 0 && args[0] == "--oversize") return await Oversize.RunAsync();
if (args.Length > 0 && args[0] == "--list-cpu") return await ListCpu.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == "--ab-list") return await AbList.RunAsync(args[1..]);
if (args.Length > 1 && args[0] == "--oversize-case") return await Oversize.RunCaseAsync(args[1]);
if (args.Length > 0 && args[0] == "--by-type") return DeserializeByType.Run();
BenchmarkSwitcher.FromAssembly(typeof(DeserializeBenchmarks).Assembly).Run(args);
return 0;
