using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;
using PaymentSdk.Samples.InvoicesExport;
using PaymentSdk.Sandbox;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Samples;

/// <summary>A sandbox of our own, to ask the SDK what the export should contain (read only: every sandbox starts from the same seed).</summary>
public sealed class ExportSandboxFixture : IAsyncLifetime
{
    public PaymentSandbox Sandbox { get; private set; } = null!;

    public PaymentClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Sandbox = await PaymentSandbox.StartAsync();
        Client = new PaymentClient(new PaymentClientOptions { BaseUrl = Sandbox.BaseUrl, LiveMode = false });
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Sandbox.DisposeAsync();
    }
}

/// <summary>
/// samples/Invoices.Export run as a user runs it (against the in-process sandbox, as with no
/// PAYMENT_KIT_URL), its CSV parsed back and compared with what the SDK itself reports.
/// </summary>
public sealed partial class ExportTests(ExportSandboxFixture fixture) : IClassFixture<ExportSandboxFixture>, IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("invoices-export-");

    private IInvoiceService Sdk => fixture.Client.Invoices;

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public async Task Exports_every_invoice_once_with_a_progress_line_per_page()
    {
        var path = OutputPath();

        var run = await ExportAsync("--page-size", "37", "--output", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var rows = ReadCsv(path);
        var expected = await CountAsync(new InvoiceListOptions());
        Assert.True(expected > 100, $"the sandbox should hold over 100 test-mode invoices, not {expected}");
        Assert.Equal(expected, rows.Count);
        Assert.Equal(rows.Count, rows.Select(r => r["id"]).Distinct(StringComparer.Ordinal).Count());

        // The same invoices, in the same order, as the SDK's own auto-paging gives.
        var ids = new List<string>();
        await foreach (var invoice in Sdk.ListAutoPagingAsync(new InvoiceListOptions { PageSize = 100 }))
            ids.Add(invoice.Id);
        Assert.Equal(ids, rows.Select(r => r["id"]));

        // One plain line per page of 37 (not a progress bar: the writer is not a terminal), the last one short.
        var progress = ProgressLine().Matches(run.Output).Select(m => (Done: int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Of: int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();
        var pages = (expected + 36) / 37;
        Assert.Equal(Enumerable.Range(1, pages).Select(p => Math.Min(p * 37, expected)), progress.Select(p => p.Done));
        Assert.All(progress, p => Assert.Equal(expected, p.Of));
        Assert.StartsWith("Exporting invoices from the offline sandbox at http://127.0.0.1:", run.Output, StringComparison.Ordinal);
        Assert.Contains($"Wrote {expected} invoices to {path}", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_column_holds_the_invoice_as_the_SDK_reads_it()
    {
        var path = OutputPath();

        var run = await ExportAsync("--include-staking", "--include-return-staking", "--output", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(InvoiceCsv.Columns, ReadHeader(path));
        var rows = ReadCsv(path).ToDictionary(r => r["id"], StringComparer.Ordinal);
        var seen = 0;
        await foreach (var invoice in Sdk.ListAutoPagingAsync(new InvoiceListOptions { IncludeStaking = true, IncludeReturnStaking = true, PageSize = 100 }))
        {
            var row = rows[invoice.Id];
            var currency = invoice.PaymentCurrency!;
            Assert.Equal(invoice.Number, row["number"]);
            Assert.Equal(invoice.Status, row["status"]);
            Assert.Equal(invoice.BillingReason, row["billing_reason"]);
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", row["created_at"]);
            Assert.Equal(invoice.CreatedAt!.Value.ToUnixTimeMilliseconds(), DateTimeOffset.Parse(row["created_at"], CultureInfo.InvariantCulture).ToUnixTimeMilliseconds());
            Assert.Equal(invoice.CustomerId, row["customer_id"]);
            Assert.Equal(invoice.Customer!.Name, row["customer_name"]);
            Assert.Equal(invoice.Customer.Email, row["customer_email"]);
            Assert.Equal(invoice.CurrencyId, row["currency_id"]);
            Assert.Equal(currency.Symbol, row["currency"]);
            Assert.Equal(invoice.Total.Value, row["total_raw"]);
            Assert.Equal(invoice.Total, Amount.FromDecimalString(row["total"], currency.Decimal));
            Assert.Equal(invoice.AmountPaid, Amount.FromDecimalString(row["amount_paid"], currency.Decimal));
            Assert.Equal(invoice.AmountDue, Amount.FromDecimalString(row["amount_due"], currency.Decimal));
            Assert.Equal(invoice.AmountRemaining, Amount.FromDecimalString(row["amount_remaining"], currency.Decimal));
            Assert.Equal(invoice.Description ?? "", row["description"]);
            seen++;
        }
        Assert.Equal(seen, rows.Count);
        // Amounts beyond 2^64 survive exactly (token amounts with 18 decimals).
        Assert.Contains(rows.Values, r => BigInteger.Parse(r["total_raw"], CultureInfo.InvariantCulture) > ulong.MaxValue);
    }

    public static TheoryData<string, Func<string[], bool>> Filters => new()
    {
        { "--status paid", row => row[0] == "paid" },
        { "--status open,uncollectible --include-staking", row => row[0] is "open" or "uncollectible" },
        { "--status PAID,void --ignore-zero", row => row[0] is "paid" or "void" && row[2] != "0" },
        { "--ignore-zero --include-staking --include-return-staking", row => row[2] != "0" },
        { "--include-staking --exclude-overdraft-protection", row => row[1] is not ("overdraft_protection" or "stake_overdraft_protection") },
        { "--include-staking", row => true },
        { "--include-return-staking", row => true },
        { "--metadata channel=web", row => true },
        { "--metadata channel=api --metadata order_id=nothing", row => true },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Filters_reach_the_server_and_are_honoured(string commandLine, Func<string[], bool> holds)
    {
        var path = OutputPath();

        var run = await ExportAsync([.. commandLine.Split(' '), "--output", path]);

        Assert.Equal(0, run.ExitCode);
        var rows = ReadCsv(path);
        Assert.Equal(await CountAsync(ListOptionsFor(commandLine)), rows.Count);
        Assert.All(rows, row => Assert.True(holds([row["status"], row["billing_reason"], row["total_raw"]]), $"{commandLine} let {row["id"]} through"));
        Assert.Equal(rows.Count, rows.Select(r => r["id"]).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Status_filter_leaves_out_the_other_statuses()
    {
        var all = await CountAsync(new InvoiceListOptions());
        var path = OutputPath();

        var run = await ExportAsync("--status", "paid", "--output", path);

        Assert.Equal(0, run.ExitCode);
        var rows = ReadCsv(path);
        Assert.NotEmpty(rows);
        Assert.True(rows.Count < all);
        Assert.All(rows, row => Assert.Equal("paid", row["status"]));
    }

    [Fact]
    public async Task Customer_subscription_and_currency_filters_are_honoured()
    {
        var sample = (await Sdk.ListAsync(new InvoiceListOptions { PageSize = 100 })).List.First(i => i.SubscriptionId is not null);
        var customer = sample.Customer!;
        var cases = new (string[] Args, InvoiceListOptions Options, Func<Dictionary<string, string>, bool> Holds)[]
        {
            (["--customer-id", customer.Id], new() { CustomerId = customer.Id }, r => r["customer_id"] == customer.Id),
            (["--customer-did", customer.Did], new() { CustomerDid = customer.Did }, r => r["customer_id"] == customer.Id),
            (["--subscription-id", sample.SubscriptionId!, "--include-recovered-from"], new() { SubscriptionId = sample.SubscriptionId, IncludeRecoveredFrom = true }, r => r["customer_id"] == customer.Id),
            (["--currency-id", sample.CurrencyId, "--status", "paid,open"], new() { CurrencyId = sample.CurrencyId, Status = "paid,open" }, r => r["currency_id"] == sample.CurrencyId && r["status"] is "paid" or "open"),
        };

        foreach (var (args, options, holds) in cases)
        {
            var path = OutputPath();
            var run = await ExportAsync([.. args, "--output", path]);

            Assert.Equal(0, run.ExitCode);
            var rows = ReadCsv(path);
            Assert.NotEmpty(rows);
            Assert.Equal(await CountAsync(options), rows.Count);
            Assert.All(rows, row => Assert.True(holds(row), $"{string.Join(' ', args)} let {row["id"]} through"));
        }
    }

    [Fact]
    public async Task Totals_per_currency_are_the_exact_sums_of_the_csv()
    {
        var path = OutputPath();

        var run = await ExportAsync("--include-staking", "--include-return-staking", "--page-size", "64", "--output", path);

        Assert.Equal(0, run.ExitCode);
        var rows = ReadCsv(path);
        var printed = TotalLine().Matches(run.Output).ToDictionary(m => m.Groups["label"].Value, m => (Amount: m.Groups["amount"].Value, Count: int.Parse(m.Groups["count"].Value, CultureInfo.InvariantCulture)));
        var byCurrency = rows.GroupBy(r => (Id: r["currency_id"], Symbol: r["currency"])).ToList();
        Assert.True(byCurrency.Count >= 2, "the sandbox has invoices in more than one currency");
        Assert.Equal(byCurrency.Select(g => g.Key.Symbol).Order(StringComparer.Ordinal), printed.Keys.Order(StringComparer.Ordinal));
        foreach (var group in byCurrency)
        {
            var sum = group.Aggregate(BigInteger.Zero, (total, row) => total + BigInteger.Parse(row["total_raw"], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
            var decimals = (await Sdk.ListAsync(new InvoiceListOptions { CurrencyId = group.Key.Id, PageSize = 1 })).List.Single().PaymentCurrency!.Decimal;
            var (amount, count) = printed[group.Key.Symbol];
            Assert.Equal(sum, Amount.FromDecimalString(amount, decimals).ToBigInteger());
            Assert.Equal(group.Count(), count);
        }
        Assert.Contains(byCurrency, g => g.Aggregate(BigInteger.Zero, (sum, r) => sum + BigInteger.Parse(r["total_raw"], CultureInfo.InvariantCulture)) > ulong.MaxValue);
    }

    [Fact]
    public async Task Search_exports_what_the_SDK_search_finds()
    {
        const string query = "Alice";
        var expected = new List<string>();
        await foreach (var invoice in Sdk.SearchAutoPagingAsync(new InvoiceSearchOptions { Query = query, PageSize = 100 }))
            expected.Add(invoice.Id);
        var path = OutputPath();

        var run = await ExportAsync("--search", query, "--page-size", "3", "--output", path);

        Assert.Equal(0, run.ExitCode);
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < await CountAsync(new InvoiceListOptions()), "a search finds fewer invoices than there are");
        Assert.Equal(expected, ReadCsv(path).Select(r => r["id"]));
        Assert.Contains($"exported {expected.Count} of {expected.Count} invoices", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_that_finds_nothing_writes_the_header_only()
    {
        var path = OutputPath();

        var run = await ExportAsync("--search", "no invoice has this text", "--output", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(InvoiceCsv.Columns, ReadHeader(path));
        Assert.Empty(ReadCsv(path));
        Assert.Contains("(no invoices)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Wrote 0 invoices", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_dash_writes_the_csv_alone_to_standard_output()
    {
        var run = await ExportAsync("--status", "void", "--output", "-");

        Assert.Equal(0, run.ExitCode);
        var rows = ParseCsv(run.Output);
        Assert.Equal(InvoiceCsv.Columns, rows[0]);
        Assert.Equal(await CountAsync(new InvoiceListOptions { Status = "void" }), rows.Count - 1);
        Assert.All(rows.Skip(1), row => Assert.Equal("void", row[2]));
        Assert.Contains("Totals per currency", run.Error, StringComparison.Ordinal); // the messages moved to standard error
    }

    [Fact]
    public async Task An_interactive_run_shows_a_progress_bar_and_writes_the_same_file()
    {
        var path = OutputPath();

        // A terminal, forced: the output is a StringWriter, but TERM says what a terminal would.
        var run = await ExportAsync(interactive: true, name => name == "TERM" ? "xterm-256color" : null, "--status", "open", "--output", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(await CountAsync(new InvoiceListOptions { Status = "open" }), ReadCsv(path).Count);
        Assert.DoesNotMatch(ProgressLine(), run.Output); // no plain per-page lines: Spectre.Console drew the progress
        Assert.Contains('\u001b', run.Output); // drawn with ANSI escapes, as on a terminal
        Assert.Contains("100%", run.Output, StringComparison.Ordinal); // the finished bar, with the final count
        Assert.Contains("Totals per currency", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_existing_file_is_replaced_only_when_the_export_completes()
    {
        var path = OutputPath();
        await File.WriteAllTextAsync(path, "previous export");

        var run = await ExportAsync("--status", "draft", "--output", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(await CountAsync(new InvoiceListOptions { Status = "draft" }), ReadCsv(path).Count);
        Assert.Equal([Path.GetFileName(path)], _directory.GetFiles().Select(f => f.Name)); // no partial file left behind
    }

    [Fact]
    public async Task A_Payment_Kit_error_exits_1_and_leaves_the_existing_file_alone()
    {
        // A Payment Kit that wants an access key, reached through PAYMENT_KIT_URL with the wrong one.
        var options = new PaymentSandboxOptions();
        options.AccessKeys.Add("ak_right");
        await using var locked = await PaymentSandbox.StartAsync(options);
        var environment = new Dictionary<string, string>
        {
            ["PAYMENT_KIT_URL"] = locked.BaseUrl.ToString(),
            ["PAYMENT_KIT_ACCESS_KEY"] = "ak_wrong",
        };
        var path = OutputPath();
        await File.WriteAllTextAsync(path, "previous export");

        var run = await ExportAsync(false, name => environment.GetValueOrDefault(name), "--output", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Payment Kit call failed", run.Error, StringComparison.Ordinal);
        Assert.Contains(locked.BaseUrl.ToString(), run.Output, StringComparison.Ordinal);
        Assert.Equal("previous export", await File.ReadAllTextAsync(path));
        Assert.Single(_directory.GetFiles());
    }

    [Fact]
    public async Task A_real_Payment_Kit_named_by_PAYMENT_KIT_URL_is_used()
    {
        var environment = new Dictionary<string, string> { ["PAYMENT_KIT_URL"] = fixture.Sandbox.BaseUrl.ToString() };
        var path = OutputPath();

        var run = await ExportAsync(false, name => environment.GetValueOrDefault(name), "--status", "uncollectible", "--output", path);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"Exporting invoices from Payment Kit at {fixture.Sandbox.BaseUrl}", run.Output, StringComparison.Ordinal);
        // Against a real Payment Kit the mode is the SDK's default (live, unless the process environment says test mode).
        var liveMode = run.Output.Contains("(live mode", StringComparison.Ordinal);
        using var client = new PaymentClient(new PaymentClientOptions { BaseUrl = fixture.Sandbox.BaseUrl, LiveMode = liveMode });
        var expected = (await client.Invoices.ListAsync(new InvoiceListOptions { Status = "uncollectible", PageSize = 1 })).Count;
        var rows = ReadCsv(path);
        Assert.NotEmpty(rows);
        Assert.Equal(expected, rows.Count);
        Assert.All(rows, row => Assert.Equal("uncollectible", row["status"]));
    }

    [Fact]
    public async Task A_malformed_PAYMENT_KIT_URL_exits_2_naming_it()
    {
        var path = OutputPath();

        var run = await ExportAsync(false, name => name == "PAYMENT_KIT_URL" ? "payment.example" : null, "--output", path);

        Assert.Equal(ExportCommand.UsageError, run.ExitCode);
        Assert.Contains("PAYMENT_KIT_URL must be an absolute URL", run.Error, StringComparison.Ordinal);
        Assert.Empty(_directory.GetFiles());
    }

    [Fact]
    public async Task Cancelling_exits_130_and_writes_no_file()
    {
        var path = OutputPath();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await ExportCommand.RunAsync(["--output", path], output, error, _ => null, interactive: false, cancelled.Token);

        Assert.Equal(ExportCommand.Cancelled, exitCode);
        Assert.Contains("Cancelled", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(_directory.GetFiles());
    }

    [Fact]
    public async Task Help_explains_every_option_and_exports_nothing()
    {
        var path = OutputPath();

        var run = await ExportAsync("--help", "--output", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        string[] options =
        [
            "--status", "--customer-id", "--customer-did", "--subscription-id", "--currency-id", "--ignore-zero",
            "--include-staking", "--include-return-staking", "--exclude-overdraft-protection", "--include-recovered-from",
            "--metadata", "--search", "--page-size", "--output", "--help",
        ];
        foreach (var option in options)
            Assert.Matches(new Regex($@"^\s+(-\S+, )*{Regex.Escape(option)}\b.*\S", RegexOptions.Multiline), run.Output);
        Assert.Contains("PAYMENT_KIT_URL", run.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    public static TheoryData<string, string> BadOptions => new()
    {
        { "--page-size 0", "--page-size" },
        { "--page-size 101", "--page-size" },
        { "--page-size ten", "--page-size" },
        { "--page-size", "--page-size" },
        { "--metadata novalue", "--metadata" },
        { "--metadata =value", "--metadata" },
        { "--metadata a=1 --metadata a=2", "--metadata" },
        { "--status payd", "--status" },
        { "--status paid,,open", "--status" },
        { "--customer-id", "--customer-id" },
        { "--search x --status paid", "--search" },
        { "--search x --metadata a=b", "--metadata" },
        { "--colour red", "--colour" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public async Task Bad_options_exit_2_naming_the_option_before_connecting(string commandLine, string option)
    {
        var path = OutputPath();

        var run = await ExportAsync([.. commandLine.Split(' '), "--output", path]);

        Assert.Equal(ExportCommand.UsageError, run.ExitCode);
        Assert.Contains(option, run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output); // no "Exporting invoices from": nothing was started or sent
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task A_blank_option_value_is_refused()
    {
        var run = await ExportAsync("--customer-did", " ", "--output", OutputPath());

        Assert.Equal(ExportCommand.UsageError, run.ExitCode);
        Assert.Contains("--customer-did cannot be empty", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_the_SDK_refuses_is_reported_as_the_option_and_nothing_is_written()
    {
        var path = OutputPath();

        var run = await ExportAsync("--metadata", new string('k', 41) + "=v", "--output", path);

        Assert.Equal(ExportCommand.UsageError, run.ExitCode);
        Assert.Contains("--metadata:", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", run.Error, StringComparison.Ordinal);
        Assert.Empty(_directory.GetFiles());
    }

    [Fact]
    public async Task An_output_path_that_cannot_be_written_exits_2()
    {
        var run = await ExportAsync("--output", Path.Combine(_directory.FullName, "missing", "invoices.csv"));

        Assert.Equal(ExportCommand.UsageError, run.ExitCode);
        Assert.Contains("--output", run.Error, StringComparison.Ordinal);

        run = await ExportAsync("--output", _directory.FullName);

        Assert.Equal(ExportCommand.UsageError, run.ExitCode);
        Assert.Contains("is a directory", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("\"", "\"\"\"\"")]
    [InlineData("line\r\nbreak", "\"line\r\nbreak\"")]
    [InlineData("cr\ronly", "\"cr\ronly\"")]
    [InlineData("lf\nonly", "\"lf\nonly\"")]
    [InlineData(" spaced ", " spaced ")]
    [InlineData("Kraków; Novák", "Kraków; Novák")]
    public void Csv_quotes_a_field_only_when_it_must(string? value, string expected) =>
        Assert.Equal(expected, Csv.Escape(value));

    [Fact]
    public async Task Csv_rows_round_trip_through_an_RFC_4180_reader()
    {
        var invoice = new InvoiceExpanded
        {
            Id = "in_1",
            Number = "ABC-0001",
            Status = "paid",
            BillingReason = "manual",
            CreatedAt = new DateTimeOffset(2026, 5, 31, 23, 30, 0, 250, TimeSpan.FromHours(-2)),
            CustomerId = "cus_1",
            CustomerName = "O'Brien, \"Bob\"",
            CustomerEmail = "bob@example.com",
            CurrencyId = "pc_abt",
            Total = Amount.Parse("12345678901234567890123"),
            AmountPaid = Amount.Parse("12345678901234567890123"),
            AmountDue = Amount.Parse("12345678901234567890123"),
            AmountRemaining = Amount.Zero,
            Description = "Seats, storage\r\nand \"extras\"\nline three",
            PaymentCurrency = new PaymentCurrency { Id = "pc_abt", Symbol = "ABT", Decimal = 18 },
        };
        var writer = new StringWriter();

        await InvoiceCsv.WriteHeaderAsync(writer);
        await InvoiceCsv.WriteRowAsync(writer, invoice);

        var text = writer.ToString();
        Assert.Contains("\"O'Brien, \"\"Bob\"\"\"", text, StringComparison.Ordinal);
        var records = ParseCsv(text);
        Assert.Equal(2, records.Count);
        var row = InvoiceCsv.Columns.Zip(records[1]).ToDictionary(p => p.First, p => p.Second);
        Assert.Equal("O'Brien, \"Bob\"", row["customer_name"]);
        Assert.Equal(invoice.Description, row["description"]);
        Assert.Equal("2026-06-01T01:30:00.250Z", row["created_at"]);
        Assert.Equal("12345.678901234567890123", row["total"]);
        Assert.Equal("12345678901234567890123", row["total_raw"]);
        Assert.Equal("0", row["amount_remaining"]);
        Assert.Equal("ABT", row["currency"]);
    }

    [Fact]
    public async Task Totals_are_exact_beyond_the_range_of_a_double()
    {
        var abt = new PaymentCurrency { Id = "pc_abt", Symbol = "ABT", Decimal = 18 };
        var usdc = new PaymentCurrency { Id = "pc_usdc", Symbol = "USDC", Decimal = 6 };
        var totals = new CurrencyTotals();
        totals.Add(new InvoiceExpanded { Id = "in_1", CurrencyId = abt.Id, PaymentCurrency = abt, Total = Amount.Parse("1000000000000000000000000000001") });
        totals.Add(new InvoiceExpanded { Id = "in_2", CurrencyId = abt.Id, PaymentCurrency = abt, Total = Amount.Parse("1") });
        totals.Add(new InvoiceExpanded { Id = "in_3", CurrencyId = usdc.Id, PaymentCurrency = usdc, Total = Amount.Parse("2500000") });
        var writer = new StringWriter();

        await totals.WriteAsync(writer);

        Assert.Equal(
            "  ABT    1000000000000.000000000000000002 over 2 invoices\n" +
            "  USDC                                2.5 over 1 invoice\n",
            writer.ToString().ReplaceLineEndings("\n"));
        Assert.Equal(3, totals.InvoiceCount);
    }

    // ---- helpers ----

    private sealed record Run(int ExitCode, string Output, string Error);

    private Task<Run> ExportAsync(params string[] args) => ExportAsync(false, null, args);

    private Task<Run> ExportAsync(bool interactive, params string[] args) => ExportAsync(interactive, null, args);

    private static async Task<Run> ExportAsync(bool interactive, Func<string, string?>? environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var exitCode = await ExportCommand.RunAsync(args, output, error, environment ?? (_ => null), interactive, timeout.Token);
        return new Run(exitCode, output.ToString(), error.ToString());
    }

    private string OutputPath() => Path.Combine(_directory.FullName, $"invoices-{Guid.NewGuid():N}.csv");

    private async Task<int> CountAsync(InvoiceListOptions options)
    {
        options.PageSize = 1;
        return (await Sdk.ListAsync(options)).Count;
    }

    /// <summary>The list options a filter command line of <see cref="Filters"/> stands for, written out by hand.</summary>
    private static InvoiceListOptions ListOptionsFor(string commandLine)
    {
        var options = new InvoiceListOptions();
        var args = commandLine.Split(' ');
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--status": options.Status = args[++i].ToLowerInvariant(); break;
                case "--ignore-zero": options.IgnoreZero = true; break;
                case "--include-staking": options.IncludeStaking = true; break;
                case "--include-return-staking": options.IncludeReturnStaking = true; break;
                case "--exclude-overdraft-protection": options.IncludeOverdraftProtection = false; break;
                case "--metadata":
                    var pair = args[++i].Split('=', 2);
                    (options.Metadata ??= new Dictionary<string, string>())[pair[0]] = pair[1];
                    break;
                default: throw new ArgumentException($"No options for {args[i]}", nameof(commandLine));
            }
        }
        return options;
    }

    private static IReadOnlyList<string> ReadHeader(string path) => ParseCsv(File.ReadAllText(path, Encoding.UTF8))[0];

    /// <summary>The data rows of a CSV file, each by column name; checks every row has every column.</summary>
    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        var records = ParseCsv(File.ReadAllText(path, Encoding.UTF8));
        var header = records[0];
        Assert.Equal(header.Length, header.Distinct(StringComparer.Ordinal).Count());
        return records.Skip(1).Select(record =>
        {
            Assert.Equal(header.Length, record.Length);
            return header.Zip(record).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        }).ToList();
    }

    /// <summary>A strict RFC 4180 reader: CRLF after every record, quotes only around whole fields.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var closed = false; // a quoted field just ended: only a comma or CRLF may follow
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') field.Append(text[++i]);
                else (quoted, closed) = (false, true);
                continue;
            }
            if (c == ',')
            {
                fields.Add(field.ToString());
                (field, closed) = (new StringBuilder(), false);
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
                fields.Add(field.ToString());
                records.Add([.. fields]);
                (fields, field, closed) = ([], new StringBuilder(), false);
            }
            else if (closed) throw new FormatException($"Text after a closing quote at {i}.");
            else if (c == '"' && field.Length == 0) quoted = true;
            else if (c is '"' or '\r' or '\n') throw new FormatException($"Unquoted {(int)c:X2} inside a field at {i}.");
            else field.Append(c);
        }
        if (quoted || field.Length > 0 || fields.Count > 0) throw new FormatException("The last record does not end with CRLF.");
        return records;
    }

    [GeneratedRegex(@"^exported (\d+) of (\d+) invoices?\r?$", RegexOptions.Multiline)]
    private static partial Regex ProgressLine();

    [GeneratedRegex(@"^  (?<label>\S.*?)\s{3,}(?<amount>-?\d+(\.\d+)?) over (?<count>\d+) invoices?\r?$", RegexOptions.Multiline)]
    private static partial Regex TotalLine();
}
