using System.Numerics;
using System.Text.Json;

namespace PaymentSdk.Sandbox.Data;

/// <summary>
/// What invoices refer to in one mode: payment methods, currencies (decimals 18 and 6, and a credit
/// currency), products with their prices, coupons and promotion codes.
/// </summary>
internal sealed class Catalog
{
    public Catalog(SeededRandom random, bool livemode, DateTimeOffset created)
    {
        Livemode = livemode;
        Created = created;
        var arcblock = Method(random, "arcblock", livemode ? "ArcBlock" : "ArcBlock Beta", "https://main.abtnetwork.io/api/");
        var ethereum = Method(random, "ethereum", livemode ? "Ethereum" : "Ethereum Sepolia", "https://ethereum.example/rpc");
        Methods = [arcblock, ethereum];
        Abt = Currency(random, arcblock, livemode ? "ABT" : "TBA", "ArcBlock Token", 18, isBase: true, type: "standard");
        Usdc = Currency(random, ethereum, "USDC", "USD Coin", 6, isBase: false, type: "standard", contract: "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48");
        Credit = Currency(random, arcblock, "CREDIT", "Service Credits", 6, isBase: false, type: "credit");
        Currencies = [Abt, Usdc, Credit];

        Premium = Product(random, "Premium Plan", "Everything, with priority support.", "service");
        Basic = Product(random, "Basic Plan", "The essentials for small teams.", "service");
        Seats = Product(random, "Team Seats", "Additional seats for your organization.", "service");
        Storage = Product(random, "Storage Add-on", "100 GB of extra storage.", "good");
        Credits = Product(random, "API Credits", "Prepaid credits for API calls.", "credit");
        NodeStake = Product(random, "Node Stake", "Stake that secures a validator node.", "service");
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

    /// <summary>A price of <paramref name="product"/> in <paramref name="currency"/>, expanded as invoice lines carry it.</summary>
    public PriceExpanded Price(SeededRandom random, Product product, PaymentCurrency currency, BigInteger unitAmount, bool recurring) => new()
    {
        Id = random.Id("price"),
        Object = "price",
        ProductId = product.Id,
        Nickname = recurring ? product.Name + " (monthly)" : null,
        Active = true,
        Livemode = Livemode,
        Type = recurring ? "recurring" : "one_time",
        BillingScheme = "per_unit",
        UnitAmount = unitAmount,
        Recurring = recurring ? new PriceRecurring { Interval = "month", IntervalCount = 1, UsageType = "licensed", AggregateUsage = "sum" } : null,
        CurrencyId = currency.Id,
        CurrencyOptions = [new PriceCurrencyOption { CurrencyId = currency.Id, UnitAmount = unitAmount }],
        Metadata = new(),
        CreatedAt = Created,
        CreatedVia = "dashboard",
        UpdatedAt = Created,
        QuantityAvailable = 0,
        QuantitySold = random.Between(0, 500),
        QuantityLimitPerCheckout = 0,
        TaxBehavior = "exclusive",
        PricingType = "fixed",
        DynamicPricingConfig = new DynamicPricingConfig(),
        Product = product,
        Currency = currency,
    };

    private PaymentMethod Method(SeededRandom random, string type, string name, string endpoint) => new()
    {
        Id = random.Id("pm"),
        Active = true,
        Livemode = Livemode,
        Type = type,
        Name = name,
        Description = $"Pay with {name}",
        Logo = $"/methods/{type}.png",
        Confirmation = new PaymentMethodConfirmation { Type = "block" },
        Settings = ChainSettings(type, new ChainPaymentMethodSettings { ApiHost = endpoint, ExplorerHost = endpoint + "explorer" }),
        Features = new PaymentMethodFeatures { Recurring = true, Refund = true, Dispute = false },
        Metadata = new(),
        CreatedAt = Created,
        UpdatedAt = Created,
    };

    private PaymentCurrency Currency(SeededRandom random, PaymentMethod method, string symbol, string name, int decimals, bool isBase, string type, string? contract = null)
    {
        var currency = new PaymentCurrency
        {
            Id = random.Id("pc"),
            PaymentMethodId = method.Id,
            Active = true,
            Livemode = Livemode,
            IsBaseCurrency = isBase,
            Name = name,
            Description = $"{name} on {method.Name}",
            Logo = $"/currencies/{symbol.ToLowerInvariant()}.png",
            Symbol = symbol,
            Decimal = decimals,
            MaximumPrecision = Math.Min(decimals, 6),
            MinimumPaymentAmount = BigInteger.Pow(10, decimals - 2),
            MaximumPaymentAmount = 1_000_000_000 * BigInteger.Pow(10, decimals),
            Contract = contract,
            Metadata = new(),
            CreatedAt = Created,
            UpdatedAt = Created,
            Type = type,
        };
        method.DefaultCurrencyId ??= currency.Id;
        return currency;
    }

    private Product Product(SeededRandom random, string name, string description, string type) => new()
    {
        Id = random.Id("prod"),
        Active = true,
        Livemode = Livemode,
        Type = type,
        Name = name,
        Description = description,
        Images = [],
        Features = [new ProductFeature { Name = $"{name} support" }],
        UnitLabel = type == "credit" ? "credit" : null,
        Metadata = new(),
        StatementDescriptor = name.ToUpperInvariant(),
        CreatedAt = Created,
        CreatedVia = "dashboard",
        UpdatedAt = Created,
    };

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

    /// <summary>A payment method's settings with <paramref name="chain"/> under its own type's name.</summary>
    private static PaymentMethodSettings ChainSettings(string type, ChainPaymentMethodSettings chain) => type switch
    {
        "arcblock" => new() { ArcBlock = chain },
        "ethereum" => new() { Ethereum = chain },
        "base" => new() { Base = chain },
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "The sandbox seeds ArcBlock and EVM methods only."),
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
