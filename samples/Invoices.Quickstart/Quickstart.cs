using PaymentSdk;
using PaymentSdk.Samples;

namespace Invoices.Quickstart;

/// <summary>
/// Walks through every invoice method of the SDK: list, search, retrieve, update, void, getReturnStake,
/// returnStake, then errors and auto-paging. Against the offline sandbox unless <c>PAYMENT_KIT_URL</c> is set.
/// </summary>
public static class Quickstart
{
    /// <summary>The option that lets the walkthrough change data on a real Payment Kit (update, void, return stake).</summary>
    public const string AllowChangesOption = "--allow-changes";

    /// <summary>Runs the walkthrough.</summary>
    /// <param name="args">The command line: <see cref="AllowChangesOption"/>, or nothing.</param>
    /// <param name="output">Where the walkthrough is written.</param>
    /// <param name="environment">Reads an environment variable: <c>PAYMENT_KIT_URL</c> and the credentials.</param>
    /// <param name="cancellationToken">Stops the walkthrough.</param>
    /// <returns>0 when every step ran; 1 when Payment Kit refused a call or could not be reached.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, Func<string, string?> environment, CancellationToken cancellationToken)
    {
        await using var connection = await PaymentKitConnection.OpenAsync(environment, cancellationToken);
        output.WriteLine($"PaymentSdk quickstart: talking to {connection.Description}.");
        var walkthrough = new Walkthrough(connection.Client.Invoices, output, cancellationToken)
        {
            MayChangeData = connection.IsSandbox || args.Contains(AllowChangesOption),
        };
        try
        {
            await walkthrough.RunAsync();
            output.WriteLine("Done.");
            return 0;
        }
        catch (PaymentException problem)
        {
            // Typed errors carry the status and Payment Kit's own message, never a credential.
            output.WriteLine($"Payment Kit refused or could not be reached: {problem.Message}");
            return 1;
        }
    }
}
