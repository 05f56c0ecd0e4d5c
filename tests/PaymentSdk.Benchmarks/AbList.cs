using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Runtime.Loader;

namespace PaymentSdk.Benchmarks;

/// <summary>
/// Two builds of the SDK side by side in one process, each in an <see cref="AssemblyLoadContext"/> of its own (its
/// <c>PaymentSdk.dll</c> and dependencies from its folder), making list calls of a page of 100 invoices over an
/// in-memory handler in alternation, call by call: whatever the host does (a shared machine's steal drifts by tens
/// of percent over minutes) it does to both, so their ratio is what the builds differ by. Prints the time per call
/// (wall time: the calls run one at a time) for each, the ratio of the two in each round, and the median ratio.
/// </summary>
internal static class AbList
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 2) throw new ArgumentException("--ab-list <folder of build A> <folder of build B> [rounds] [calls per round]");
        var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
        var calls = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 50;
        var page = BenchmarkData.Page();
        var a = Build.Load(args[0], page);
        var b = Build.Load(args[1], page);
        Console.WriteLine($"A: {a.Version}; B: {b.Version}");
        for (var i = 0; i < 50; i++)
        {
            await a.ListAsync();
            await b.ListAsync();
        }
        var ratios = new List<double>();
        double totalA = 0, totalB = 0;
        for (var round = 0; round < rounds; round++)
        {
            double roundA = 0, roundB = 0;
            for (var i = 0; i < calls; i++)
            {
                // Which goes first alternates, so neither always runs on a warmer cache.
                if ((i & 1) == 0)
                {
                    roundA += await a.TimedListAsync();
                    roundB += await b.TimedListAsync();
                }
                else
                {
                    roundB += await b.TimedListAsync();
                    roundA += await a.TimedListAsync();
                }
            }
            ratios.Add(roundB / roundA);
            totalA += roundA;
            totalB += roundB;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round + 1,2}: A {roundA / calls:0.000} ms, B {roundB / calls:0.000} ms per call, B ÷ A {roundB / roundA:0.000}"));
        }
        ratios.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"A {args[0]}: {totalA / (rounds * calls):0.000} ms; B {args[1]}: {totalB / (rounds * calls):0.000} ms per call; B ÷ A median of {rounds} rounds {ratios[rounds / 2]:0.000} (range {ratios[0]:0.000}–{ratios[^1]:0.000})"));
        return 0;
    }

    /// <summary>One build of the SDK, loaded apart, with a client over the in-memory page.</summary>
    private sealed class Build
    {
        private readonly object _invoices;

        /// <summary>The loaded build's informational version and where it came from, to see that A and B differ.</summary>
        public string Version { get; private init; } = "";
        private readonly MethodInfo _list;
        private readonly object _options;

        private Build(object invoices, MethodInfo list, object options)
        {
            _invoices = invoices;
            _list = list;
            _options = options;
        }

        public static Build Load(string folder, byte[] page)
        {
            var context = new FolderLoadContext(Path.GetFullPath(folder));
            var sdk = context.LoadFromAssemblyPath(Path.Combine(context.Folder, "PaymentSdk.dll"));
            var optionsType = sdk.GetType("PaymentSdk.PaymentClientOptions", throwOnError: true)!;
            var clientOptions = Activator.CreateInstance(optionsType)!;
            optionsType.GetProperty("BaseUrl")!.SetValue(clientOptions, new Uri("https://payment.test/"));
            optionsType.GetProperty("LiveMode")!.SetValue(clientOptions, false);
            var client = Activator.CreateInstance(sdk.GetType("PaymentSdk.PaymentClient", throwOnError: true)!, clientOptions, new PageHandler(page))!;
            var invoices = client.GetType().GetProperty("Invoices")!.GetValue(client)!;
            var listOptionsType = sdk.GetType("PaymentSdk.InvoiceListOptions", throwOnError: true)!;
            var listOptions = Activator.CreateInstance(listOptionsType)!;
            listOptionsType.GetProperty("PageSize")!.SetValue(listOptions, BenchmarkData.PageSize);
            var list = invoices.GetType().GetInterfaces().Select(i => i.GetMethod("ListAsync")).First(m => m is not null)!;
            var version = sdk.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "?";
            return new Build(invoices, list, listOptions) { Version = $"PaymentSdk {version} from {sdk.Location}" };
        }

        public Task ListAsync() => (Task)_list.Invoke(_invoices, [_options, CancellationToken.None])!;

        /// <summary>One call, in milliseconds (the calls run one at a time, so wall time is the call's).</summary>
        public async Task<double> TimedListAsync()
        {
            var started = Stopwatch.GetTimestamp();
            await ListAsync();
            return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
    }

    /// <summary>Loads from one folder what it holds, and leaves the rest (the framework) to the default context.</summary>
    private sealed class FolderLoadContext(string folder) : AssemblyLoadContext(isCollectible: false)
    {
        public string Folder { get; } = folder;

        // The shared framework's assemblies, so that both builds use the default context's (HttpMessageHandler is one type).
        private static readonly HashSet<string> Framework = new(
            (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "").Split(Path.PathSeparator)
                .Where(p => p.Contains("Microsoft.NETCore.App", StringComparison.Ordinal)).Select(Path.GetFileNameWithoutExtension)!,
            StringComparer.Ordinal);

        protected override Assembly? Load(AssemblyName name)
        {
            var path = Path.Combine(Folder, name.Name + ".dll");
            return name.Name is { } n && !Framework.Contains(n) && File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }

    private sealed class PageHandler(byte[] page) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new ByteArrayContent(page);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }
}
