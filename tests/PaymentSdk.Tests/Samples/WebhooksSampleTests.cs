using System.Text.RegularExpressions;
using Invoices.Webhooks;

namespace PaymentSdk.Tests.Samples;

/// <summary>The webhooks sample's entry point, end to end against the sandbox, and its refusals.</summary>
public sealed class WebhooksSampleTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Against_the_sandbox_it_registers_voids_and_prints_the_verified_event()
    {
        var output = new StringWriter();

        var exit = await WebhooksSample.RunAsync([], output, _ => null, None);

        var text = output.ToString();
        Assert.True(exit == 0, text);
        var voided = Regex.Match(text, @"2\. voided (in_\w+) ").Groups[1].Value;
        Assert.NotEmpty(voided);
        Assert.Matches(@"1\. registered endpoint we_\w+ for invoice\.voided, invoice\.paid, invoice\.updated at http://127\.0\.0\.1:\d+/payment/callback", text);
        Assert.Matches(@"received invoice\.voided evt_\w+", text);
        Assert.Contains($"3. invoice.voided arrived, verified: invoice {voided} is void, was open", text);
        Assert.Matches(@"4\. removed endpoint we_\w+", text);
    }

    [Fact]
    public async Task A_real_payment_kit_needs_a_public_url_and_an_unknown_option_is_named()
    {
        var withoutUrl = new StringWriter();
        var unknown = new StringWriter();

        var first = await WebhooksSample.RunAsync([], withoutUrl, name => name == "PAYMENT_KIT_URL" ? "https://pay.example/payment" : null, None);
        var second = await WebhooksSample.RunAsync(["--frobnicate"], unknown, _ => null, None);

        Assert.Equal((2, 2), (first, second));
        Assert.Contains("--public-url", withoutUrl.ToString());
        Assert.Contains("Unknown option --frobnicate", unknown.ToString());
    }
}
