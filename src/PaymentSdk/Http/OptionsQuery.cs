using Refit;

namespace PaymentSdk.Http;

/// <summary>
/// Lets Refit's source generator put an options object into a route's query (<c>[QueryConverter(typeof(OptionsQuery&lt;X&gt;))]</c>):
/// the options write their own pairs, so no route passes filters one by one and no reflection walks the object.
/// </summary>
/// <typeparam name="TOptions">The options type the route takes.</typeparam>
internal sealed class OptionsQuery<TOptions> : IQueryConverter<TOptions> where TOptions : QueryOptions
{
    public void Flatten(TOptions value, string keyPrefix, ref GeneratedQueryStringBuilder builder, RefitSettings settings) => value.WriteQuery(ref builder);
}
