using System.Text.Json;
using PaymentSdk.Sandbox.Data;
using PaymentSdk.Sandbox.Resources.Invoices;
using PaymentSdk.Sandbox.Routes;
using PaymentSdk.Sandbox.State;

namespace PaymentSdk.Sandbox.Resources.Prices;

/// <summary>
/// Payment Kit's <c>/api/prices</c> routes. A price is found by id or by its lookup key (unique per mode); it is
/// answered with its product and currency, looked up when read. <c>unit_amount</c> is taken in token units (a
/// decimal string or number, as ArcBlock's apps send it) and stored and answered in the currency's smallest unit.
/// </summary>
internal static class PriceModule
{
    private static readonly string[] Types = ["one_time", "recurring"];
    private static readonly string[] Intervals = ["hour", "day", "week", "month", "year"];
    private static readonly string[] BillingSchemes = ["per_unit", "tiered"];
    private static readonly string[] InventoryActions = ["increment", "decrement"];
    private static readonly Transition Archive = new("archived", ["active"], "archived");

    public static void Map(SandboxRoutes routes)
    {
        routes.Change("POST", "/api/prices", (request, change) => Answer(change.Mode, Create(change, request.Body, productId: null)));
        routes.Read("GET", "/api/prices", List);
        routes.Read("GET", "/api/prices/search", Search);
        routes.Read("GET", "/api/prices/{id}", (request, mode) => Answer(mode, Find(mode, request.RequiredId)));
        routes.Change("PUT", "/api/prices/{id}", Update);
        routes.Change("PUT", "/api/prices/{id}/archive", ArchivePrice);
        routes.Change("DELETE", "/api/prices/{id}", Delete);
        routes.Change("PUT", "/api/prices/{id}/inventory", Inventory);
    }

    /// <summary>Fills in the price's product and currency from their tables; returns the price.</summary>
    public static PriceExpanded Expand(ModeState mode, PriceExpanded price)
    {
        price.Object = "price";
        price.Product = mode.Products.Find(price.ProductId);
        price.Currency = mode.PaymentCurrencies.Find(price.CurrencyId);
        return price;
    }

    /// <summary>A price by id, else by lookup key, as Payment Kit's retrieve finds it.</summary>
    public static PriceExpanded Find(ModeState mode, string idOrLookupKey) =>
        mode.Prices.Find(idOrLookupKey)
        ?? mode.Prices.All.FirstOrDefault(p => p.LookupKey == idOrLookupKey)
        ?? throw new SandboxException(404, $"Price {idOrLookupKey} not found in {mode.Name} mode");

    /// <summary>Creates a price: for <c>prices.create</c>, and for each of the prices a product is created with.</summary>
    /// <param name="change">The change it is part of.</param>
    /// <param name="body">The price's fields.</param>
    /// <param name="productId">The product being created, which the body then need not name.</param>
    public static PriceExpanded Create(Change change, JsonElement body, string? productId)
    {
        body = Fields.Object(body);
        var mode = change.Mode;
        productId ??= Fields.String(body, "product_id", required: true, allowEmpty: false)!;
        if (mode.Products.Find(productId) is null) throw SandboxException.BadRequest($"Product {productId} not found in {mode.Name} mode");
        var currency = Currency(mode, body);
        var type = Fields.OneOf(body, "type", Types) ?? (Fields.Has(body, "recurring") ? "recurring" : "one_time");
        var unitAmount = UnitAmount(body, currency) ?? throw SandboxException.BadRequest("\"unit_amount\" is required");
        var price = new PriceExpanded
        {
            Id = change.NewId("price"),
            Object = "price",
            ProductId = productId,
            Nickname = Fields.String(body, "nickname", maxLength: 250),
            Active = Fields.Boolean(body, "active") ?? true,
            Livemode = mode.Livemode,
            Type = type,
            BillingScheme = Fields.OneOf(body, "billing_scheme", BillingSchemes) ?? "per_unit",
            UnitAmount = unitAmount,
            Recurring = type == "recurring" ? Recurring(body) : null,
            TiersMode = Fields.String(body, "tiers_mode"),
            Tiers = Fields.As(body, "tiers", SandboxJson.Info<List<PriceTier>>()),
            CustomUnitAmount = Fields.As(body, "custom_unit_amount", SandboxJson.Info<CustomUnitAmount>()),
            LookupKey = UniqueLookupKey(mode, body, except: null),
            Metadata = Fields.Metadata(body, null) ?? [],
            CurrencyId = currency.Id,
            CurrencyOptions = [new PriceCurrencyOption { CurrencyId = currency.Id, UnitAmount = unitAmount }],
            QuantityAvailable = Fields.Integer(body, "quantity_available", 0) ?? 0,
            QuantityLimitPerCheckout = Fields.Integer(body, "quantity_limit_per_checkout", 0) ?? 0,
            TaxBehavior = "exclusive",
            PricingType = "fixed",
            DynamicPricingConfig = new DynamicPricingConfig(),
            CreatedVia = "api",
            CreatedAt = change.Now,
            UpdatedAt = change.Now,
        };
        mode.Prices.Add(price);
        Raise(change, "price.created", price);
        return price;
    }

    /// <summary>Whether any price of <paramref name="productId"/> is billed by an invoice.</summary>
    public static bool AnyInUse(ModeState mode, string productId) =>
        mode.Prices.All.Any(p => p.ProductId == productId && InvoiceModule.Bills(mode, p.Id));

    private static byte[] List(SandboxRequest request, ModeState mode)
    {
        var query = request.Query;
        var active = QueryReader.Boolean(query, "active");
        var type = QueryReader.Text(query, "type");
        var currencyId = QueryReader.Text(query, "currency_id");
        var productId = QueryReader.Text(query, "product_id");
        var lookupKey = QueryReader.Text(query, "lookup_key");
        var matches = mode.Prices.All.Where(p =>
            (active is null || p.Active == active) && (type is null || p.Type == type) && (currencyId is null || p.CurrencyId == currencyId)
            && (productId is null || p.ProductId == productId) && (lookupKey is null || p.LookupKey == lookupKey));
        return Page(mode, matches, request);
    }

    /// <summary>Prices whose id, nickname, lookup key or product name contains <c>q</c> (any case).</summary>
    private static byte[] Search(SandboxRequest request, ModeState mode)
    {
        var q = QueryReader.SearchText(request.Query);
        var matches = mode.Prices.All.Where(p => Pages.Contains(p.Id, q) || Pages.Contains(p.Nickname, q) || Pages.Contains(p.LookupKey, q)
            || Pages.Contains(mode.Products.Find(p.ProductId)?.Name, q));
        return Page(mode, matches, request);
    }

    /// <summary>Changes a price's nickname, lookup key, active flag or metadata (what <c>prices.update</c> sends).</summary>
    private static byte[] Update(SandboxRequest request, Change change)
    {
        var body = Fields.Object(request.Body);
        var price = Find(change.Mode, request.RequiredId);
        var previous = Fields.Previous<Price>(price, SandboxJson.Context.Price, Fields.Present(body, "nickname", "lookup_key", "active", "metadata"));
        if (Fields.Has(body, "nickname")) price.Nickname = Fields.String(body, "nickname", maxLength: 250);
        if (Fields.Has(body, "lookup_key")) price.LookupKey = UniqueLookupKey(change.Mode, body, except: price);
        if (Fields.Boolean(body, "active") is { } active) price.Active = active;
        if (Fields.Metadata(body, price.Metadata) is { } metadata) price.Metadata = metadata;
        price.UpdatedAt = change.Now;
        Raise(change, "price.updated", price, previous);
        return Answer(change.Mode, price);
    }

    /// <summary>Sets <c>active: false</c>: an archived price is hidden from <c>active=true</c> lists and stays retrievable.</summary>
    private static byte[] ArchivePrice(SandboxRequest request, Change change)
    {
        var price = Find(change.Mode, request.RequiredId);
        Archive.Check("Price", price.Id, price.Active ? "active" : "archived");
        var previous = Fields.Previous<Price>(price, SandboxJson.Context.Price, "active");
        price.Active = false;
        price.UpdatedAt = change.Now;
        Raise(change, "price.updated", price, previous);
        return Answer(change.Mode, price);
    }

    /// <summary>Deletes a price no invoice bills (one that is billed is archived instead); a product's default price is unset.</summary>
    private static byte[] Delete(SandboxRequest request, Change change)
    {
        var mode = change.Mode;
        var price = Find(mode, request.RequiredId);
        if (price.Locked || InvoiceModule.Bills(mode, price.Id))
            throw SandboxException.BadRequest($"Price {price.Id} is in use by invoices and cannot be deleted; archive it instead");
        mode.Prices.Remove(price);
        if (mode.Products.Find(price.ProductId) is { } product && product.DefaultPriceId == price.Id) product.DefaultPriceId = null;
        Raise(change, "price.deleted", price);
        return SandboxJson.Bytes<Price>(price, SandboxJson.Context.Price);
    }

    /// <summary>
    /// <c>{quantity, action}</c>: <c>increment</c> adds <c>quantity</c> to <c>quantity_available</c>, <c>decrement</c>
    /// takes it away (never below 0, which means no limit).
    /// </summary>
    private static byte[] Inventory(SandboxRequest request, Change change)
    {
        var body = Fields.Object(request.Body);
        var quantity = Fields.Integer(body, "quantity", 1, required: true)!.Value;
        var action = Fields.OneOf(body, "action", InventoryActions, required: true);
        var price = Find(change.Mode, request.RequiredId);
        var available = action == "increment" ? price.QuantityAvailable + quantity : price.QuantityAvailable - quantity;
        if (available < 0)
            throw SandboxException.BadRequest($"Price {price.Id} has {price.QuantityAvailable} available; {quantity} cannot be taken away");
        var previous = Fields.Previous<Price>(price, SandboxJson.Context.Price, "quantity_available");
        price.QuantityAvailable = available;
        price.UpdatedAt = change.Now;
        Raise(change, "price.updated", price, previous);
        return Answer(change.Mode, price);
    }

    private static PaymentCurrency Currency(ModeState mode, JsonElement body) =>
        Fields.String(body, "currency_id", allowEmpty: false) is { } id
            ? mode.PaymentCurrencies.Find(id) ?? throw SandboxException.BadRequest($"Payment currency {id} not found in {mode.Name} mode")
            : mode.BaseCurrency ?? throw SandboxException.BadRequest("\"currency_id\" is required: this mode has no base currency");

    /// <summary><c>unit_amount</c> in token units (<c>"9.99"</c> or <c>9.99</c>), as the currency's smallest unit.</summary>
    private static Amount? UnitAmount(JsonElement body, PaymentCurrency currency)
    {
        if (!body.TryGetProperty("unit_amount", out var value) || value.ValueKind == JsonValueKind.Null) return null;
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Number => value.GetRawText(),
            _ => throw SandboxException.BadRequest("\"unit_amount\" must be a decimal number or string"),
        };
        try
        {
            var amount = Amount.FromDecimalString(text, currency.Decimal);
            return amount.ToBigInteger().Sign < 0 ? throw SandboxException.BadRequest("\"unit_amount\" must not be negative") : amount;
        }
        catch (FormatException problem)
        {
            throw SandboxException.BadRequest($"\"unit_amount\" is not an amount of {currency.Symbol} ({currency.Decimal} decimals): {problem.Message}");
        }
    }

    private static PriceRecurring Recurring(JsonElement body)
    {
        var recurring = Fields.As(body, "recurring", SandboxJson.Info<PriceRecurring>())
            ?? throw SandboxException.BadRequest("\"recurring\" is required when \"type\" is recurring");
        if (!Intervals.Contains(recurring.Interval, StringComparer.Ordinal))
            throw SandboxException.BadRequest($"\"recurring.interval\" must be one of [{string.Join(", ", Intervals)}]");
        if (recurring.IntervalCount < 1) recurring.IntervalCount = 1;
        recurring.UsageType ??= "licensed";
        return recurring;
    }

    private static string? UniqueLookupKey(ModeState mode, JsonElement body, PriceExpanded? except)
    {
        var key = Fields.String(body, "lookup_key", maxLength: 64);
        if (key is { Length: > 0 } && mode.Prices.All.Any(p => p != except && p.LookupKey == key))
            throw SandboxException.BadRequest($"A price with lookup key {key} already exists in {mode.Name} mode");
        return key;
    }

    private static byte[] Page(ModeState mode, IEnumerable<PriceExpanded> matches, SandboxRequest request) =>
        SandboxJson.Bytes(Pages.Of(matches, QueryReader.Page(request.Query), p => Expand(mode, p)), SandboxJson.Context.PaginatedPriceExpanded);

    private static byte[] Answer(ModeState mode, PriceExpanded price) => SandboxJson.Bytes(Expand(mode, price), SandboxJson.Context.PriceExpanded);

    private static void Raise(Change change, string type, PriceExpanded price, JsonElement? previous = null) =>
        change.Raise(type, "Price", price.Id, Expand(change.Mode, price), SandboxJson.Context.PriceExpanded, previous);
}
