using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using PaymentSdk.Sandbox.Resources.Customers;
using PaymentSdk.Sandbox.State;

namespace PaymentSdk.Sandbox.Data;

/// <summary>
/// The sandbox's data, the same on every start: test mode has 24 customers and over 240 invoices
/// (every status and billing reason, ABT with 18 decimals and USDC with 6, stakes and returned
/// stakes, discounts, credit grants, amounts above 2^64); live mode a smaller, separate set.
/// </summary>
internal static class SandboxSeed
{
    /// <summary>The newest seeded invoice is a little older than this instant.</summary>
    public static readonly DateTimeOffset Epoch = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    public static (ModeState Test, ModeState Live) Create() =>
        (new ModeBuilder(new SeededRandom(0x5EED_7E57), livemode: false, customers: 24, invoices: 240).Build(),
         new ModeBuilder(new SeededRandom(0x5EED_11FE), livemode: true, customers: 8, invoices: 60).Build());

    /// <summary>Every billing reason of the schema, so that each appears in test mode.</summary>
    public static readonly string[] BillingReasons =
    [
        "subscription_create", "subscription_cycle", "subscription_update", "subscription_recover", "subscription_threshold",
        "subscription_cancel", "subscription", "manual", "upcoming", "slash_stake", "stake", "overdraft_protection",
        "stake_overdraft_protection", "recharge", "auto_recharge",
    ];

    public static readonly string[] Statuses = ["draft", "open", "void", "paid", "uncollectible"];

    /// <summary>Metadata that marks an invoice recording a returned stake, and the stake invoice it returns.</summary>
    public const string KindKey = "kind", ReturnStakeKind = "return_stake", StakeInvoiceKey = "stake_invoice_id";

    public static bool IsStakeReason(string reason) => reason is "stake" or "stake_overdraft_protection";

    private sealed class ModeBuilder(SeededRandom random, bool livemode, int customers, int invoices)
    {
        private static readonly string[] FirstNames =
            ["Alice", "Bob", "Carol", "Dave", "Erin", "Frank", "Grace", "Heidi", "Ivan", "Judy", "Mallory", "Niaj",
             "Olivia", "Peggy", "Rupert", "Sybil", "Trent", "Uma", "Victor", "Wendy", "Xavier", "Yasmin", "Zoe", "Quinn"];
        private static readonly string[] LastNames =
            ["Nakamura", "Okafor", "Schmidt", "García", "Kowalski", "Haddad", "Larsen", "Moreau", "Silva", "Chen", "Novák", "Rossi"];
        private static readonly string[] Cities = ["Berlin", "Lagos", "Osaka", "Lisbon", "Toronto", "Austin", "Kraków", "Seoul"];
        private static readonly string[] Channels = ["web", "app", "api"];

        private readonly ModeState _mode = new(livemode);
        private readonly SeedIds _ids = new(random);
        private Catalog _catalog = null!;
        private readonly List<Customer> _customers = [];
        private readonly List<Subscription> _subscriptions = [];
        private readonly Dictionary<string, Subscription> _main = [];
        private readonly Dictionary<string, Subscription> _lapsed = [];
        private readonly Dictionary<string, Subscription> _recovered = [];
        private readonly Dictionary<string, Invoice> _lastBySubscription = [];
        private readonly Dictionary<(string, string, string, bool), PriceExpanded> _prices = [];
        private readonly List<InvoiceWithDiscount> _invoices = [];
        private readonly HashSet<string> _returned = [];
        private bool _hugeStakeSeeded;

        public ModeState Build()
        {
            _catalog = new Catalog(random, SeedChange(Epoch.AddDays(-500)));
            for (var i = 0; i < customers; i++) AddCustomer(i);
            for (var k = 0; k < invoices; k++) AddInvoice(k);
            // Subscriptions and invoices have no operation in the sandbox yet (part 2 of the resources): stored as made.
            _mode.Subscriptions.Load(_subscriptions.OrderByDescending(s => s.CreatedAt));
            _mode.Invoices.Load(Enumerable.Reverse(_invoices));
            _mode.ReturnedStakes.UnionWith(_returned);
            return _mode;
        }

        /// <summary>A change of the seed's mode at <paramref name="now"/> on its fixed clock, with the seed's ids; its events go nowhere.</summary>
        private Change SeedChange(DateTimeOffset now) => new(_mode, now, _ids.Next);

        private void AddCustomer(int i)
        {
            var first = FirstNames[i % FirstNames.Length];
            var last = LastNames[i * 5 % LastNames.Length];
            var city = Cities[i % Cities.Length];
            var created = Epoch.AddDays(-400 + i * 3);
            var address = new CustomerAddress { City = city, Country = "XX", Line1 = $"{10 + i} Market Street", Line2 = $"Suite {i + 1}", PostalCode = $"{10000 + i * 37}", State = "Central" };

            // As a Blocklet app makes its customers: customers.retrieve(did, { create: true }), then customers.update.
            // The seed has always drawn a customer's id before its DID, so the operation is handed the id drawn first.
            var id = random.Id("cus");
            var did = random.Did();
            var change = SeedChange(created);
            _ids.Reserve(id);
            var customer = CustomerModule.Retrieve(change, did, create: true);
            CustomerModule.Update(change, customer, Catalog.Body(new JsonObject
            {
                ["name"] = $"{first} {last}",
                ["email"] = $"{first.ToLowerInvariant()}.{Ascii(last).ToLowerInvariant()}@example.{(livemode ? "org" : "com")}",
                ["phone"] = $"+1 555 01{i:00}",
                ["description"] = $"{first} {last}, customer since {created:yyyy-MM-dd}",
                ["address"] = JsonSerializer.SerializeToNode(address, SandboxJson.Context.CustomerAddress),
                ["metadata"] = new JsonObject { ["segment"] = i % 3 == 0 ? "enterprise" : "self-serve" },
            }));
            // What no API sets: the customer's history with the store.
            customer.Shipping = new CustomerShipping { Address = address, Name = customer.Name, Phone = customer.Phone };
            customer.TokenBalance = new() { [_catalog.Abt.Id] = random.TokenAmount(random.Between(0, 900), 18, 3), [_catalog.Credit.Id] = random.TokenAmount(random.Between(0, 5000), 6, 2) };
            customer.CurrencyId = _catalog.Abt.Id;
            customer.Delinquent = i % 11 == 10;
            customer.InvoicePrefix = random.Hex(8);
            customer.InvoiceSettings = new CustomerInvoiceSettings { CustomFields = [], Footer = "Thank you for your business." };
            customer.Preference = new CustomerPreferences { ExtensionData = new Dictionary<string, JsonElement> { ["locale"] = Catalog.Json("\"en\""), ["timezone"] = Catalog.Json("\"UTC\"") } };
            _customers.Add(customer);

            var plan = i % 2 == 0 ? _catalog.Premium : _catalog.Basic;
            var currency = i % 4 == 1 ? _catalog.Usdc : _catalog.Abt;
            _main[customer.Id] = AddSubscription(customer, plan, currency, "active", recoveredFrom: null);
            if (i % 3 == 2)
            {
                // A subscription that lapsed and was recovered by a new one: include_recovered_from follows that link.
                var lapsed = _lapsed[customer.Id] = AddSubscription(customer, plan, currency, "canceled", recoveredFrom: null);
                _recovered[customer.Id] = AddSubscription(customer, plan, currency, "active", recoveredFrom: lapsed.Id);
            }
        }

        private Subscription AddSubscription(Customer customer, Product plan, PaymentCurrency currency, string status, string? recoveredFrom)
        {
            var start = customer.CreatedAt!.Value.AddDays(1 + _subscriptions.Count % 5);
            var subscription = new Subscription
            {
                Id = random.Id("sub"),
                Livemode = livemode,
                CurrencyId = currency.Id,
                CustomerId = customer.Id,
                CurrentPeriodStart = Epoch.AddDays(-15),
                CurrentPeriodEnd = Epoch.AddDays(15),
                DefaultPaymentMethodId = currency.PaymentMethodId,
                Description = plan.Name,
                Metadata = new(),
                Status = status,
                CancelAtPeriodEnd = false,
                CanceledAt = status == "canceled" ? start.AddDays(60) : null,
                BillingCycleAnchor = start,
                CollectionMethod = "charge_automatically",
                DaysUntilDue = 7,
                PaymentSettings = new PaymentSettings { PaymentMethodTypes = [_catalog.MethodOf(currency).Type], PaymentMethodOptions = new PaymentMethodOptions() },
                PendingInvoiceItemInterval = new PriceRecurring { Interval = "month", IntervalCount = 1 },
                StartDate = start,
                EndedAt = status == "canceled" ? start.AddDays(60) : null,
                ProrationBehavior = "create_prorations",
                PaymentBehavior = "allow_incomplete",
                RecoveredFrom = recoveredFrom,
                CreatedAt = start,
                UpdatedAt = start,
            };
            _subscriptions.Add(subscription);
            return subscription;
        }

        private void AddInvoice(int k)
        {
            var created = Epoch.AddHours(-5.0 * (invoices - k)).AddMinutes(-random.Next(240));
            var reason = k % 8 == 3 ? BillingReasons[k / 8 % BillingReasons.Length] : CommonReason();
            var customer = random.Pick(_customers);
            if (reason == "subscription_recover")
                customer = _customers.Where(c => _recovered.ContainsKey(c.Id)).ElementAt(k % _recovered.Count);
            var status = StatusFor(k, reason);
            var invoice = Invoice(k, created, reason, status, customer);
            _invoices.Add(invoice);

            if (IsStakeReason(reason) && status == "paid" && k % 3 == 0)
            {
                var returned = Invoice(k, created.AddMinutes(30), "stake", "paid", customer, stakeReturned: invoice);
                _invoices.Add(returned);
                _returned.Add(invoice.Id);
            }
        }

        private string CommonReason() => random.Next(100) switch
        {
            < 40 => "subscription_cycle",
            < 50 => "subscription_create",
            < 60 => "manual",
            < 70 => "stake",
            < 78 => "recharge",
            < 84 => "subscription_update",
            < 88 => "auto_recharge",
            < 92 => "overdraft_protection",
            < 96 => "stake_overdraft_protection",
            _ => "subscription_threshold",
        };

        private string StatusFor(int k, string reason)
        {
            if (reason == "upcoming") return "draft";
            if (IsStakeReason(reason)) return random.Chance(75) ? "paid" : "open";
            if (k % 8 == 5) return Statuses[k / 8 % Statuses.Length];
            return random.Next(100) switch { < 55 => "paid", < 72 => "open", < 80 => "draft", < 90 => "void", _ => "uncollectible" };
        }

        /// <summary>
        /// The subscription billed: the recovered one for recovery invoices; in the older part of the history, the
        /// lapsed one for cycles of customers who have one (so that include_recovered_from has something to add).
        /// </summary>
        private Subscription? SubscriptionFor(int k, string reason, Customer customer) => reason switch
        {
            "subscription_recover" => _recovered[customer.Id],
            "subscription_cycle" or "subscription_cancel" when k < invoices / 2 && _lapsed.TryGetValue(customer.Id, out var lapsed) => lapsed,
            "subscription_cycle" when _recovered.TryGetValue(customer.Id, out var recovered) => recovered,
            "manual" or "recharge" or "auto_recharge" => null,
            _ => _main[customer.Id],
        };

        private PaymentCurrency CurrencyFor(string reason, Subscription? subscription) => reason switch
        {
            "stake" or "stake_overdraft_protection" or "slash_stake" or "overdraft_protection" => _catalog.Abt,
            "recharge" or "auto_recharge" => _catalog.Usdc,
            _ when subscription is not null => _catalog.Currencies.Single(c => c.Id == subscription.CurrencyId),
            _ => random.Chance(50) ? _catalog.Abt : _catalog.Usdc,
        };

        private InvoiceWithDiscount Invoice(int k, DateTimeOffset created, string reason, string status, Customer customer, InvoiceWithDiscount? stakeReturned = null)
        {
            var subscription = stakeReturned?.Subscription ?? SubscriptionFor(k, reason, customer);
            var currency = stakeReturned?.PaymentCurrency ?? CurrencyFor(reason, subscription);
            var method = _catalog.MethodOf(currency);
            var id = random.Id("in");
            var lines = stakeReturned is null ? Lines(k, reason, subscription, currency) : [(_catalog.NodeStake, Price(_catalog.NodeStake, currency, "token", recurring: false), stakeReturned.Lines[0].Quantity)];
            var subtotal = lines.Aggregate(BigInteger.Zero, (sum, line) => sum + line.Price.UnitAmount.ToBigInteger() * line.Quantity);
            var coupon = stakeReturned is null && !subtotal.IsZero && !IsStakeReason(reason) && k % 5 == 2 ? CouponFor(currency, k) : null;
            var discount = coupon is null ? BigInteger.Zero : Discount(coupon, subtotal);
            var total = subtotal - discount;
            var paid = status == "paid";
            var sequence = customer.NextInvoiceSequence ?? 1;
            customer.NextInvoiceSequence = sequence + 1;

            var invoice = new InvoiceWithDiscount
            {
                Id = id,
                Object = "invoice",
                Number = $"{customer.InvoicePrefix}-{sequence:D4}",
                Livemode = livemode,
                Description = stakeReturned is null ? Describe(reason, lines[0].Product) : $"Stake returned for {stakeReturned.Number}",
                StatementDescriptor = lines[0].Product.StatementDescriptor ?? lines[0].Product.Name,
                PeriodStart = created.AddDays(-30),
                PeriodEnd = created,
                AutoAdvance = status is "open" or "draft",
                Paid = paid,
                PaidOutOfBand = paid && k % 17 == 0,
                Status = status,
                CollectionMethod = reason == "manual" ? "send_invoice" : "charge_automatically",
                BillingReason = reason,
                CurrencyId = currency.Id,
                CustomerId = customer.Id,
                SubscriptionId = subscription?.Id,
                Subtotal = subtotal,
                SubtotalExcludingTax = subtotal,
                Tax = Amount.Zero,
                Total = total,
                AmountDue = total,
                AmountPaid = paid ? total : BigInteger.Zero,
                AmountRemaining = paid ? BigInteger.Zero : total,
                AmountShipping = Amount.Zero,
                StartingBalance = Amount.Zero,
                EndingBalance = Amount.Zero,
                StartingTokenBalance = new() { [currency.Id] = customer.TokenBalance![_catalog.Abt.Id] },
                EndingTokenBalance = new() { [currency.Id] = customer.TokenBalance![_catalog.Abt.Id] },
                AttemptCount = status is "uncollectible" ? 3 : status is "draft" ? 0 : 1,
                Attempted = status is not "draft",
                NextPaymentAttempt = status == "open" ? created.AddDays(1) : null,
                CustomFields = [new SimpleCustomField { Name = "PO number", Value = $"PO-{1000 + k}" }],
                CustomerAddress = customer.Address,
                CustomerEmail = customer.Email,
                CustomerName = customer.Name,
                CustomerPhone = customer.Phone,
                CustomerShipping = customer.Shipping,
                Discounts = coupon is null ? [] : [coupon.Value.Coupon.Id],
                TotalDiscountAmounts = coupon is null ? [] : [new DiscountAmount { Amount = discount, Coupon = coupon.Value.Coupon.Id, PromotionCode = coupon.Value.Code.Id, Discount = coupon.Value.Coupon.Id }],
                DueDate = created.AddDays(7),
                EffectiveAt = created,
                Footer = "Thank you for your business.",
                AccountCountry = "XX",
                AccountName = livemode ? "Example Store" : "Example Store (test)",
                HostedInvoiceUrl = $"https://store.example/payment/customer/invoice/{id}",
                InvoicePdf = $"https://store.example/payment/customer/invoice/{id}/pdf",
                LastFinalizationError = status == "uncollectible" ? new PaymentError { Type = "card_error", Code = "insufficient_funds", Message = "The balance was too low to pay this invoice." } : null,
                PaymentSettings = new PaymentSettings { PaymentMethodTypes = [method.Type], PaymentMethodOptions = new PaymentMethodOptions() },
                DefaultPaymentMethodId = method.Id,
                StatusTransitions = new InvoiceStatusTransitions
                {
                    FinalizedAt = status == "draft" ? null : created.AddMinutes(1),
                    PaidAt = paid ? created.AddHours(1) : null,
                    VoidedAt = status == "void" ? created.AddDays(2) : null,
                    MarkedUncollectibleAt = status == "uncollectible" ? created.AddDays(7) : null,
                },
                Metadata = Metadata(k, stakeReturned),
                CreatedAt = created,
                UpdatedAt = paid ? created.AddHours(1) : created,
                Customer = customer,
                PaymentCurrency = currency,
                PaymentMethod = method,
                Subscription = subscription,
                DiscountDetails = coupon is null ? null : [new InvoiceDiscountDetail { Coupon = coupon.Value.Coupon, PromotionCode = coupon.Value.Code }],
            };
            invoice.Lines = lines.Select((line, n) => Line(invoice, line.Product, line.Price, line.Quantity, n == 0 ? discount : BigInteger.Zero, coupon?.Coupon.Id)).ToList();
            if (status != "draft") invoice.PaymentIntent = Intent(invoice, method);
            invoice.PaymentIntentId = invoice.PaymentIntent?.Id;
            if (reason is "recharge" or "auto_recharge" && paid) invoice.RelatedCreditGrants = [CreditGrant(invoice, lines[0].Quantity)];
            if (subscription is not null && reason is "subscription_update" or "subscription_recover" or "subscription_cancel")
                invoice.RelatedInvoice = _lastBySubscription.GetValueOrDefault(subscription.RecoveredFrom ?? subscription.Id);
            if (reason is "subscription_create" or "manual" && status != "draft") AddCheckout(invoice, reason, method);
            if (subscription is not null)
            {
                _lastBySubscription[subscription.Id] = Partial(invoice);
                subscription.LatestInvoiceId = invoice.Id;
            }
            return invoice;
        }

        private List<(Product Product, PriceExpanded Price, long Quantity)> Lines(int k, string reason, Subscription? subscription, PaymentCurrency currency)
        {
            var plan = subscription?.Description == _catalog.Basic.Name ? _catalog.Basic : _catalog.Premium;
            switch (reason)
            {
                case "stake" or "stake_overdraft_protection" or "slash_stake" or "overdraft_protection":
                    // One stake of a trillion ABT: 10^30 in the smallest unit, far above 2^64.
                    var huge = reason == "stake" && !_hugeStakeSeeded;
                    _hugeStakeSeeded |= huge;
                    var tokens = huge ? 1_000_000_000_000L : random.Between(100, 20_000);
                    return [(_catalog.NodeStake, Price(_catalog.NodeStake, currency, "token", recurring: false), tokens)];
                case "recharge" or "auto_recharge":
                    return [(_catalog.Credits, Price(_catalog.Credits, currency, "credit", recurring: false), random.Between(10, 500) * 100L)];
                case "manual":
                    return [(_catalog.Storage, Price(_catalog.Storage, currency, "unit", recurring: false), random.Between(1, 5)),
                            (_catalog.Seats, Price(_catalog.Seats, currency, "unit", recurring: false), random.Between(1, 3))];
                case "subscription_create" when k % 3 == 0:
                    return [(plan, Price(plan, currency, "trial", recurring: true), 1)];
                default:
                    var lines = new List<(Product, PriceExpanded, long)> { (plan, Price(plan, currency, "unit", recurring: true), 1) };
                    if (random.Chance(40)) lines.Add((_catalog.Seats, Price(_catalog.Seats, currency, "unit", recurring: true), random.Between(1, 5)));
                    if (random.Chance(20)) lines.Add((_catalog.Storage, Price(_catalog.Storage, currency, "unit", recurring: true), 1));
                    return lines;
            }
        }

        /// <summary>One price per product, currency, kind and recurrence, shared by every line that uses it.</summary>
        private PriceExpanded Price(Product product, PaymentCurrency currency, string kind, bool recurring)
        {
            var key = (product.Id, currency.Id, kind, recurring);
            if (!_prices.TryGetValue(key, out var price))
                _prices[key] = price = _catalog.Price(random, product, currency, UnitTokens(product, currency, kind), recurring);
            return price;
        }

        /// <summary>A price's unit amount in token units, as <c>prices.create</c> takes it.</summary>
        private static string UnitTokens(Product product, PaymentCurrency currency, string kind) => kind switch
        {
            "trial" => "0",
            "token" => "1",
            "credit" => "0.01",
            _ => product.Name switch
            {
                "Premium Plan" => "49.5",
                "Basic Plan" => "12.25",
                "Team Seats" => "7.5",
                _ => currency.Decimal == 18 ? "3.141592653589793238" : "2.5",
            },
        };

        private (CouponExpanded Coupon, PromotionCodeExpanded Code)? CouponFor(PaymentCurrency currency, int k)
        {
            // The fixed-amount coupon is in ABT; USDC invoices get the percentage ones.
            var index = currency.Id == _catalog.Abt.Id ? k / 5 % 3 : k / 5 % 2;
            return (_catalog.Coupons[index], _catalog.PromotionCodes[index]);
        }

        private static BigInteger Discount((CouponExpanded Coupon, PromotionCodeExpanded Code)? coupon, BigInteger subtotal)
        {
            var c = coupon!.Value.Coupon;
            return c.PercentOff > 0 ? subtotal * (int)c.PercentOff / 100 : BigInteger.Min(c.AmountOff.ToBigInteger(), subtotal);
        }

        private static string Describe(string reason, Product product) => reason switch
        {
            "subscription_create" => $"Subscription creation: {product.Name}",
            "subscription_cycle" => $"Subscription cycle: {product.Name}",
            "subscription_update" => $"Subscription update: {product.Name}",
            "subscription_recover" => $"Subscription recovery: {product.Name}",
            "subscription_threshold" => "Usage threshold reached",
            "subscription_cancel" => "Final invoice on cancellation",
            "subscription" => "Subscription",
            "manual" => "Manual invoice",
            "upcoming" => "Upcoming invoice",
            "slash_stake" => "Stake slashed",
            "stake" => "Stake for subscription",
            "overdraft_protection" => "Overdraft protection",
            "stake_overdraft_protection" => "Stake for overdraft protection",
            "recharge" => "Credit recharge",
            "auto_recharge" => "Automatic credit recharge",
            _ => reason,
        };

        private static Dictionary<string, System.Text.Json.JsonElement> Metadata(int k, Invoice? stakeReturned)
        {
            var metadata = new Dictionary<string, System.Text.Json.JsonElement>();
            if (stakeReturned is not null)
            {
                metadata[KindKey] = Catalog.Json($"\"{ReturnStakeKind}\"");
                metadata[StakeInvoiceKey] = Catalog.Json($"\"{stakeReturned.Id}\"");
                return metadata;
            }
            if (k % 2 == 0) metadata["channel"] = Catalog.Json($"\"{Channels[k / 2 % Channels.Length]}\"");
            if (k % 4 == 1) metadata["order_id"] = Catalog.Json($"\"ord_{k:D4}\"");
            return metadata;
        }

        private InvoiceItemExpanded Line(InvoiceWithDiscount invoice, Product product, PriceExpanded price, long quantity, BigInteger discount, string? couponId) => new()
        {
            Id = random.Id("ii"),
            Object = "invoice_item",
            Livemode = livemode,
            Amount = price.UnitAmount.ToBigInteger() * quantity,
            Quantity = quantity,
            Description = $"{price.Nickname ?? product.Name} × {quantity}",
            Period = new InvoiceItemPeriod { Start = invoice.PeriodStart, End = invoice.PeriodEnd },
            CurrencyId = invoice.CurrencyId,
            CustomerId = invoice.CustomerId,
            PriceId = price.Id,
            InvoiceId = invoice.Id,
            SubscriptionId = invoice.SubscriptionId,
            SubscriptionItemId = invoice.SubscriptionId is null ? null : random.Id("si"),
            Discountable = true,
            DiscountAmounts = discount.IsZero ? [] : [new DiscountAmount { Amount = discount, Coupon = couponId, Discount = couponId }],
            Discounts = discount.IsZero || couponId is null ? [] : [couponId],
            Proration = false,
            ProrationDetails = new ProrationDetails(),
            Metadata = new(),
            CreatedAt = invoice.CreatedAt,
            UpdatedAt = invoice.CreatedAt,
            Price = price,
        };

        private PaymentIntent Intent(InvoiceWithDiscount invoice, PaymentMethod method) => new()
        {
            Id = random.Id("pi"),
            Livemode = livemode,
            Description = invoice.Description ?? "",
            Amount = invoice.Total,
            AmountReceived = invoice.AmountPaid,
            AmountCapturable = Amount.Zero,
            CurrencyId = invoice.CurrencyId,
            CustomerId = invoice.CustomerId,
            PaymentMethodId = method.Id,
            InvoiceId = invoice.Id,
            LastPaymentError = invoice.LastFinalizationError,
            Metadata = new(),
            ReceiptEmail = invoice.CustomerEmail,
            StatementDescriptor = invoice.StatementDescriptor,
            Status = invoice.Status switch { "paid" => "succeeded", "void" => "canceled", "uncollectible" => "requires_action", _ => "requires_payment_method" },
            CanceledAt = invoice.Status == "void" ? invoice.StatusTransitions!.VoidedAt : null,
            CancellationReason = invoice.Status == "void" ? "void_invoice" : null,
            CaptureMethod = "automatic",
            ConfirmationMethod = "automatic",
            PaymentMethodTypes = [method.Type],
            PaymentDetails = invoice.Paid ? Catalog.PaidWith(method.Type, "0x" + random.Hex(64).ToLowerInvariant(), invoice.Customer!.Did) : null,
            SetupFutureUsage = "off_session",
            CreatedAt = invoice.CreatedAt,
            UpdatedAt = invoice.UpdatedAt,
        };

        private CreditGrantExpanded CreditGrant(InvoiceWithDiscount invoice, long credits)
        {
            var amount = credits * BigInteger.Pow(10, _catalog.Credit.Decimal);
            return new CreditGrantExpanded
            {
                Id = random.Id("cg"),
                Object = "credit_grant",
                Amount = amount,
                CurrencyId = _catalog.Credit.Id,
                ApplicabilityConfig = Catalog.Json("""{"scope":{"price_type":"metered"}}"""),
                Category = "paid",
                CustomerId = invoice.CustomerId,
                EffectiveAt = invoice.StatusTransitions!.PaidAt,
                ExpiresAt = invoice.CreatedAt!.Value.AddYears(1),
                Livemode = livemode,
                Metadata = new() { ["invoice_id"] = Catalog.Json($"\"{invoice.Id}\"") },
                Name = $"Credits from {invoice.Number}",
                Priority = 50,
                Status = "granted",
                RemainingAmount = amount / 2,
                CreatedVia = "api",
                CreatedAt = invoice.CreatedAt,
                UpdatedAt = invoice.UpdatedAt,
                Customer = invoice.Customer,
                PaymentCurrency = _catalog.Credit,
                PaymentMethod = _catalog.MethodOf(_catalog.Credit),
                Items = Catalog.Json($$"""[{"price_id":"{{invoice.Lines[0].PriceId}}","quantity":{{credits}}}]"""),
            };
        }

        private void AddCheckout(InvoiceWithDiscount invoice, string reason, PaymentMethod method)
        {
            if (reason == "manual")
            {
                invoice.PaymentLink = new PaymentLink
                {
                    Id = random.Id("plink"), Active = true, Livemode = livemode, Name = "Storage and seats",
                    LineItems = Catalog.Json($$"""[{"price_id":"{{invoice.Lines[0].PriceId}}","quantity":1}]"""),
                    CurrencyId = invoice.CurrencyId, AllowPromotionCodes = true, CustomerCreation = "always",
                    PaymentMethodTypes = [method.Type], SubmitType = "pay", Metadata = new(),
                    CreatedAt = _catalog.Created, CreatedVia = "dashboard", UpdatedAt = _catalog.Created,
                };
            }
            invoice.CheckoutSessionId = random.Id("cs");
            invoice.CheckoutSession = new CheckoutSession
            {
                Id = invoice.CheckoutSessionId,
                Livemode = livemode,
                CurrencyId = invoice.CurrencyId,
                InvoiceId = invoice.Id,
                CustomerId = invoice.CustomerId,
                CustomerDid = invoice.Customer!.Did,
                PaymentLinkId = invoice.PaymentLink?.Id,
                SubscriptionId = invoice.SubscriptionId,
                PaymentIntentId = invoice.PaymentIntent?.Id,
                Mode = reason == "manual" ? "payment" : "subscription",
                Status = invoice.Paid ? "complete" : "open",
                PaymentStatus = invoice.Paid ? "paid" : invoice.Total.ToBigInteger().IsZero ? "no_payment_required" : "unpaid",
                LineItems = Catalog.Json($$"""[{"price_id":"{{invoice.Lines[0].PriceId}}","quantity":{{invoice.Lines[0].Quantity}}}]"""),
                AmountSubtotal = invoice.Subtotal,
                AmountTotal = invoice.Total,
                Url = $"https://store.example/payment/checkout/pay/{invoice.CheckoutSessionId}",
                SuccessUrl = "https://store.example/thanks",
                CancelUrl = "https://store.example/cart",
                CustomerCreation = "always",
                ExpiresAt = invoice.CreatedAt!.Value.AddDays(1),
                PaymentMethodTypes = [method.Type],
                SubmitType = reason == "manual" ? "pay" : "subscribe",
                Metadata = new(),
                NftMintStatus = "disabled",
                CreatedAt = invoice.CreatedAt,
                CreatedVia = "portal",
                UpdatedAt = invoice.UpdatedAt,
            };
        }

        /// <summary>The few fields Payment Kit includes when it nests a related invoice.</summary>
        private static Invoice Partial(Invoice invoice) => new()
        {
            Id = invoice.Id, Number = invoice.Number, Livemode = invoice.Livemode, Status = invoice.Status,
            BillingReason = invoice.BillingReason, CurrencyId = invoice.CurrencyId, CustomerId = invoice.CustomerId,
            SubscriptionId = invoice.SubscriptionId, Total = invoice.Total, AmountPaid = invoice.AmountPaid,
            CreatedAt = invoice.CreatedAt, UpdatedAt = invoice.UpdatedAt,
        };

        private static string Ascii(string text) => new(text.Normalize(System.Text.NormalizationForm.FormD).Where(c => c < 128).ToArray());
    }
}
