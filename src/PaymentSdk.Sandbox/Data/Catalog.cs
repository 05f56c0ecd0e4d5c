using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using PaymentSdk.Sandbox.Resources.PaymentCurrencies;
using PaymentSdk.Sandbox.Resources.PaymentMethods;
using PaymentSdk.Sandbox.Resources.Prices;
using PaymentSdk.Sandbox.Resources.Products;
using PaymentSdk.Sandbox.State;

namespace PaymentSdk.Sandbox.Data;

/// <summary>
/// What invoices refer to in one mode: payment methods, currencies (decimals 18 and 6, and a credit currency),
/// products with their prices, made through the operations a client calls (<c>paymentMethods.create</c>,
/// <c>paymentCurrencies.create</c>, <c>products.create</c>, <c>prices.create</c>) on the seed's clock; and coupons
/// and promotion codes, which have no operation in the sandbox yet.
/// </summary>
internal sealed class Catalog
{
    private readonly Change _change;

    /// <param name="random">The seed's generator: coupons draw from it; the operations draw their ids from it through <paramref name="change"/>.</param>
    /// <param name="change">The seed's change of its mode, at the time the catalog was made.</param>
    public Catalog(SeededRandom random, Change change)
    {
        _change = change;
        Livemode = change.Mode.Livemode;
        Created = change.Now;
        var arcblock = Method("arcblock", Livemode ? "ArcBlock" : "ArcBlock Beta", "https://main.abtnetwork.io/api/");
        var ethereum = Method("ethereum", Livemode ? "Ethereum" : "Ethereum Sepolia", "https://ethereum.example/rpc");
        Methods = [arcblock, ethereum];
        Abt = Currency(arcblock, Livemode ? "ABT" : "TBA", "ArcBlock Token", 18, type: "standard");
        // Which currency is the base one is the operator's choice in Payment Kit's settings: no API call sets it.
        Abt.IsBaseCurrency = true;
        Usdc = Currency(ethereum, "USDC", "USD Coin", 6, type: "standard", contract: "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48");
        Credit = Currency(arcblock, "CREDIT", "Service Credits", 6, type: "credit");
        Currencies = [Abt, Usdc, Credit];

        Premium = Product("Premium Plan", "Everything, with priority support.", "service");
        Basic = Product("Basic Plan", "The essentials for small teams.", "service");
        Seats = Product("Team Seats", "Additional seats for your organization.", "service");
        Storage = Product("Storage Add-on", "100 GB of extra storage.", "good");
        Credits = Product("API Credits", "Prepaid credits for API calls.", "credit");
        NodeStake = Product("Node Stake", "Stake that secures a validator node.", "service");
        Products = [Premium, Basic, Seats, Storage, Credits, NodeStake];

        var tenPercent = Coupon(random, "Welcome 10%", percentOff: 10, amountOff: 0, "once");
        var quarter = Coupon(random, "Spring 25%", percentOff: 25, amountOff: 0, "repeating");
        var fixedOff = Coupon(random, "50 ABT off", percentOff: 0, amountOff: 50 * BigInteger.Pow(10, 18), "forever");
        Coupons = [tenPercent, quarter, fixedOff];
        PromotionCodes =
        [
            PromotionCode(random, tenPercent, "WELCOME10"),
            PromotionCode(random, quarter, "SPRING25"),
            PromotionCode(random, fixedOff, "ABT50"),
        ];
    }

    public bool Livemode { get; }
    public DateTimeOffset Created { get; }
    public List<PaymentMethod> Methods { get; }
    public PaymentCurrency Abt { get; }
    public PaymentCurrency Usdc { get; }
    public PaymentCurrency Credit { get; }
    public List<PaymentCurrency> Currencies { get; }
    public Product Premium { get; }
    public Product Basic { get; }
    public Product Seats { get; }
    public Product Storage { get; }
    public Product Credits { get; }
    public Product NodeStake { get; }
    public List<Product> Products { get; }
    public List<CouponExpanded> Coupons { get; }
    public List<PromotionCodeExpanded> PromotionCodes { get; }

    public PaymentMethod MethodOf(PaymentCurrency currency) => Methods.Single(m => m.Id == currency.PaymentMethodId);

    /// <summary>
    /// A price of <paramref name="product"/> in <paramref name="currency"/>, made with <c>prices.create</c> (the amount in
    /// token units, as ArcBlock's apps send it); then how many were sold so far, which no API sets.
    /// </summary>
    public PriceExpanded Price(SeededRandom random, Product product, PaymentCurrency currency, string tokens, bool recurring)
    {
        var body = new JsonObject
        {
            ["product_id"] = product.Id,
            ["currency_id"] = currency.Id,
            ["type"] = recurring ? "recurring" : "one_time",
            ["unit_amount"] = tokens,
        };
        if (recurring)
        {
            body["nickname"] = product.Name + " (monthly)";
            body["recurring"] = new JsonObject { ["interval"] = "month", ["interval_count"] = 1, ["usage_type"] = "licensed", ["aggregate_usage"] = "sum" };
        }
        var price = PriceModule.Create(_change, Body(body), productId: null);
        price.QuantitySold = random.Between(0, 500);
        return price;
    }

    private PaymentMethod Method(string type, string name, string endpoint) => PaymentMethodModule.Create(_change, Body(new JsonObject
    {
        ["type"] = type,
        ["name"] = name,
        ["description"] = $"Pay with {name}",
        ["settings"] = new JsonObject { [type] = new JsonObject { ["api_host"] = endpoint, ["explorer_host"] = endpoint + "explorer" } },
    }));

    private PaymentCurrency Currency(PaymentMethod method, string symbol, string name, int decimals, string type, string? contract = null)
    {
        var body = new JsonObject
        {
            ["payment_method_id"] = method.Id,
            ["name"] = name,
            ["description"] = $"{name} on {method.Name}",
            ["logo"] = $"/currencies/{symbol.ToLowerInvariant()}.png",
            ["symbol"] = symbol,
            ["decimal"] = decimals,
            ["type"] = type,
        };
        if (contract is not null) body["contract"] = contract;
        return PaymentCurrencyModule.Create(_change, Body(body));
    }

    private Product Product(string name, string description, string type)
    {
        var body = new JsonObject
        {
            ["name"] = name,
            ["description"] = description,
            ["type"] = type,
            ["features"] = new JsonArray(new JsonObject { ["name"] = $"{name} support" }),
            ["statement_descriptor"] = name.ToUpperInvariant(),
        };
        if (type == "credit") body["unit_label"] = "credit";
        return ProductModule.Create(_change, Body(body));
    }

    /// <summary>A request body, as a client's JSON reaches the operation.</summary>
    public static JsonElement Body(JsonObject body)
    {
        using var document = JsonDocument.Parse(body.ToJsonString());
        return document.RootElement.Clone();
    }

    private CouponExpanded Coupon(SeededRandom random, string name, decimal percentOff, BigInteger amountOff, string duration) => new()
    {
        Id = random.Id("coupon"),
        Object = "coupon",
        Livemode = Livemode,
        AmountOff = amountOff,
        PercentOff = percentOff,
        CurrencyId = Abt.Id,
        Duration = duration,
        DurationInMonths = duration == "repeating" ? 3 : 0,
        Name = name,
        Description = name + " for new customers",
        Metadata = new(),
        TimesRedeemed = random.Between(1, 90),
        Valid = true,
        CreatedVia = "dashboard",
        CreatedAt = Created,
        UpdatedAt = Created,
        AppliedProducts = [Premium, Basic],
        Currency = Abt,
    };

    private PromotionCodeExpanded PromotionCode(SeededRandom random, CouponExpanded coupon, string code)
    {
        var promotion = new PromotionCodeExpanded
        {
            Id = random.Id("promo"),
            Object = "promotion_code",
            Livemode = Livemode,
            Active = true,
            Code = code,
            Description = coupon.Name,
            CouponId = coupon.Id,
            MaxRedemptions = 1000,
            TimesRedeemed = coupon.TimesRedeemed,
            ExpiresAt = Created.AddYears(2),
            CreatedAt = Created,
            UpdatedAt = Created,
            Metadata = new(),
            CreatedVia = "dashboard",
            Coupon = Strip(coupon),
        };
        coupon.PromotionCodes = [Strip(promotion)];
        return promotion;
    }

    /// <summary>The coupon without its expansions, as a promotion code nests it.</summary>
    private static Coupon Strip(CouponExpanded coupon) => new()
    {
        Id = coupon.Id, Livemode = coupon.Livemode, AmountOff = coupon.AmountOff, PercentOff = coupon.PercentOff,
        CurrencyId = coupon.CurrencyId, Duration = coupon.Duration, DurationInMonths = coupon.DurationInMonths,
        Name = coupon.Name, Description = coupon.Description, Metadata = coupon.Metadata, TimesRedeemed = coupon.TimesRedeemed,
        Valid = coupon.Valid, CreatedVia = coupon.CreatedVia, CreatedAt = coupon.CreatedAt, UpdatedAt = coupon.UpdatedAt,
    };

    private static PromotionCode Strip(PromotionCodeExpanded code) => new()
    {
        Id = code.Id, Livemode = code.Livemode, Active = code.Active, Code = code.Code, Description = code.Description,
        CouponId = code.CouponId, MaxRedemptions = code.MaxRedemptions, TimesRedeemed = code.TimesRedeemed,
        ExpiresAt = code.ExpiresAt, CreatedAt = code.CreatedAt, UpdatedAt = code.UpdatedAt, Metadata = code.Metadata,
        CreatedVia = code.CreatedVia,
    };

    /// <summary>How an invoice was paid, under the payment method type's name, as Payment Kit records it.</summary>
    public static PaymentDetails PaidWith(string type, string txHash, string payer) => type switch
    {
        "arcblock" => new() { ArcBlock = new ArcBlockPaymentDetails { TxHash = txHash, Payer = payer } },
        "ethereum" => new() { Ethereum = new EvmPaymentDetails { TxHash = txHash, Payer = payer } },
        "base" => new() { Base = new EvmPaymentDetails { TxHash = txHash, Payer = payer } },
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "The sandbox seeds ArcBlock and EVM methods only."),
    };

    public static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
