using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PaymentSdk.Serialization;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Models;

/// <summary>
/// The objects the schema (<c>@blocklet/payment-types</c> 1.27.2) names inside invoices, prices,
/// customers, methods and intents read into their own types — they were raw <c>JsonElement</c>s
/// before — and lose nothing on a round trip, the fields the schema does not name included.
/// </summary>
public sealed class SchemaObjectTests
{
    /// <summary>
    /// Reads <paramref name="json"/>, checks that every field found a property (only the names in
    /// <paramref name="unknownOnPurpose"/> may land in an <c>ExtensionData</c>) and that writing it back
    /// loses nothing, and returns what was read.
    /// </summary>
    private static T Read<T>(string json, params string[] unknownOnPurpose)
    {
        // The nested types have no property of their own on the context; GetTypeInfo finds their generated metadata.
        var type = (JsonTypeInfo<T>)PaymentJsonContext.Default.GetTypeInfo(typeof(T))!;
        var value = JsonSerializer.Deserialize(json, type)!;
        Assert.Equal(unknownOnPurpose.Order(), UnknownFields(value).Order());
        JsonAssert.LosesNothing(json, JsonSerializer.Serialize(value, type));
        return value;
    }

    /// <summary>The names in every <c>ExtensionData</c> of <paramref name="value"/> and of the models under it.</summary>
    private static IEnumerable<string> UnknownFields(object? value) => value switch
    {
        null or string or JsonElement => [],
        PaymentEntity entity => (entity.ExtensionData?.Keys ?? Enumerable.Empty<string>()).Concat(
            entity.GetType().GetProperties()
                .Where(p => p.Name != nameof(PaymentEntity.ExtensionData) && p.GetIndexParameters().Length == 0)
                .SelectMany(p => UnknownFields(p.GetValue(entity)))),
        System.Collections.IDictionary map => map.Values.Cast<object?>().SelectMany(UnknownFields),
        System.Collections.IEnumerable items => items.Cast<object?>().SelectMany(UnknownFields),
        _ => [],
    };

    [Fact]
    public void An_invoice_item_reads_its_period_and_proration_details()
    {
        var item = Read<InvoiceItemExpanded>("""
            {"id":"ii_1","period":{"start":1767225600,"end":1769904000},
             "proration_details":{"credited_items":{"invoice_id":"in_old","invoice_line_items":["ii_a","ii_b"],"future":1}}}
            """, "future");

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1767225600), item.Period!.Start);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1769904000), item.Period.End);
        Assert.Equal("in_old", item.ProrationDetails!.CreditedItems!.InvoiceId);
        Assert.Equal(["ii_a", "ii_b"], item.ProrationDetails.CreditedItems.InvoiceLineItems);
        Assert.Equal(1, item.ProrationDetails.CreditedItems.ExtensionData!["future"].GetInt32());
    }

    [Fact]
    public void A_proration_that_credits_nothing_reads_as_details_without_credited_items()
    {
        var item = Read<InvoiceItemExpanded>("""{"id":"ii_1","proration_details":{"credited_items":null}}""");

        Assert.NotNull(item.ProrationDetails);
        Assert.Null(item.ProrationDetails.CreditedItems);
    }

    [Fact]
    public void A_price_reads_its_recurring_tiers_currency_options_and_settings_with_amounts_exact()
    {
        var price = Read<PriceExpanded>("""
            {"id":"price_1","recurring":{"interval":"month","interval_count":3,"aggregate_usage":"sum","usage_type":"metered","meter_id":"mtr_1"},
             "tiers_mode":"graduated",
             "tiers":[{"flat_amount":0,"unit_amount":"1000000000000000000","up_to":10},{"flat_amount":2.5,"unit_amount":"900000000000000000000000","up_to":null}],
             "custom_unit_amount":{"maximum":"100","minimum":"1","preset":"5","presets":["1","5","10"]},
             "transform_quantity":{"divide_by":1000,"round":"up"},
             "currency_options":[{"currency_id":"pc_abt","unit_amount":"340282366920938463463374607431768211457","tiers":null,"custom_unit_amount":null},
                                 {"currency_id":"pc_usd","unit_amount":"500","tiers":[{"unit_amount":"400","up_to":5}],"custom_unit_amount":{"preset":"7"}}],
             "dynamic_pricing_config":{"lock_duration":300,"rate_source":"oracle"}}
            """, "rate_source");

        Assert.Equal(("month", 3, "sum", "metered", "mtr_1"), (price.Recurring!.Interval, price.Recurring.IntervalCount, price.Recurring.AggregateUsage, price.Recurring.UsageType, price.Recurring.MeterId));
        Assert.Equal([(0m, "1000000000000000000", (long?)10), (2.5m, "900000000000000000000000", null)],
            price.Tiers!.Select(t => (t.FlatAmount!.Value, t.UnitAmount!.Value.ToString(), t.UpTo)));
        Assert.Equal(("100", "1", "5"), (price.CustomUnitAmount!.Maximum, price.CustomUnitAmount.Minimum, price.CustomUnitAmount.Preset));
        Assert.Equal(["1", "5", "10"], price.CustomUnitAmount.Presets!);
        Assert.Equal((1000L, "up"), (price.TransformQuantity!.DivideBy, price.TransformQuantity.Round));
        Assert.Equal("340282366920938463463374607431768211457", price.CurrencyOptions![0].UnitAmount.ToString());
        Assert.Null(price.CurrencyOptions[0].Tiers);
        Assert.Equal(("pc_usd", "400", "7"), (price.CurrencyOptions[1].CurrencyId, price.CurrencyOptions[1].Tiers![0].UnitAmount.ToString(), price.CurrencyOptions[1].CustomUnitAmount!.Preset));
        Assert.Equal(300, price.DynamicPricingConfig!.LockDuration);
        Assert.Equal("oracle", price.DynamicPricingConfig.ExtensionData!["rate_source"].GetString());
    }

    [Fact]
    public void A_one_time_price_has_no_recurring_and_no_tiers()
    {
        var price = Read<PriceExpanded>("""{"id":"price_1","type":"one_time","recurring":null,"tiers":null,"custom_unit_amount":null,"transform_quantity":null,"currency_options":[],"dynamic_pricing_config":null}""");

        Assert.Null(price.Recurring);
        Assert.Null(price.Tiers);
        Assert.Null(price.CustomUnitAmount);
        Assert.Null(price.TransformQuantity);
        Assert.Empty(price.CurrencyOptions!);
        Assert.Null(price.DynamicPricingConfig);
    }

    [Fact]
    public void A_product_reads_its_features_and_keeps_any_image_value()
    {
        var product = Read<Product>("""{"id":"prod_1","images":["https://cdn.example/a.png",{"url":"b.png","alt":"B"}],"features":[{"name":"Unlimited seats"},{"name":"SSO","icon":"key"}]}""", "icon");

        Assert.Equal(["Unlimited seats", "SSO"], product.Features!.Select(f => f.Name));
        Assert.Equal("key", product.Features![1].ExtensionData!["icon"].GetString());
        Assert.Equal("https://cdn.example/a.png", product.Images![0].GetString());
        Assert.Equal("B", product.Images[1].GetProperty("alt").GetString());
    }

    [Theory]
    [InlineData("""{"arcblock":{"chain_id":"beta","api_host":"https://beta.abtnetwork.io/api/","explorer_host":"https://explorer.abtnetwork.io"}}""", "arcblock")]
    [InlineData("""{"ethereum":{"chain_id":"11155111","api_host":"https://rpc.sepolia.example","explorer_host":"https://sepolia.etherscan.io","native_symbol":"ETH","confirmation":12}}""", "ethereum")]
    [InlineData("""{"base":{"chain_id":"8453","api_host":"https://base.example","explorer_host":"https://basescan.org","native_symbol":"ETH","confirmation":3}}""", "base")]
    [InlineData("""{"bitcoin":{"chain_id":1,"api_host":"https://btc.example","explorer_host":"https://mempool.space"}}""", "bitcoin")]
    public void A_payment_method_reads_the_settings_of_its_chain(string settings, string type)
    {
        var method = Read<PaymentMethod>($$$"""{"id":"pm_1","type":"{{{type}}}","confirmation":{"type":"block","block":12},"settings":{{{settings}}},"features":{"recurring":true,"refund":false,"dispute":true}}""");

        var (chainId, apiHost) = type switch
        {
            "arcblock" => (method.Settings!.ArcBlock!.ChainId, method.Settings.ArcBlock.ApiHost),
            "ethereum" => (method.Settings!.Ethereum!.ChainId, method.Settings.Ethereum.ApiHost),
            "base" => (method.Settings!.Base!.ChainId, method.Settings.Base.ApiHost),
            _ => (method.Settings!.Bitcoin!.ChainId.ToString(), method.Settings.Bitcoin.ApiHost),
        };
        using var expected = JsonDocument.Parse(settings);
        var chain = expected.RootElement.GetProperty(type);
        Assert.Equal(chain.GetProperty("chain_id").ToString(), chainId);
        Assert.Equal(chain.GetProperty("api_host").GetString(), apiHost);
        var explorerHost = method.Settings.ArcBlock?.ExplorerHost ?? method.Settings.Ethereum?.ExplorerHost ?? method.Settings.Base?.ExplorerHost ?? method.Settings.Bitcoin!.ExplorerHost;
        Assert.Equal(chain.GetProperty("explorer_host").GetString(), explorerHost);
        var evm = method.Settings.Ethereum ?? method.Settings.Base;
        if (evm is not null) Assert.Equal((chain.GetProperty("native_symbol").GetString(), chain.GetProperty("confirmation").GetInt64()), (evm.NativeSymbol, evm.Confirmation!.Value));
        Assert.Equal(("block", 12L), (method.Confirmation!.Type, method.Confirmation.Block));
        Assert.Equal((true, false, true), (method.Features!.Recurring, method.Features.Refund, method.Features.Dispute));
    }

    [Fact]
    public void Stripe_settings_read_and_no_key_shows_in_ToString()
    {
        var method = Read<PaymentMethod>("""{"id":"pm_1","type":"stripe","settings":{"stripe":{"dashboard":"https://dashboard.stripe.com","publishable_key":"pk_test_visible","secret_key":"sk_test_SECRET","webhook_signing_secret":"whsec_SECRET"}}}""");

        Assert.Equal(("pk_test_visible", "sk_test_SECRET", "whsec_SECRET"), (method.Settings!.Stripe!.PublishableKey, method.Settings.Stripe.SecretKey, method.Settings.Stripe.WebhookSigningSecret));
        Assert.Equal("https://dashboard.stripe.com", method.Settings.Stripe.Dashboard);
        Assert.DoesNotContain("SECRET", method.Settings.ToString());
        Assert.DoesNotContain("SECRET", method.Settings.Stripe.ToString());
        Assert.DoesNotContain("SECRET", method.ToString());
    }

    [Fact]
    public void Settings_of_a_method_type_the_SDK_does_not_know_are_kept()
    {
        var method = Read<PaymentMethod>("""{"id":"pm_1","type":"solana","settings":{"solana":{"cluster":"devnet"}}}""", "solana");

        Assert.Equal("devnet", method.Settings!.ExtensionData!["solana"].GetProperty("cluster").GetString());
    }

    [Fact]
    public void Payment_settings_read_the_payer_of_each_method_type()
    {
        var invoice = Read<Invoice>("""
            {"id":"in_1","payment_settings":{"payment_method_types":["arcblock","stripe"],
             "payment_method_options":{"arcblock":{"payer":"z1payer","hash":"0xabc"},"stripe":{"payer":"cus_stripe"},"base":{"payer":"0xbase"}}}}
            """);

        var options = invoice.PaymentSettings!.PaymentMethodOptions!;
        Assert.Equal(("z1payer", "0xabc"), (options.ArcBlock!.Payer, options.ArcBlock.Hash));
        Assert.Equal(("cus_stripe", null), (options.Stripe!.Payer, options.Stripe.Hash));
        Assert.Equal("0xbase", options.Base!.Payer);
        Assert.Null(options.Ethereum);
    }

    [Fact]
    public void A_customer_reads_its_invoice_settings_and_preferences_and_keeps_the_unnamed_ones()
    {
        var customer = Read<Customer>("""
            {"id":"cus_1","invoice_credit_balance":{"pc_abt":"5"},
             "invoice_settings":{"custom_fields":[{"name":"VAT","value":"DE123"}],"default_payment_method":"pm_1","footer":"Thanks"},
             "preference":{"notification":{"frequency":"weekly","schedule":{"time":"09:00","date":1}},"locale":"de"}}
            """, "locale");

        Assert.Equal(("VAT", "DE123"), (customer.InvoiceSettings!.CustomFields![0].Name, customer.InvoiceSettings.CustomFields[0].Value));
        Assert.Equal(("pm_1", "Thanks"), (customer.InvoiceSettings.DefaultPaymentMethod, customer.InvoiceSettings.Footer));
        Assert.Equal(("weekly", "09:00", (int?)1), (customer.Preference!.Notification!.Frequency, customer.Preference.Notification.Schedule!.Time, customer.Preference.Notification.Schedule.Date));
        Assert.Equal("de", customer.Preference.ExtensionData!["locale"].GetString());
        Assert.Equal("5", customer.InvoiceCreditBalance!.Value.GetProperty("pc_abt").GetString());
    }

    [Fact]
    public void A_payment_intent_reads_its_amount_details_beneficiaries_and_the_details_of_every_chain()
    {
        var intent = Read<PaymentIntent>("""
            {"id":"pi_1","amount":"1000","amount_details":{"tip":"18446744073709551617"},
             "beneficiaries":[{"address":"z1a","share":"70"},{"address":"z1b","share":"30","name":"Vendor","avatar":"https://a.example/v.png","memo":"fee"}],
             "payment_details":{
               "arcblock":{"tx_hash":"0x1","payer":"z1payer","type":"delegate","receiver":"z1recv","delegation_address":"z1del","staking":{"tx_hash":"0x2","address":"z1stake"}},
               "stripe":{"payment_intent_id":"pi_stripe","setup_intent_id":"seti_1","subscription_id":"sub_stripe","customer_id":"cus_stripe","refund_id":"re_1","payment_method_id":"pm_stripe"},
               "ethereum":{"tx_hash":"0x3","payer":"0xpayer","block_height":"19000000","gas_used":"21000","gas_price":"30000000000","type":"transfer"},
               "base":{"tx_hash":"0x4","payer":"0xbase","block_height":"1","gas_used":"2","gas_price":"3"},
               "bitcoin":{"tx_hash":"ab","payer":"bc1q","block_height":840000,"confirmations":6},
               "solana":{"signature":"5x"}}}
            """, "solana");

        Assert.Equal("18446744073709551617", intent.AmountDetails!.Tip!.Value.ToString());
        Assert.Equal([("z1a", "70", null), ("z1b", "30", "Vendor")], intent.Beneficiaries!.Select(b => (b.Address, b.Share, b.Name)));
        var details = intent.PaymentDetails!;
        Assert.Equal(("0x1", "z1payer", "delegate", "z1recv", "z1del"), (details.ArcBlock!.TxHash, details.ArcBlock.Payer, details.ArcBlock.Type, details.ArcBlock.Receiver, details.ArcBlock.DelegationAddress));
        Assert.Equal(("0x2", "z1stake"), (details.ArcBlock.Staking!.TxHash, details.ArcBlock.Staking.Address));
        Assert.Equal(("pi_stripe", "seti_1", "sub_stripe", "cus_stripe", "re_1", "pm_stripe"),
            (details.Stripe!.PaymentIntentId, details.Stripe.SetupIntentId, details.Stripe.SubscriptionId, details.Stripe.CustomerId, details.Stripe.RefundId, details.Stripe.PaymentMethodId));
        Assert.Equal(("0x3", "0xpayer"), (details.Ethereum!.TxHash, details.Ethereum.Payer));
        Assert.Equal(("0x4", "1"), (details.Base!.TxHash, details.Base.BlockHeight));
        Assert.Equal(("ab", "bc1q"), (details.Bitcoin!.TxHash, details.Bitcoin.Payer));
        Assert.Equal(("https://a.example/v.png", "fee"), (intent.Beneficiaries![1].Avatar, intent.Beneficiaries[1].Memo));
        Assert.Equal(("19000000", "21000", "30000000000", "transfer"), (details.Ethereum!.BlockHeight, details.Ethereum.GasUsed, details.Ethereum.GasPrice, details.Ethereum.Type));
        Assert.Equal("0xbase", details.Base!.Payer);
        Assert.Equal((840000L, 6L), (details.Bitcoin!.BlockHeight!.Value, details.Bitcoin.Confirmations!.Value));
        Assert.Equal("5x", details.ExtensionData!["solana"].GetProperty("signature").GetString());
    }

    [Fact]
    public void A_subscription_reads_its_pending_item_interval_and_payment_details()
    {
        var subscription = Read<Subscription>("""{"id":"sub_1","pending_invoice_item_interval":{"interval":"week","interval_count":2},"payment_details":{"arcblock":{"tx_hash":"0x9","payer":"z1p"}}}""");

        Assert.Equal(("week", 2), (subscription.PendingInvoiceItemInterval!.Interval, subscription.PendingInvoiceItemInterval.IntervalCount));
        Assert.Equal("0x9", subscription.PaymentDetails!.ArcBlock!.TxHash);
    }

    [Fact]
    public void A_checkout_session_reads_its_payment_details()
    {
        var session = Read<CheckoutSession>("""{"id":"cs_1","payment_details":{"ethereum":{"tx_hash":"0x7","payer":"0xp","block_height":"5","gas_used":"6","gas_price":"7"}}}""");

        Assert.Equal(("0x7", "5"), (session.PaymentDetails!.Ethereum!.TxHash, session.PaymentDetails.Ethereum.BlockHeight));
    }

    [Fact]
    public void A_currency_reads_its_vault_and_recharge_configs_with_amounts_exact()
    {
        var currency = Read<PaymentCurrency>("""
            {"id":"pc_1","decimal":18,
             "vault_config":{"enabled":true,"deposit_threshold":"100000000000000000000000","withdraw_threshold":"5","buffer_threshold":"0"},
             "recharge_config":{"base_price_id":"price_credit","payment_link_id":"plink_1","checkout_url":"https://pay.example/r","settings":{"min_recharge_amount":10,"max_recharge_amount":2500.5}}}
            """);

        Assert.True(currency.VaultConfig!.Enabled);
        Assert.Equal(("100000000000000000000000", "5", "0"), (currency.VaultConfig.DepositThreshold.ToString(), currency.VaultConfig.WithdrawThreshold.ToString(), currency.VaultConfig.BufferThreshold.ToString()));
        Assert.Equal(("price_credit", "plink_1", "https://pay.example/r"), (currency.RechargeConfig!.BasePriceId, currency.RechargeConfig.PaymentLinkId, currency.RechargeConfig.CheckoutUrl));
        Assert.Equal((10m, 2500.5m), (currency.RechargeConfig.Settings!.MinRechargeAmount!.Value, currency.RechargeConfig.Settings.MaxRechargeAmount!.Value));
    }

    [Fact]
    public void A_subscription_reads_its_billing_thresholds_and_service_actions()
    {
        var subscription = Read<Subscription>("""
            {"id":"sub_1","billing_thresholds":{"amount_gte":100,"stake_gte":0.5,"reset_billing_cycle_anchor":true,"no_stake":false},
             "service_actions":[{"type":"notification","triggerEvents":["customer.subscription.renewed"],"name":"open","color":"primary","variant":"contained","text":{"en":"Open","zh":"打开"},"link":"https://svc.example/app"}]}
            """);

        var thresholds = subscription.BillingThresholds!;
        Assert.Equal((100m, 0.5m, true, (bool?)false, (bool?)null), (thresholds.AmountGte, thresholds.StakeGte, thresholds.ResetBillingCycleAnchor, thresholds.NoStake, thresholds.ReferencesPrimaryStake));
        var action = Assert.Single(subscription.ServiceActions!);
        Assert.Equal(("notification", "open", "primary", "contained", "https://svc.example/app"), (action.Type, action.Name, action.Color, action.Variant, action.Link));
        Assert.Equal(["customer.subscription.renewed"], action.TriggerEvents!);
        Assert.Equal("打开", action.Text["zh"]);
    }

    [Fact]
    public void An_invoice_with_discount_reads_its_typed_objects_at_every_depth()
    {
        var invoice = JsonSerializer.Deserialize(TestFiles.ResponseBody("invoice-with-discount.json"), PaymentJsonContext.Default.InvoiceWithDiscount)!;

        var line = invoice.Lines[0];
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1767225600), line.Period!.Start);
        Assert.Equal(("month", 1, "licensed"), (line.Price!.Recurring!.Interval, line.Price.Recurring.IntervalCount, line.Price.Recurring.UsageType));
        Assert.Empty(line.Price.CurrencyOptions!);
        Assert.Equal("Support", line.Price.Product!.Features![0].Name);
        Assert.Equal("beta", invoice.PaymentMethod!.Settings!.ArcBlock!.ChainId);
        Assert.Equal("callback", invoice.PaymentMethod.Confirmation!.Type);
        Assert.True(invoice.PaymentMethod.Features!.Recurring);
        Assert.Equal("0xabc", invoice.PaymentIntent!.PaymentDetails!.ArcBlock!.TxHash);
        Assert.Equal("month", invoice.Subscription!.PendingInvoiceItemInterval!.Interval);
    }
}
