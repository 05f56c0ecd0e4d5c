using System.Numerics;
using System.Text.Json;
using PaymentSdk.Sandbox.Data;
using PaymentSdk.Sandbox.Routes;
using PaymentSdk.Sandbox.State;

namespace PaymentSdk.Sandbox.Resources.PaymentCurrencies;

/// <summary>
/// Payment Kit's <c>/api/payment-currencies</c> routes: a currency belongs to a payment method of its mode; the list
/// is a bare array; the recharge config is stored on the currency, and both its routes answer the currency.
/// </summary>
internal static class PaymentCurrencyModule
{
    private static readonly string[] Types = ["standard", "credit"];

    public static void Map(SandboxRoutes routes)
    {
        routes.Change("POST", "/api/payment-currencies", (request, change) => Answer(Create(change, request.Body)));
        routes.Read("GET", "/api/payment-currencies", (request, mode) =>
            SandboxJson.Bytes(mode.PaymentCurrencies.All.ToList(), SandboxJson.Info<List<PaymentCurrency>>()));
        routes.Read("GET", "/api/payment-currencies/{id}", (request, mode) => Answer(Find(mode, request.RequiredId)));
        routes.Change("PUT", "/api/payment-currencies/{id}", Update);
        routes.Change("PUT", "/api/payment-currencies/{id}/recharge-config", UpdateRechargeConfig);
        routes.Read("GET", "/api/payment-currencies/{id}/recharge-config", (request, mode) => Answer(Find(mode, request.RequiredId)));
        routes.Read("POST", "/api/payment-currencies/check-recurring-support", CheckRecurringSupport);
    }

    /// <summary>A currency of a payment method of the mode; a method's first currency becomes its default.</summary>
    public static PaymentCurrency Create(Change change, JsonElement body)
    {
        body = Fields.Object(body);
        var mode = change.Mode;
        var methodId = Fields.String(body, "payment_method_id", required: true, allowEmpty: false)!;
        var method = mode.PaymentMethods.Find(methodId) ?? throw SandboxException.BadRequest($"Payment method {methodId} not found in {mode.Name} mode");
        var decimals = (int)(Fields.Integer(body, "decimal", 0, 18) ?? 18);
        var currency = new PaymentCurrency
        {
            Id = change.NewId("pc"),
            PaymentMethodId = method.Id,
            Active = true,
            Livemode = mode.Livemode,
            IsBaseCurrency = false,
            Name = Fields.String(body, "name", required: true, maxLength: 32, allowEmpty: false)!,
            Description = Fields.String(body, "description", maxLength: 255) ?? "",
            Logo = Fields.String(body, "logo") ?? method.Logo,
            Symbol = Fields.String(body, "symbol", required: true, maxLength: 16, allowEmpty: false)!,
            Decimal = decimals,
            MaximumPrecision = Math.Min(decimals, 6),
            MinimumPaymentAmount = BigInteger.Pow(10, Math.Max(0, decimals - 2)),
            MaximumPaymentAmount = 1_000_000_000 * BigInteger.Pow(10, decimals),
            Contract = Fields.String(body, "contract"),
            Type = Fields.OneOf(body, "type", Types) ?? "standard",
            Metadata = Fields.Metadata(body, null) ?? [],
            CreatedAt = change.Now,
            UpdatedAt = change.Now,
        };
        if (currency.Contract is { } contract && mode.PaymentCurrencies.All.Any(c => c.PaymentMethodId == method.Id && c.Contract == contract))
            throw SandboxException.BadRequest($"Payment method {method.Id} already has a currency with contract {contract}");
        mode.PaymentCurrencies.Add(currency);
        method.DefaultCurrencyId ??= currency.Id;
        return currency;
    }

    /// <summary>Changes what <c>paymentCurrencies.update</c> sends: name, description, logo, metadata (merged).</summary>
    private static byte[] Update(SandboxRequest request, Change change)
    {
        var body = Fields.Object(request.Body);
        var currency = Find(change.Mode, request.RequiredId);
        if (Fields.String(body, "name", maxLength: 32, allowEmpty: false) is { } name) currency.Name = name;
        if (Fields.String(body, "description", maxLength: 255) is { } description) currency.Description = description;
        if (Fields.String(body, "logo") is { } logo) currency.Logo = logo;
        if (Fields.Metadata(body, currency.Metadata) is { } metadata) currency.Metadata = metadata;
        currency.UpdatedAt = change.Now;
        return Answer(currency);
    }

    /// <summary>Stores the recharge config (<c>base_price_id</c> must be a price of this mode); answers the currency.</summary>
    private static byte[] UpdateRechargeConfig(SandboxRequest request, Change change)
    {
        var body = Fields.Object(request.Body);
        var currency = Find(change.Mode, request.RequiredId);
        var priceId = Fields.String(body, "base_price_id", required: true, allowEmpty: false)!;
        if (change.Mode.Prices.Find(priceId) is null) throw SandboxException.BadRequest($"Price {priceId} not found in {change.Mode.Name} mode");
        var config = Fields.As(body, "settings", SandboxJson.Info<RechargeLimits>());
        currency.RechargeConfig = new RechargeConfig
        {
            BasePriceId = priceId,
            PaymentLinkId = Fields.String(body, "payment_link_id"),
            CheckoutUrl = Fields.String(body, "checkout_url"),
            Settings = config,
        };
        currency.UpdatedAt = change.Now;
        return Answer(currency);
    }

    /// <summary>
    /// <c>{currency_ids}</c>: supported when every currency's payment method can charge recurring payments; the others
    /// (and ids the mode does not have) are listed as unsupported.
    /// </summary>
    private static byte[] CheckRecurringSupport(SandboxRequest request, ModeState mode)
    {
        var ids = Fields.Strings(Fields.Object(request.Body), "currency_ids", required: true)!;
        var unsupported = new List<UnsupportedCurrency>();
        foreach (var id in ids)
        {
            var currency = mode.PaymentCurrencies.Find(id);
            var method = currency is null ? null : mode.PaymentMethods.Find(currency.PaymentMethodId);
            if (method?.Features?.Recurring == true) continue;
            unsupported.Add(new UnsupportedCurrency { Id = id, Name = currency?.Name ?? "", Symbol = currency?.Symbol ?? "" });
        }
        var answer = new CheckRecurringSupportResult { Supported = unsupported.Count == 0, UnsupportedCurrencies = unsupported };
        return SandboxJson.Bytes(answer, SandboxJson.Context.CheckRecurringSupportResult);
    }

    private static PaymentCurrency Find(ModeState mode, string id) =>
        mode.PaymentCurrencies.Find(id) ?? throw new SandboxException(404, $"Payment currency {id} not found in {mode.Name} mode");

    private static byte[] Answer(PaymentCurrency currency) => SandboxJson.Bytes(currency, SandboxJson.Context.PaymentCurrency);
}
