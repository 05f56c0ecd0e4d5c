using System.Numerics;
using System.Text.Json;

namespace PaymentSdk.Sandbox.Data;

/// <summary>
/// The sandbox's invoices, in memory, with Payment Kit's rules for reading and changing them. One lock
/// guards everything: each answer is serialized inside it, so no answer sees half a change.
/// </summary>
public sealed class SandboxStore
{
    /// <summary>Payment Kit's limits on metadata, enforced on update.</summary>
    internal const int MaxMetadataKeyLength = 40, MaxMetadataValueLength = 500;

    private readonly Lock _gate = new();
    private readonly ModeData _test;
    private readonly ModeData _live;
    private readonly TimeProvider _clock;
    private readonly Events.WebhookPublisher? _events;

    /// <param name="data">The seed.</param>
    /// <param name="clock">The sandbox's clock.</param>
    /// <param name="events">Raises an event on each change; none when null.</param>
    internal SandboxStore((ModeData Test, ModeData Live) data, TimeProvider clock, Events.WebhookPublisher? events = null)
    {
        (_test, _live) = data;
        _clock = clock;
        _events = events;
    }

    /// <summary>A copy of every invoice of one mode, newest first, as retrieve would return each.</summary>
    /// <param name="livemode">True for live data, false for test data.</param>
    public IReadOnlyList<InvoiceWithDiscount> GetInvoices(bool livemode)
    {
        lock (_gate) return Mode(livemode).Invoices.Select(Copy).ToList();
    }

    /// <summary>Ids of the stake invoices of one mode whose stake has been returned.</summary>
    /// <param name="livemode">True for live data, false for test data.</param>
    public IReadOnlyCollection<string> GetReturnedStakes(bool livemode)
    {
        lock (_gate) return Mode(livemode).ReturnedStakes.ToArray();
    }

    internal byte[] Retrieve(bool livemode, string id)
    {
        lock (_gate) return JsonSerializer.SerializeToUtf8Bytes(Find(livemode, id), SandboxJson.Context.InvoiceWithDiscount);
    }

    internal byte[] List(bool livemode, InvoiceFilter filter, PageRequest page)
    {
        lock (_gate)
        {
            var data = Mode(livemode);
            var result = Paginate(filter.Apply(data), page);
            if (filter.SubscriptionId is not null) result.Subscription = data.FindSubscription(filter.SubscriptionId);
            return JsonSerializer.SerializeToUtf8Bytes(result, SandboxJson.Context.PaginatedInvoiceExpanded);
        }
    }

    /// <summary>Invoices whose number, description, customer name, email or DID, or a line's description contains <paramref name="query"/> (any case).</summary>
    internal byte[] Search(bool livemode, string query, PageRequest page)
    {
        bool Has(string? text) => text is not null && text.Contains(query, StringComparison.OrdinalIgnoreCase);
        lock (_gate)
        {
            var matches = Mode(livemode).Invoices.Where(i =>
                Has(i.Number) || Has(i.Description) || Has(i.Customer?.Name) || Has(i.Customer?.Email) || Has(i.Customer?.Did)
                || i.Lines.Any(line => Has(line.Description)));
            return JsonSerializer.SerializeToUtf8Bytes(Paginate(matches, page), SandboxJson.Context.PaginatedInvoiceExpanded);
        }
    }

    /// <summary>Merges <paramref name="metadata"/> into the invoice's; a null value removes its key.</summary>
    internal byte[] Update(bool livemode, string id, JsonElement metadata)
    {
        if (metadata.ValueKind != JsonValueKind.Object) throw SandboxException.BadRequest("\"metadata\" must be of type object");
        foreach (var field in metadata.EnumerateObject())
        {
            if (field.Name.Length > MaxMetadataKeyLength)
                throw SandboxException.BadRequest($"\"metadata\" key \"{field.Name}\" must be at most {MaxMetadataKeyLength} characters long");
            var length = field.Value.ValueKind == JsonValueKind.String ? field.Value.GetString()!.Length : field.Value.GetRawText().Length;
            if (length > MaxMetadataValueLength)
                throw SandboxException.BadRequest($"\"metadata.{field.Name}\" must be at most {MaxMetadataValueLength} characters long");
        }
        lock (_gate)
        {
            var invoice = Find(livemode, id);
            var previous = Previous("metadata", json =>
            {
                if (invoice.Metadata is null) { json.WriteNullValue(); return; }
                json.WriteStartObject();
                foreach (var (key, value) in invoice.Metadata)
                {
                    json.WritePropertyName(key);
                    value.WriteTo(json);
                }
                json.WriteEndObject();
            });
            var merged = invoice.Metadata is null ? new Dictionary<string, JsonElement>() : new Dictionary<string, JsonElement>(invoice.Metadata);
            foreach (var field in metadata.EnumerateObject())
            {
                if (field.Value.ValueKind == JsonValueKind.Null) merged.Remove(field.Name);
                else merged[field.Name] = field.Value.Clone();
            }
            invoice.Metadata = merged;
            invoice.UpdatedAt = _clock.GetUtcNow();
            _events?.Publish(livemode, PaymentEventTypes.InvoiceUpdated, Copy(invoice), previous);
            return JsonSerializer.SerializeToUtf8Bytes<Invoice>(invoice, SandboxJson.Context.Invoice);
        }
    }

    /// <summary>Voids an open or uncollectible invoice.</summary>
    internal byte[] Void(bool livemode, string id)
    {
        lock (_gate)
        {
            var invoice = Find(livemode, id);
            if (invoice.Status is not ("open" or "uncollectible"))
                throw SandboxException.BadRequest($"Invoice {id} cannot be voided: its status is {invoice.Status}, and only open or uncollectible invoices can be voided");
            var now = _clock.GetUtcNow();
            var previous = Previous("status", json => json.WriteStringValue(invoice.Status));
            invoice.Status = "void";
            invoice.AutoAdvance = false;
            invoice.UpdatedAt = now;
            invoice.StatusTransitions ??= new InvoiceStatusTransitions();
            invoice.StatusTransitions.VoidedAt = now;
            if (invoice.PaymentIntent is { } intent)
            {
                intent.Status = "canceled";
                intent.CanceledAt = now;
                intent.CancellationReason = "void_invoice";
            }
            _events?.Publish(livemode, PaymentEventTypes.InvoiceVoided, Copy(invoice), previous);
            return JsonSerializer.SerializeToUtf8Bytes<Invoice>(invoice, SandboxJson.Context.Invoice);
        }
    }

    /// <summary>The stake of a paid stake invoice and how much of it can be returned.</summary>
    internal byte[] GetReturnStake(bool livemode, string id)
    {
        lock (_gate)
        {
            var data = Mode(livemode);
            var invoice = PaidStake(data, id);
            var returned = data.ReturnedStakes.Contains(id);
            var stake = new StakeInfo
            {
                Total = invoice.Total,
                ReturnAmount = returned ? Amount.Zero : invoice.Total,
                ExtensionData = new Dictionary<string, JsonElement>
                {
                    ["invoice_id"] = JsonSerializer.SerializeToElement(invoice.Id, SandboxJson.Context.String),
                    ["subscription_id"] = JsonSerializer.SerializeToElement(invoice.SubscriptionId ?? "", SandboxJson.Context.String),
                    ["customer_id"] = JsonSerializer.SerializeToElement(invoice.CustomerId, SandboxJson.Context.String),
                    ["currency_id"] = JsonSerializer.SerializeToElement(invoice.CurrencyId, SandboxJson.Context.String),
                    ["returned"] = JsonSerializer.SerializeToElement(returned, SandboxJson.Context.Boolean),
                },
            };
            return JsonSerializer.SerializeToUtf8Bytes(stake, SandboxJson.Context.StakeInfo);
        }
    }

    /// <summary>Returns the stake of a paid stake invoice, once; records the return as an invoice of its own.</summary>
    internal byte[] ReturnStake(bool livemode, string id)
    {
        lock (_gate)
        {
            var data = Mode(livemode);
            var stake = PaidStake(data, id);
            ReturnResult result;
            if (!data.ReturnedStakes.Add(id))
            {
                result = new ReturnResult { Success = false, Error = $"The stake of invoice {id} has already been returned" };
            }
            else
            {
                var record = ReturnRecord(stake);
                Insert(data, record);
                result = new ReturnResult { Success = true, SubscriptionId = stake.SubscriptionId };
                // The return is recorded as a paid invoice: Payment Kit raises what it raises for any invoice made and paid.
                _events?.Publish(livemode, PaymentEventTypes.InvoiceCreated, Copy(record));
                _events?.Publish(livemode, PaymentEventTypes.InvoicePaid, Copy(record));
            }
            return JsonSerializer.SerializeToUtf8Bytes(result, SandboxJson.Context.ReturnResult);
        }
    }

    /// <summary>A sandbox-only test: pays an open or uncollectible invoice in full, as a customer would, and raises <c>invoice.paid</c>.</summary>
    internal byte[] Pay(bool livemode, string id)
    {
        lock (_gate)
        {
            var invoice = Find(livemode, id);
            if (invoice.Status is not ("open" or "uncollectible"))
                throw SandboxException.BadRequest($"Invoice {id} cannot be paid: its status is {invoice.Status}, and only open or uncollectible invoices can be paid");
            var now = _clock.GetUtcNow();
            var previous = Previous("status", json => json.WriteStringValue(invoice.Status));
            invoice.Status = "paid";
            invoice.Paid = true;
            invoice.AmountPaid = invoice.AmountDue;
            invoice.AmountRemaining = Amount.Zero;
            invoice.UpdatedAt = now;
            invoice.StatusTransitions ??= new InvoiceStatusTransitions();
            invoice.StatusTransitions.PaidAt = now;
            _events?.Publish(livemode, PaymentEventTypes.InvoicePaid, Copy(invoice), previous);
            return JsonSerializer.SerializeToUtf8Bytes<Invoice>(invoice, SandboxJson.Context.Invoice);
        }
    }

    /// <summary>
    /// A sandbox-only test: raises <c>invoice.upcoming</c> for the next invoice like <paramref name="id"/>, a
    /// preview that does not exist yet (no id, number or status); answers the event.
    /// </summary>
    internal byte[] Upcoming(bool livemode, string id)
    {
        lock (_gate)
        {
            var preview = Copy(Find(livemode, id));
            preview.Id = null!;
            preview.Number = null!;
            preview.Status = null!;
            preview.BillingReason = "upcoming";
            preview.AmountPaid = Amount.Zero;
            preview.AmountRemaining = preview.AmountDue;
            preview.StatusTransitions = null;
            preview.CreatedAt = preview.UpdatedAt = _clock.GetUtcNow();
            return _events?.Publish(livemode, PaymentEventTypes.InvoiceUpcoming, preview)
                ?? throw new SandboxException(503, "The sandbox was started without events");
        }
    }

    /// <summary>The <c>previous_attributes</c> of a change of one attribute: <c>{attribute: its old value}</c>.</summary>
    private static JsonElement Previous(string attribute, Action<Utf8JsonWriter> writeOldValue)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, SandboxJson.WriterOptions))
        {
            json.WriteStartObject();
            json.WritePropertyName(attribute);
            writeOldValue(json);
            json.WriteEndObject();
        }
        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }

    private ModeData Mode(bool livemode) => livemode ? _live : _test;

    private InvoiceWithDiscount Find(bool livemode, string id) =>
        Mode(livemode).Find(id) ?? throw new SandboxException(404, $"Invoice {id} not found in {(livemode ? "live" : "test")} mode");

    private static InvoiceWithDiscount PaidStake(ModeData data, string id)
    {
        var invoice = data.Find(id) ?? throw new SandboxException(404, $"Invoice {id} not found");
        if (InvoiceFilter.IsReturnStake(invoice))
            throw SandboxException.BadRequest($"Invoice {id} records a returned stake; it has no stake of its own");
        if (!SandboxSeed.IsStakeReason(invoice.BillingReason))
            throw SandboxException.BadRequest($"Invoice {id} is not a stake invoice (billing reason {invoice.BillingReason})");
        if (invoice.Status != "paid")
            throw SandboxException.BadRequest($"The stake of invoice {id} cannot be returned: the invoice is {invoice.Status}, not paid");
        return invoice;
    }

    /// <summary>The invoice that records a stake's return: a copy of the stake invoice, dated now.</summary>
    private InvoiceWithDiscount ReturnRecord(InvoiceWithDiscount stake)
    {
        var record = Copy(stake);
        var now = _clock.GetUtcNow();
        record.Id = NewId("in");
        record.Number = stake.Number + "-R";
        record.BillingReason = "stake";
        record.Description = $"Stake returned for {stake.Number}";
        record.CreatedAt = record.UpdatedAt = now;
        record.StatusTransitions = new InvoiceStatusTransitions { FinalizedAt = now, PaidAt = now };
        record.Metadata = new Dictionary<string, JsonElement>
        {
            [SandboxSeed.KindKey] = JsonSerializer.SerializeToElement(SandboxSeed.ReturnStakeKind, SandboxJson.Context.String),
            [SandboxSeed.StakeInvoiceKey] = JsonSerializer.SerializeToElement(stake.Id, SandboxJson.Context.String),
        };
        foreach (var line in record.Lines)
        {
            line.Id = NewId("ii");
            line.InvoiceId = record.Id;
        }
        if (record.PaymentIntent is { } intent)
        {
            intent.Id = NewId("pi");
            intent.InvoiceId = record.Id;
            intent.Description = record.Description;
            intent.CreatedAt = intent.UpdatedAt = now;
            record.PaymentIntentId = intent.Id;
        }
        return record;
    }

    /// <summary>A deep copy, through the JSON the API answers with.</summary>
    private static InvoiceWithDiscount Copy(InvoiceWithDiscount invoice) =>
        JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(invoice, SandboxJson.Context.InvoiceWithDiscount), SandboxJson.Context.InvoiceWithDiscount)!;

    /// <summary>A fresh id for an object the sandbox creates while running (the seed's ids come from its own generator).</summary>
    private static string NewId(string prefix) => prefix + "_" + Guid.NewGuid().ToString("N")[..24];

    /// <summary>Keeps the list newest first.</summary>
    private static void Insert(ModeData data, InvoiceWithDiscount invoice)
    {
        var index = data.Invoices.FindIndex(i => i.CreatedAt <= invoice.CreatedAt);
        data.Invoices.Insert(index < 0 ? data.Invoices.Count : index, invoice);
    }

    private static Paginated<InvoiceExpanded> Paginate(IEnumerable<InvoiceWithDiscount> matches, PageRequest page)
    {
        var all = matches.ToList();
        return new Paginated<InvoiceExpanded>
        {
            Count = all.Count,
            List = all.Skip((int)Math.Min(int.MaxValue, (long)(page.Page - 1) * page.PageSize)).Take(page.PageSize).ToList<InvoiceExpanded>(),
        };
    }
}
