using System;
using System.Collections.Generic;

namespace PaymentSdk;

/// <summary>What a product's fields must be, checked before a create or update is sent.</summary>
internal static class ProductRules
{
    public static void Rest(string? description, string? type, IList<string>? images, IList<ProductFeature>? features, string? unitLabel, string? statementDescriptor, IDictionary<string, object?>? metadata)
    {
        BodyRules.Text(description, "options.Description");
        BodyRules.Text(type, "options.Type");
        BodyRules.Texts(images, "An image URL", "options.Images");
        if (features is not null)
            foreach (var feature in features)
                if (feature is null) throw new ArgumentNullException("options.Features", "A feature cannot be null.");
                else Internal.Guard.RequiredText(feature.Name, "A feature name", "options.Features");
        BodyRules.Text(unitLabel, "options.UnitLabel");
        BodyRules.Text(statementDescriptor, "options.StatementDescriptor");
        BodyRules.Metadata(metadata, "options.Metadata");
    }
}
