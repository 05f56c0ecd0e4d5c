using System.Text.Json;
using PaymentSdk.Sandbox.Data;
using PaymentSdk.Sandbox.Resources.Prices;
using PaymentSdk.Sandbox.Routes;
using PaymentSdk.Sandbox.State;

namespace PaymentSdk.Sandbox.Resources.Products;

/// <summary>
/// Payment Kit's <c>/api/products</c> routes. A product is created with its nested <c>prices</c> (all or nothing,
/// the first becoming its default price) and answered with its prices, looked up when read.
/// </summary>
internal static class ProductModule
{
    private static readonly string[] Types = ["service", "good", "credit"];
    private static readonly Transition Archive = new("archived", ["active"], "archived");

    public static void Map(SandboxRoutes routes)
    {
        routes.Change("POST", "/api/products", (request, change) => Answer(change.Mode, Create(change, request.Body)));
        routes.Read("GET", "/api/products", List);
        routes.Read("GET", "/api/products/search", Search);
        routes.Read("GET", "/api/products/{id}", (request, mode) => Answer(mode, Find(mode, request.RequiredId)));
        routes.Change("PUT", "/api/products/{id}", Update);
        routes.Change("PUT", "/api/products/{id}/archive", ArchiveProduct);
        routes.Change("DELETE", "/api/products/{id}", Delete);
    }

    /// <summary>The product as answers carry it: with its prices and default price, from the price table.</summary>
    public static ProductExpanded Expand(ModeState mode, Product product)
    {
        var expanded = SandboxJson.Convert(product, SandboxJson.Context.Product, SandboxJson.Context.ProductExpanded);
        expanded.Object = "product";
        expanded.Prices = mode.Prices.All.Where(p => p.ProductId == product.Id).Select(p => PriceModule.Expand(mode, p)).ToList();
        expanded.DefaultPrice = expanded.Prices.FirstOrDefault(p => p.Id == product.DefaultPriceId);
        return expanded;
    }

    /// <summary>Creates a product and the prices nested in its body, all or nothing.</summary>
    public static Product Create(Change change, JsonElement body)
    {
        body = Fields.Object(body);
        var mode = change.Mode;
        var product = new Product
        {
            Id = change.NewId("prod"),
            Active = Fields.Boolean(body, "active") ?? true,
            Livemode = mode.Livemode,
            Type = Fields.OneOf(body, "type", Types) ?? "service",
            Name = Fields.String(body, "name", required: true, maxLength: 64, allowEmpty: false)!,
            Description = Fields.String(body, "description", maxLength: 250) ?? "",
            Images = Images(body) ?? [],
            Features = Fields.As(body, "features", SandboxJson.Info<List<ProductFeature>>()) ?? [],
            UnitLabel = Fields.String(body, "unit_label", maxLength: 12),
            StatementDescriptor = Fields.String(body, "statement_descriptor", maxLength: 22),
            Metadata = Fields.Metadata(body, null) ?? [],
            CreatedVia = "api",
            CreatedAt = change.Now,
            UpdatedAt = change.Now,
        };
        var prices = body.TryGetProperty("prices", out var list) && list.ValueKind != JsonValueKind.Null
            ? list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().ToList() : throw SandboxException.BadRequest("\"prices\" must be an array")
            : [];
        mode.Products.Add(product);
        var created = new List<PriceExpanded>();
        try
        {
            change.Raise("product.created", "Product", product.Id, product, SandboxJson.Context.Product);
            foreach (var price in prices) created.Add(PriceModule.Create(change, price, product.Id));
        }
        catch (SandboxException)
        {
            // All or nothing: a refused price leaves no product and no other price behind (and no event is sent).
            foreach (var price in created) mode.Prices.Remove(price);
            mode.Products.Remove(product);
            throw;
        }
        product.DefaultPriceId = created.FirstOrDefault()?.Id;
        return product;
    }

    private static byte[] List(SandboxRequest request, ModeState mode)
    {
        var query = request.Query;
        var active = QueryReader.Boolean(query, "active");
        var name = QueryReader.Text(query, "name");
        var description = QueryReader.Text(query, "description");
        var metadata = QueryReader.MetadataFilters(query);
        var matches = mode.Products.All.Where(p =>
            (active is null || p.Active == active) && (name is null || Pages.Contains(p.Name, name))
            && (description is null || Pages.Contains(p.Description, description)) && Fields.MetadataMatches(p.Metadata, metadata));
        return Page(mode, matches, request);
    }

    /// <summary>Products whose id, name, description or statement descriptor contains <c>q</c> (any case).</summary>
    private static byte[] Search(SandboxRequest request, ModeState mode)
    {
        var q = QueryReader.SearchText(request.Query);
        var matches = mode.Products.All.Where(p =>
            Pages.Contains(p.Id, q) || Pages.Contains(p.Name, q) || Pages.Contains(p.Description, q) || Pages.Contains(p.StatementDescriptor, q));
        return Page(mode, matches, request);
    }

    private static byte[] Update(SandboxRequest request, Change change)
    {
        var body = Fields.Object(request.Body);
        var product = Find(change.Mode, request.RequiredId);
        var previous = Fields.Previous(product, SandboxJson.Context.Product,
            Fields.Present(body, "name", "description", "type", "images", "features", "unit_label", "statement_descriptor", "metadata"));
        if (Fields.String(body, "name", maxLength: 64, allowEmpty: false) is { } name) product.Name = name;
        if (Fields.String(body, "description", maxLength: 250) is { } description) product.Description = description;
        if (Fields.OneOf(body, "type", Types) is { } type) product.Type = type;
        if (Images(body) is { } images) product.Images = images;
        if (Fields.As(body, "features", SandboxJson.Info<List<ProductFeature>>()) is { } features) product.Features = features;
        if (Fields.Has(body, "unit_label")) product.UnitLabel = Fields.String(body, "unit_label", maxLength: 12);
        if (Fields.Has(body, "statement_descriptor")) product.StatementDescriptor = Fields.String(body, "statement_descriptor", maxLength: 22);
        if (Fields.Metadata(body, product.Metadata) is { } metadata) product.Metadata = metadata;
        product.UpdatedAt = change.Now;
        change.Raise("product.updated", "Product", product.Id, product, SandboxJson.Context.Product, previous);
        return Answer(change.Mode, product);
    }

    /// <summary>Sets <c>active: false</c>: hidden from <c>active=true</c> lists, still retrievable; its prices stay as they are.</summary>
    private static byte[] ArchiveProduct(SandboxRequest request, Change change)
    {
        var product = Find(change.Mode, request.RequiredId);
        Archive.Check("Product", product.Id, product.Active ? "active" : "archived");
        var previous = Fields.Previous(product, SandboxJson.Context.Product, "active");
        product.Active = false;
        product.UpdatedAt = change.Now;
        change.Raise("product.updated", "Product", product.Id, product, SandboxJson.Context.Product, previous);
        return SandboxJson.Bytes(product, SandboxJson.Context.Product);
    }

    /// <summary>Deletes a product and its prices, unless an invoice bills one of them (archive it then).</summary>
    private static byte[] Delete(SandboxRequest request, Change change)
    {
        var mode = change.Mode;
        var product = Find(mode, request.RequiredId);
        if (product.Locked || PriceModule.AnyInUse(mode, product.Id))
            throw SandboxException.BadRequest($"Product {product.Id} has prices in use by invoices and cannot be deleted; archive it instead");
        foreach (var price in mode.Prices.All.Where(p => p.ProductId == product.Id).ToList())
        {
            mode.Prices.Remove(price);
            change.Raise("price.deleted", "Price", price.Id, price, SandboxJson.Context.Price);
        }
        mode.Products.Remove(product);
        change.Raise("product.deleted", "Product", product.Id, product, SandboxJson.Context.Product);
        return SandboxJson.Bytes(product, SandboxJson.Context.Product);
    }

    private static Product Find(ModeState mode, string id) =>
        mode.Products.Find(id) ?? throw new SandboxException(404, $"Product {id} not found in {mode.Name} mode");

    private static List<JsonElement>? Images(JsonElement body) =>
        Fields.Strings(body, "images")?.Select(url => JsonSerializer.SerializeToElement(url, SandboxJson.Context.String)).ToList();

    private static byte[] Page(ModeState mode, IEnumerable<Product> matches, SandboxRequest request) =>
        SandboxJson.Bytes(Pages.Of(matches, QueryReader.Page(request.Query), p => Expand(mode, p)), SandboxJson.Context.PaginatedProductExpanded);

    private static byte[] Answer(ModeState mode, Product product) => SandboxJson.Bytes(Expand(mode, product), SandboxJson.Context.ProductExpanded);
}
