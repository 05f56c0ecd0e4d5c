using System;
using System.Globalization;
using System.Net.Http;
using System.Reflection;
using System.Text.Json;
using PaymentSdk.Serialization;
using Refit;

namespace PaymentSdk.Http;

/// <summary>How the SDK has Refit build its requests, the same for every client.</summary>
internal static class RefitConfiguration
{
    /// <summary>The Refit settings of every route interface.</summary>
    public static RefitSettings Settings { get; } = new(
        // Refit never reads or writes a model here (routes answer HttpResponseMessage, bodies are the SDK's
        // own content), but it wants a serializer: the SDK's source-generated context, never reflection.
        new SystemTextJsonContentSerializer(new JsonSerializerOptions { TypeInfoResolver = PaymentJsonContext.Default }))
    {
        UrlParameterFormatter = new UrlValueFormatter(),
        // Failures below HTTP reach OperationRunner as they are, which turns them into the SDK's own exceptions.
        TransportExceptionFactory = static (_, exception, _) => exception,
    };

    /// <summary>
    /// Writes parameter values as Payment Kit reads them: booleans as <c>true</c>/<c>false</c> (Refit's default
    /// writes <c>True</c>), numbers in the invariant culture. Refit percent-encodes the result.
    /// </summary>
    private sealed class UrlValueFormatter : IUrlParameterFormatter
    {
        public string? Format(object? value, ICustomAttributeProvider attributeProvider, Type type) => value switch
        {
            null => null,
            bool b => b ? "true" : "false",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
    }

    /// <summary>Makes the generated implementation of a route interface over <paramref name="httpClient"/>.</summary>
    public static TApi Routes<TApi>(HttpClient httpClient) => RestService.ForGenerated<TApi>(httpClient, Settings);
}
