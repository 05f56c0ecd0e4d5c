using System.Text.Json;
using PaymentSdk.Sandbox.Data;
using PaymentSdk.Sandbox.Routes;
using PaymentSdk.Sandbox.State;

namespace PaymentSdk.Sandbox.Resources.PaymentMethods;

/// <summary>
/// Payment Kit's <c>/api/payment-methods</c> routes: retrieve and the list (a bare array) answer each method with
/// its currencies, looked up when read.
/// </summary>
internal static class PaymentMethodModule
{
    private static readonly string[] Types = ["arcblock", "ethereum", "base", "bitcoin", "stripe"];

    public static void Map(SandboxRoutes routes)
    {
        routes.Change("POST", "/api/payment-methods", (request, change) => SandboxJson.Bytes(Create(change, request.Body), SandboxJson.Context.PaymentMethod));
        routes.Read("GET", "/api/payment-methods", (request, mode) =>
            SandboxJson.Bytes(mode.PaymentMethods.All.Select(m => Expand(mode, m)).ToList(), SandboxJson.Info<List<PaymentMethodExpanded>>()));
        routes.Read("GET", "/api/payment-methods/{id}", (request, mode) =>
            SandboxJson.Bytes(Expand(mode, Find(mode, request.RequiredId)), SandboxJson.Context.PaymentMethodExpanded));
        routes.Change("PUT", "/api/payment-methods/{id}", Update);
    }

    public static PaymentMethodExpanded Expand(ModeState mode, PaymentMethod method)
    {
        var expanded = SandboxJson.Convert(method, SandboxJson.Context.PaymentMethod, SandboxJson.Context.PaymentMethodExpanded);
        expanded.Object = "payment_method";
        expanded.PaymentCurrencies = mode.PaymentCurrencies.All.Where(c => c.PaymentMethodId == method.Id).ToList();
        return expanded;
    }

    /// <summary>A method of a type Payment Kit knows, with its chain or Stripe settings; Bitcoin cannot charge recurring payments.</summary>
    public static PaymentMethod Create(Change change, JsonElement body)
    {
        body = Fields.Object(body);
        var type = Fields.OneOf(body, "type", Types, required: true)!;
        var method = new PaymentMethod
        {
            Id = change.NewId("pm"),
            Active = true,
            Livemode = change.Mode.Livemode,
            Type = type,
            Name = Fields.String(body, "name", required: true, maxLength: 32, allowEmpty: false)!,
            Description = Fields.String(body, "description", maxLength: 255) ?? "",
            Logo = Fields.String(body, "logo") ?? $"/methods/{type}.png",
            Confirmation = new PaymentMethodConfirmation { Type = type == "stripe" ? "callback" : "block" },
            Settings = WithoutSecrets(Fields.As(body, "settings", SandboxJson.Info<PaymentMethodSettings>())
                ?? throw SandboxException.BadRequest("\"settings\" is required")),
            Features = new PaymentMethodFeatures { Recurring = type != "bitcoin", Refund = true, Dispute = false },
            Metadata = Fields.Metadata(body, null) ?? [],
            CreatedAt = change.Now,
            UpdatedAt = change.Now,
        };
        change.Mode.PaymentMethods.Add(method);
        return method;
    }

    /// <summary>Changes what <c>paymentMethods.update</c> sends: name, description, logo, settings (replaced), metadata (merged).</summary>
    private static byte[] Update(SandboxRequest request, Change change)
    {
        var body = Fields.Object(request.Body);
        var method = Find(change.Mode, request.RequiredId);
        if (Fields.String(body, "name", maxLength: 32, allowEmpty: false) is { } name) method.Name = name;
        if (Fields.String(body, "description", maxLength: 255) is { } description) method.Description = description;
        if (Fields.String(body, "logo") is { } logo) method.Logo = logo;
        if (Fields.As(body, "settings", SandboxJson.Info<PaymentMethodSettings>()) is { } settings) method.Settings = WithoutSecrets(settings);
        if (Fields.Metadata(body, method.Metadata) is { } metadata) method.Metadata = metadata;
        method.UpdatedAt = change.Now;
        return SandboxJson.Bytes(method, SandboxJson.Context.PaymentMethod);
    }

    /// <summary>
    /// The settings as stored: without Stripe's secret key and webhook signing secret. Payment Kit does not echo them,
    /// and the sandbox charges nothing through Stripe, so it keeps them nowhere that an answer, an event or
    /// <see cref="SandboxData"/> could show them.
    /// </summary>
    private static PaymentMethodSettings WithoutSecrets(PaymentMethodSettings settings)
    {
        if (settings.Stripe is { } stripe)
        {
            stripe.SecretKey = null;
            stripe.WebhookSigningSecret = null;
        }
        return settings;
    }

    private static PaymentMethod Find(ModeState mode, string id) =>
        mode.PaymentMethods.Find(id) ?? throw new SandboxException(404, $"Payment method {id} not found in {mode.Name} mode");
}
