using System.Globalization;
using System.Text;
using Spectre.Console;

namespace PaymentSdk.Samples.InvoicesExport;

/// <summary>
/// One export: counts the matching invoices, streams them through auto-paging into the CSV (each row
/// written as it arrives, so at most one page is ever held), shows progress, then prints the totals.
/// </summary>
internal sealed class Exporter(ExportRequest request, TextWriter output, TextWriter error, Func<string, string?> environment, bool interactive)
{
    /// <summary>Where messages for the user go: standard output, unless the CSV itself goes there.</summary>
    private TextWriter Status => request.ToStandardOutput ? error : output;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        // Open the file before connecting, so that a bad --output fails before any request.
        string? finalPath = null;
        string? partialPath = null;
        FileStream? file = null;
        if (!request.ToStandardOutput)
        {
            try
            {
                finalPath = Path.GetFullPath(request.OutputPath);
                if (Directory.Exists(finalPath))
                    return await UsageAsync($"--output: '{finalPath}' is a directory; give a file name.");
                // Written beside the target and moved over it once complete: a cancelled or failed
                // export never leaves a truncated file that looks like a finished one.
                partialPath = $"{finalPath}.{Path.GetRandomFileName()}.partial";
                file = new FileStream(partialPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                return await UsageAsync($"--output: cannot write '{request.OutputPath}': {e.Message}");
            }
        }

        try
        {
            Result result;
            await using (var writer = file is null ? null : new StreamWriter(file, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                result = await ExportAsync(writer ?? output, cancellationToken);
                if (result.ExitCode != ExportCommand.Success) return result.ExitCode;
            }
            if (partialPath is not null) File.Move(partialPath, finalPath!, overwrite: true);

            await Status.WriteLineAsync("Totals per currency:");
            await result.Totals.WriteAsync(Status);
            var destination = finalPath ?? "standard output";
            await Status.WriteLineAsync($"Wrote {Plural(result.Totals.InvoiceCount)} to {destination}.");
            return ExportCommand.Success;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("Cancelled: the export did not finish" + (finalPath is null ? "." : $", and {finalPath} was not written."));
            return ExportCommand.Cancelled;
        }
        catch (PaymentException e)
        {
            await error.WriteLineAsync($"Payment Kit call failed ({e.GetType().Name}): {e.Message}");
            if (finalPath is not null) await error.WriteLineAsync($"{finalPath} was not written.");
            return ExportCommand.Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // InvalidDataException (a malformed amount from the server) is an IOException too.
            await error.WriteLineAsync($"Export failed: {e.Message}");
            return ExportCommand.Failure;
        }
        finally
        {
            if (partialPath is not null && File.Exists(partialPath)) File.Delete(partialPath);
        }
    }

    private async Task<Result> ExportAsync(TextWriter csv, CancellationToken cancellationToken)
    {
        PaymentKitConnection connection;
        try
        {
            connection = await PaymentKitConnection.OpenAsync(environment, cancellationToken);
        }
        catch (ArgumentException e)
        {
            return Result.Failed(await UsageAsync(e.Message));
        }

        await using (connection)
        {
            await Status.WriteLineAsync($"Exporting invoices from {connection.Description}.");
            var invoices = connection.Client.Invoices;

            // A one-invoice page gives the total for the progress bar. The SDK checks the options
            // here, before sending anything: a value it rejects is a bad option.
            int expected;
            try
            {
                expected = request.Search is null
                    ? (await invoices.ListAsync(request.ToListOptions(1), cancellationToken)).Count
                    : (await invoices.SearchAsync(request.ToSearchOptions(1), cancellationToken)).Count;
            }
            catch (ArgumentException e)
            {
                return Result.Failed(await UsageAsync(OptionMessage(e)));
            }
            await Status.WriteLineAsync(request.Search is null
                ? $"{Plural(expected)} match."
                : $"{Plural(expected)} match the search '{request.Search}'.");

            var source = request.Search is null
                ? invoices.ListAutoPagingAsync(request.ToListOptions(request.PageSize), cancellationToken)
                : invoices.SearchAutoPagingAsync(request.ToSearchOptions(request.PageSize), cancellationToken);
            var totals = new CurrencyTotals();
            if (interactive && !request.ToStandardOutput)
                await ExportWithProgressBarAsync(source, csv, totals, expected, cancellationToken);
            else
                await ExportWithProgressLinesAsync(source, csv, totals, expected, cancellationToken);
            return new Result(ExportCommand.Success, totals);
        }
    }

    /// <summary>A live progress bar (Spectre.Console) on the terminal.</summary>
    private async Task ExportWithProgressBarAsync(IAsyncEnumerable<InvoiceExpanded> source, TextWriter csv, CurrencyTotals totals, int expected, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Status),
            Interactive = InteractionSupport.Yes,
            // A terminal that names itself (TERM, as every Unix terminal and Windows Terminal do) gets the live bar;
            // otherwise Spectre.Console detects what it can.
            Ansi = environment("TERM") is { Length: > 0 } term && term != "dumb" ? AnsiSupport.Yes : AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
        });
        await console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Progress(0, expected), maxValue: Math.Max(expected, 1));
                var exported = await WriteRowsAsync(source, csv, totals, count =>
                {
                    // More invoices than counted (some were created meanwhile): stretch the bar.
                    if (count > task.MaxValue) task.MaxValue = count;
                    task.Value = count;
                    task.Description = Progress(count, expected);
                    return Task.CompletedTask;
                }, cancellationToken);
                task.MaxValue = Math.Max(exported, 1);
                task.Value = task.MaxValue;
                task.Description = Progress(exported, expected);
                task.StopTask();
            });
    }

    /// <summary>A plain line per page written, for logs and pipes.</summary>
    private async Task ExportWithProgressLinesAsync(IAsyncEnumerable<InvoiceExpanded> source, TextWriter csv, CurrencyTotals totals, int expected, CancellationToken cancellationToken)
    {
        var exported = await WriteRowsAsync(source, csv, totals, async count =>
        {
            if (count % request.PageSize == 0) await Status.WriteLineAsync(Progress(count, expected));
        }, cancellationToken);
        // The last page was short (or nothing matched): it has not been reported yet.
        if (exported == 0 || exported % request.PageSize != 0) await Status.WriteLineAsync(Progress(exported, expected));
    }

    private static async Task<long> WriteRowsAsync(
        IAsyncEnumerable<InvoiceExpanded> source,
        TextWriter csv,
        CurrencyTotals totals,
        Func<long, Task> onExported,
        CancellationToken cancellationToken)
    {
        await InvoiceCsv.WriteHeaderAsync(csv);
        long exported = 0;
        await foreach (var invoice in source.WithCancellation(cancellationToken))
        {
            await InvoiceCsv.WriteRowAsync(csv, invoice);
            totals.Add(invoice);
            await onExported(++exported);
        }
        await csv.FlushAsync(cancellationToken);
        return exported;
    }

    private static string Progress(long exported, int expected) =>
        $"exported {exported.ToString(CultureInfo.InvariantCulture)} of {Plural(Math.Max(exported, expected))}";

    private static string Plural(long count) =>
        count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " invoice" : " invoices");

    private async Task<int> UsageAsync(string message)
    {
        await error.WriteLineAsync($"{ExportCommand.Name}: {message}");
        return ExportCommand.UsageError;
    }

    /// <summary>The SDK's message about a bad option, naming the command-line option rather than the property.</summary>
    private static string OptionMessage(ArgumentException e)
    {
        var message = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal);
        var option = e.ParamName switch
        {
            "options.Status" => "--status",
            "options.CustomerId" => "--customer-id",
            "options.CustomerDid" => "--customer-did",
            "options.SubscriptionId" => "--subscription-id",
            "options.CurrencyId" => "--currency-id",
            "options.Metadata" => "--metadata",
            "options.Query" => "--search",
            "options.PageSize" => "--page-size",
            _ => e.ParamName,
        };
        return option is null ? message : $"{option}: {message}";
    }

    private sealed record Result(int ExitCode, CurrencyTotals Totals)
    {
        public static Result Failed(int exitCode) => new(exitCode, new CurrencyTotals());
    }
}
