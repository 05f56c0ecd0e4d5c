using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaymentSdk.Serialization;

/// <summary>
/// The source-generated serializer of every type the SDK reads or writes: no reflection at run
/// time, so the SDK is fast to start and safe to trim. The primitive and collection types are the
/// values a caller may put in metadata, which is written as <c>object</c>.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = new[] { typeof(IsoDateJsonConverter), typeof(RepeatedStringJsonConverter) })]
[JsonSerializable(typeof(InvoiceWithDiscount))]
[JsonSerializable(typeof(InvoiceListPage))]
[JsonSerializable(typeof(Paginated<InvoiceExpanded>))]
[JsonSerializable(typeof(Invoice))]
[JsonSerializable(typeof(StakeInfo))]
[JsonSerializable(typeof(ReturnResult))]
[JsonSerializable(typeof(InvoiceUpdateOptions))]
[JsonSerializable(typeof(PaymentEvent))]
[JsonSerializable(typeof(WebhookEndpoint))]
[JsonSerializable(typeof(WebhookEndpointExpanded))]
[JsonSerializable(typeof(Paginated<WebhookEndpointExpanded>))]
[JsonSerializable(typeof(WebhookEndpointCreateOptions))]
[JsonSerializable(typeof(WebhookEndpointUpdateOptions))]
[JsonSerializable(typeof(InvoiceExpanded))]
[JsonSerializable(typeof(CustomerExpanded))]
[JsonSerializable(typeof(Paginated<CustomerExpanded>))]
[JsonSerializable(typeof(Customer))]
[JsonSerializable(typeof(CustomerOverdueInvoices))]
[JsonSerializable(typeof(CustomerRetrieveOptions))]
[JsonSerializable(typeof(CustomerUpdateOptions))]
[JsonSerializable(typeof(ProductExpanded))]
[JsonSerializable(typeof(Paginated<ProductExpanded>))]
[JsonSerializable(typeof(Product))]
[JsonSerializable(typeof(ProductCreateOptions))]
[JsonSerializable(typeof(ProductUpdateOptions))]
[JsonSerializable(typeof(PriceExpanded))]
[JsonSerializable(typeof(Paginated<PriceExpanded>))]
[JsonSerializable(typeof(Price))]
[JsonSerializable(typeof(PriceCreateOptions))]
[JsonSerializable(typeof(PriceUpdateOptions))]
[JsonSerializable(typeof(PriceInventoryOptions))]
[JsonSerializable(typeof(PaymentCurrency))]
[JsonSerializable(typeof(List<PaymentCurrency>))]
[JsonSerializable(typeof(CheckRecurringSupportResult))]
[JsonSerializable(typeof(PaymentCurrencyCreateOptions))]
[JsonSerializable(typeof(PaymentCurrencyUpdateOptions))]
[JsonSerializable(typeof(PaymentCurrencyRechargeConfigOptions))]
[JsonSerializable(typeof(PaymentCurrencyCheckRecurringSupportOptions))]
[JsonSerializable(typeof(PaymentMethod))]
[JsonSerializable(typeof(PaymentMethodExpanded))]
[JsonSerializable(typeof(List<PaymentMethodExpanded>))]
[JsonSerializable(typeof(PaymentMethodCreateOptions))]
[JsonSerializable(typeof(PaymentMethodUpdateOptions))]
[JsonSerializable(typeof(Setting))]
[JsonSerializable(typeof(SettingDeleteResult))]
[JsonSerializable(typeof(SettingCreateOptions))]
[JsonSerializable(typeof(SettingUpdateOptions))]
[JsonSerializable(typeof(object))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(decimal))]
[JsonSerializable(typeof(Guid))]
[JsonSerializable(typeof(DateTimeOffset))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(Amount))]
[JsonSerializable(typeof(Dictionary<string, object?>))]
[JsonSerializable(typeof(List<object?>))]
[JsonSerializable(typeof(object?[]))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class PaymentJsonContext : JsonSerializerContext;
