using System.CommandLine;
using System.Globalization;
using System.CommandLine.Help;
using System.CommandLine.Parsing;

namespace PaymentSdk.Samples.InvoicesExport;

/// <summary>
/// The command line of the export: its options, their checks, and the entry point that
/// <c>Program</c> and the tests call.
/// </summary>
public static class ExportCommand
{
    /// <summary>The program's name, as the help shows it.</summary>
    public const string Name = "Invoices.Export";

    /// <summary>Exit code: every matching invoice was written.</summary>
    public const int Success = 0;

    /// <summary>Exit code: Payment Kit answered with an error or could not be reached, or the file could not be written.</summary>
    public const int Failure = 1;

    /// <summary>Exit code: an option was missing, unknown or invalid; nothing was sent.</summary>
    public const int UsageError = 2;

    /// <summary>Exit code: cancelled (Ctrl+C) before the export finished; no file was written.</summary>
    public const int Cancelled = 130;

    /// <summary>The statuses <c>--status</c> accepts.</summary>
    public static IReadOnlyList<string> Statuses { get; } =
        [InvoiceStatus.Draft, InvoiceStatus.Open, InvoiceStatus.Paid, InvoiceStatus.Void, InvoiceStatus.Uncollectible];

    /// <summary>Parses <paramref name="args"/> and runs the export (or shows the help).</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Standard output: the help, where the calls go, progress, totals (and the CSV with <c>--output -</c>).</param>
    /// <param name="error">Standard error: what went wrong (and the progress and totals with <c>--output -</c>).</param>
    /// <param name="environment">Reads an environment variable: without <c>PAYMENT_KIT_URL</c> the export runs against an in-process sandbox.</param>
    /// <param name="interactive">Whether <paramref name="output"/> is a terminal: a live progress bar then, a plain line per page otherwise.</param>
    /// <param name="cancellationToken">Stops the export (Ctrl+C); the partial file is removed.</param>
    /// <returns>
    /// <see cref="Success"/>, <see cref="Failure"/>, <see cref="UsageError"/> or <see cref="Cancelled"/>.
    /// </returns>
    public static async Task<int> RunAsync(
        string[] args,
        TextWriter output,
        TextWriter error,
        Func<string, string?> environment,
        bool interactive,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(environment);

        var cli = new Cli(interactive);
        cli.Command.SetAction((parseResult, ct) =>
            new Exporter(cli.ToRequest(parseResult), output, error, environment, interactive).RunAsync(ct));

        var parseResult = cli.Command.Parse(args);
        var invocation = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            EnableDefaultExceptionHandler = false,
            // Program cancels the token on Ctrl+C; System.CommandLine must not hook the console itself.
            ProcessTerminationTimeout = null,
        };
        // --help wins over any other error on the line, as users expect.
        if (parseResult.Action is HelpAction) return await parseResult.InvokeAsync(invocation, cancellationToken);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var message in parseResult.Errors.Select(e => e.Message).Distinct(StringComparer.Ordinal))
                await error.WriteLineAsync($"{Name}: {message}");
            await error.WriteLineAsync($"Run '{Name} --help' to see every option.");
            return UsageError;
        }
        return await parseResult.InvokeAsync(invocation, cancellationToken);
    }

    /// <summary>The options of one run, and how they become an <see cref="ExportRequest"/>.</summary>
    private sealed class Cli
    {
        public Cli(bool interactive)
        {
            Status.Validators.Add(ValidateStatus);
            Metadata.Validators.Add(ValidateMetadata);
            foreach (var option in new[] { Status, CustomerId, CustomerDid, SubscriptionId, CurrencyId, Search, Output })
                option.Validators.Add(NotBlank);

            var help = new HelpOption();
            // Outside a terminal (tests, pipes) wrap at a fixed width rather than asking the console.
            if (!interactive && help.Action is HelpAction helpAction) helpAction.MaxWidth = 100;

            Command = new Command(Name,
                "Exports every invoice matching the filters to a CSV file (RFC 4180, with a header row), a page at a time, " +
                "then prints the totals per currency. Amounts are exact: token units with the currency's decimals, and " +
                "total_raw as Payment Kit sent it.\n\n" +
                $"Calls go to the Payment Kit that {PaymentKitConnection.UrlVariable} names (with PAYMENT_KIT_ACCESS_KEY, or " +
                "BLOCKLET_APP_SK and BLOCKLET_COMPONENT_DID; live mode unless PAYMENT_TEST_MODE=true or PAYMENT_LIVEMODE=false); " +
                "when it is unset, to an offline sandbox started in this process (test mode).\n\n" +
                $"Exit codes: {Success} done, {Failure} Payment Kit or file error, {UsageError} bad options (nothing sent), {Cancelled} cancelled.");
            foreach (var option in Filters) Command.Options.Add(option);
            Command.Options.Add(Search);
            Command.Options.Add(PageSize);
            Command.Options.Add(Output);
            Command.Options.Add(help);
            Command.Validators.Add(ValidateSearchAlone);
        }

        public Command Command { get; }

        public Option<string> Status { get; } = new("--status")
        {
            Description = $"Only invoices in these statuses, comma-separated: {string.Join(", ", Statuses)}. Example: --status paid,open.",
            HelpName = "STATUS[,STATUS...]",
        };

        public Option<string> CustomerId { get; } = new("--customer-id") { Description = "Only invoices of this customer id (cus_...).", HelpName = "ID" };

        public Option<string> CustomerDid { get; } = new("--customer-did") { Description = "Only invoices of the customer with this DID.", HelpName = "DID" };

        public Option<string> SubscriptionId { get; } = new("--subscription-id") { Description = "Only invoices of this subscription (sub_...).", HelpName = "ID" };

        public Option<string> CurrencyId { get; } = new("--currency-id") { Description = "Only invoices in this payment currency.", HelpName = "ID" };

        public Option<bool> IgnoreZero { get; } = new("--ignore-zero") { Description = "Leave out invoices whose total is zero." };

        public Option<bool> IncludeStaking { get; } = new("--include-staking") { Description = "Include stake invoices (left out by default)." };

        public Option<bool> IncludeReturnStaking { get; } = new("--include-return-staking") { Description = "Include stake-return invoices (left out by default)." };

        public Option<bool> ExcludeOverdraftProtection { get; } = new("--exclude-overdraft-protection")
        {
            Description = "Leave out overdraft-protection invoices (Payment Kit includes them by default).",
        };

        public Option<bool> IncludeRecoveredFrom { get; } = new("--include-recovered-from")
        {
            Description = "Include invoices recovered from another subscription (left out by default).",
        };

        public Option<string[]> Metadata { get; } = new("--metadata")
        {
            Description = "Only invoices whose metadata has this value; repeat for several (all must match). Example: --metadata plan=pro --metadata region=eu.",
            HelpName = "KEY=VALUE",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };

        public Option<string> Search { get; } = new("--search")
        {
            Description = "Full-text search instead of the filters above (which cannot be combined with it); only --page-size and --output apply.",
            HelpName = "TEXT",
        };

        public Option<int> PageSize { get; } = new("--page-size")
        {
            Description = $"Invoices fetched per request, 1 to {PaginationOptions.MaxPageSize}. At most one page is held in memory.",
            HelpName = "N",
            DefaultValueFactory = _ => PaginationOptions.MaxPageSize,
            CustomParser = ParsePageSize,
        };

        public Option<string> Output { get; } = new("--output", "-o")
        {
            Description = "The CSV file to write (replaced only once the export is complete), or - for standard output (progress and totals then go to standard error).",
            HelpName = "FILE",
            DefaultValueFactory = _ => "invoices.csv",
        };

        /// <summary>Every list filter, in the order the help shows them.</summary>
        private Option[] Filters =>
        [
            Status, CustomerId, CustomerDid, SubscriptionId, CurrencyId, IgnoreZero, IncludeStaking,
            IncludeReturnStaking, ExcludeOverdraftProtection, IncludeRecoveredFrom, Metadata,
        ];

        public ExportRequest ToRequest(ParseResult parseResult)
        {
            var status = parseResult.GetValue(Status);
            var metadata = parseResult.GetValue(Metadata);
            return new ExportRequest
            {
                Search = parseResult.GetValue(Search),
                Status = status is null ? null : string.Join(",", SplitStatuses(status).Select(s => s.ToLowerInvariant())),
                CustomerId = parseResult.GetValue(CustomerId),
                CustomerDid = parseResult.GetValue(CustomerDid),
                SubscriptionId = parseResult.GetValue(SubscriptionId),
                CurrencyId = parseResult.GetValue(CurrencyId),
                // An absent flag sends nothing, so that Payment Kit's default applies.
                IgnoreZero = parseResult.GetValue(IgnoreZero) ? true : null,
                IncludeStaking = parseResult.GetValue(IncludeStaking) ? true : null,
                IncludeReturnStaking = parseResult.GetValue(IncludeReturnStaking) ? true : null,
                IncludeOverdraftProtection = parseResult.GetValue(ExcludeOverdraftProtection) ? false : null,
                IncludeRecoveredFrom = parseResult.GetValue(IncludeRecoveredFrom) ? true : null,
                Metadata = metadata is { Length: > 0 } ? metadata.Select(SplitPair).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal) : null,
                PageSize = parseResult.GetValue(PageSize),
                OutputPath = parseResult.GetValue(Output) ?? "invoices.csv",
            };
        }

        private static int ParsePageSize(ArgumentResult result)
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is < 1 or > PaginationOptions.MaxPageSize)
                result.AddError($"--page-size must be a whole number from 1 to {PaginationOptions.MaxPageSize}; '{text}' is not.");
            return value;
        }

        private static string[] SplitStatuses(string value) => value.Split(',', StringSplitOptions.TrimEntries);

        private static void ValidateStatus(OptionResult result)
        {
            var value = result.GetValueOrDefault<string>();
            if (string.IsNullOrWhiteSpace(value)) return; // NotBlank says so
            foreach (var status in SplitStatuses(value))
            {
                if (status.Length == 0)
                    result.AddError($"--status '{value}' has an empty entry; give statuses separated by single commas, such as paid,open.");
                else if (!Statuses.Contains(status.ToLowerInvariant()))
                    result.AddError($"--status: '{status}' is not an invoice status; use {string.Join(", ", Statuses)}.");
            }
        }

        private static void ValidateMetadata(OptionResult result)
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in result.GetValueOrDefault<string[]>() ?? [])
            {
                var equals = entry.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0 || string.IsNullOrWhiteSpace(entry[..equals]))
                {
                    result.AddError($"--metadata '{entry}' is not KEY=VALUE (such as --metadata plan=pro).");
                    continue;
                }
                var key = entry[..equals];
                if (!keys.Add(key))
                    result.AddError($"--metadata gives the key '{key}' twice; an invoice's metadata has one value per key.");
            }
        }

        private static KeyValuePair<string, string> SplitPair(string entry)
        {
            var equals = entry.IndexOf('=', StringComparison.Ordinal);
            return new(entry[..equals], entry[(equals + 1)..]);
        }

        private void NotBlank(OptionResult result)
        {
            if (result.Tokens.Count == 0) return;
            var value = result.GetValueOrDefault<string>();
            if (string.IsNullOrWhiteSpace(value))
                result.AddError($"{result.Option.Name} cannot be empty.");
            // "--customer-id --status paid": the parser took the next option as the value.
            else if (Command.Options.Any(o => o.Name == value || o.Aliases.Contains(value)))
                result.AddError($"{result.Option.Name} needs a value; it was followed by the option {value}.");
        }

        private void ValidateSearchAlone(CommandResult result)
        {
            if (result.GetResult(Search) is not { Implicit: false }) return;
            var given = Filters.Where(f => result.GetResult(f) is { Implicit: false }).Select(f => f.Name).ToList();
            if (given.Count > 0)
                result.AddError($"--search cannot be combined with {string.Join(", ", given)}: a search takes only --page-size and --output. Leave out --search to filter the list instead.");
        }
    }
}
