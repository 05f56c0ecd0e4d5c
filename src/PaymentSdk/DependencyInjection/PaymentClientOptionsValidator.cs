using System;
using Microsoft.Extensions.Options;

namespace PaymentSdk.DependencyInjection;

/// <summary>Checks the options at start-up with the same rules as the <see cref="PaymentClient"/> constructor.</summary>
internal sealed class PaymentClientOptionsValidator : IValidateOptions<PaymentClientOptions>
{
    public ValidateOptionsResult Validate(string? name, PaymentClientOptions options)
    {
        try
        {
            var settings = options.Clone();
            settings.Validate(null);
            settings.ResolveAuthenticator();
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException e)
        {
            // The message names the setting (PaymentClientOptions.Retry.MaxRetries, BLOCKLET_APP_SK, ...), never a key.
            return ValidateOptionsResult.Fail(e.Message);
        }
    }
}
