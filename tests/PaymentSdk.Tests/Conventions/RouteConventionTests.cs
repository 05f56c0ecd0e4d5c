using System.Reflection;
using PaymentSdk.Http;
using PaymentSdk.Serialization;
using PaymentSdk.Tests.Infrastructure;
using Refit;

namespace PaymentSdk.Tests.Conventions;

/// <summary>
/// The services of <see cref="PaymentClient"/> and their Refit routes, found by reflection and held to the one table
/// (<see cref="ApiOperations"/>): every method of every service and every route has its row, and each route declares
/// its row's verb, path and retry class, and answers what its service method returns.
/// </summary>
public class RouteConventionTests
{
    /// <summary>A service of the client (<c>payment.Customers</c>), its payment-js resource name and its route interface.</summary>
    public sealed record Resource(PropertyInfo Property, string JsName, Type Service, Type Routes);

    public static readonly IReadOnlyList<Resource> Resources = FindResources();

    private static List<Resource> FindResources()
    {
        using var client = new PaymentClient(new PaymentClientOptions { BaseUrl = new Uri("https://host/payment"), LiveMode = false });
        return typeof(PaymentClient).GetProperties()
            .Where(p => p.PropertyType.IsInterface)
            .Select(p =>
            {
                // The service's implementation takes its generated routes in its constructor.
                var implementation = p.GetValue(client)!.GetType();
                var routes = implementation.GetConstructors().Single().GetParameters()
                    .Select(a => a.ParameterType).Single(t => t.IsInterface && t.GetMethods().Any(m => m.GetCustomAttribute<HttpMethodAttribute>() is not null));
                return new Resource(p, char.ToLowerInvariant(p.Name[0]) + p.Name[1..], p.PropertyType, routes);
            })
            .ToList();
    }

    /// <summary>payment-js's name of a method: <c>RetrieveAsync</c> → <c>retrieve</c>, <c>DeleteAsync</c> → <c>del</c>.</summary>
    public static string JsMethodName(string csharpName)
    {
        var name = csharpName.EndsWith("Async", StringComparison.Ordinal) ? csharpName[..^5] : csharpName;
        return name == "Delete" ? "del" : char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static IEnumerable<(string JsName, MethodInfo Method, Resource Resource)> ServiceMethods() =>
        from resource in Resources
        from method in resource.Service.GetMethods()
        where !method.Name.EndsWith("AutoPagingAsync", StringComparison.Ordinal)
        select (resource.JsName + "." + JsMethodName(method.Name), method, resource);

    /// <summary>Routes that serve a variant of a method, by the row they answer to (a second route of one method).</summary>
    private static readonly Dictionary<string, string> Variants = new() { ["customers.retrieveOrCreate"] = "customers.retrieve (create)" };

    private static IEnumerable<(string JsName, MethodInfo Route, Resource Resource)> Routes() =>
        from resource in Resources
        from route in resource.Routes.GetMethods()
        let name = resource.JsName + "." + JsMethodName(route.Name)
        select (Variants.GetValueOrDefault(name, name), route, resource);

    public static TheoryData<string> RouteNames => new(Routes().Select(r => r.JsName));

    [Fact]
    public void Every_method_of_every_service_has_its_row_and_every_row_its_method()
    {
        Assert.Equal(ApiOperations.All.Select(o => o.JsName).Distinct().Order(), ServiceMethods().Select(m => m.JsName).Distinct().Order());
    }

    [Fact]
    public void Every_route_has_its_row_and_every_row_its_route()
    {
        Assert.Equal(ApiOperations.All.Select(o => o.Name).Order(), Routes().Select(r => r.JsName).Order());
    }

    [Fact]
    public void Every_row_is_a_method_payment_js_has()
    {
        Assert.Empty(ApiOperations.All.Select(o => o.JsName).Except(PaymentJsRecording.Names));
    }

    [Theory]
    [MemberData(nameof(RouteNames))]
    public void Each_route_declares_its_verb_path_and_retry_class(string name)
    {
        var (_, route, _) = Routes().Single(r => r.JsName == name);
        var row = ApiOperations.Named(name);

        var http = Assert.Single(route.GetCustomAttributes<HttpMethodAttribute>());
        Assert.Equal((row.Verb, row.Path), (http.Method.Method, http.Path));
        var operation = Assert.Single(route.GetParameters(), p => p.GetCustomAttribute<PropertyAttribute>()?.Key == RequestContext.Key);
        // The retry class is the operation parameter's type: one of the two, so a route cannot leave it unsaid.
        var kind = operation.ParameterType.IsGenericType ? operation.ParameterType.GetGenericTypeDefinition() : null;
        Assert.True(kind == typeof(Repeatable<>) || kind == typeof(SentOnce<>), $"{name} must take its operation as Repeatable<T> or SentOnce<T>, not {operation.ParameterType.Name}.");
        Assert.Equal(row.Retry == RetryClass.Repeatable ? typeof(Repeatable<>) : typeof(SentOnce<>), kind);
    }

    [Theory]
    [MemberData(nameof(RouteNames))]
    public void Each_route_answers_what_its_service_method_returns_through_the_source_generated_context(string name)
    {
        var (_, route, resource) = Routes().Single(r => r.JsName == name);
        var facade = resource.Service.GetMethods().Single(m => m.Name == (route.Name == "RetrieveOrCreateAsync" ? "RetrieveAsync" : route.Name));

        Assert.Equal(typeof(Task<HttpResponseMessage>), route.ReturnType);
        var operation = Assert.Single(route.GetParameters(), p => p.GetCustomAttribute<PropertyAttribute>()?.Key == RequestContext.Key);
        var answer = operation.ParameterType.GetGenericArguments()[0];
        Assert.Equal(facade.ReturnType.GetGenericArguments()[0], answer);
        Assert.NotNull(PaymentJsonContext.Default.GetTypeInfo(answer));
        Assert.Single(route.GetParameters(), p => p.ParameterType == typeof(CancellationToken));
        Assert.Equal(typeof(CancellationToken), facade.GetParameters()[^1].ParameterType);
    }

    [Theory]
    [MemberData(nameof(RouteNames))]
    public void Each_route_has_a_body_exactly_when_payment_js_sends_one(string name)
    {
        // The fault matrix's classes rest on this: a method's class is verb × retry class × body, as its route declares them.
        var (_, route, _) = Routes().Single(r => r.JsName == name);

        Assert.Equal(ApiOperations.Named(name).HasBody, route.GetParameters().Any(p => p.GetCustomAttribute<BodyAttribute>() is not null));
    }

    [Fact]
    public void Every_route_sends_livemode_last_of_its_query()
    {
        foreach (var (name, route, _) in Routes())
        {
            var query = route.GetParameters()
                .Where(p => p.ParameterType != typeof(CancellationToken) && p.GetCustomAttribute<PropertyAttribute>() is null
                            && p.GetCustomAttribute<BodyAttribute>() is null && !route.GetCustomAttribute<HttpMethodAttribute>()!.Path.Contains("{" + p.Name + "}"))
                .ToList();
            Assert.True(query[^1].Name == "livemode", $"{name} sends {query[^1].Name} after livemode.");
            // Filters travel in an options object that writes its own query: never one by one.
            Assert.All(query.SkipLast(1), p => Assert.NotNull(p.GetCustomAttribute<QueryConverterAttribute>()));
        }
    }

    [Fact]
    public void Every_service_is_registered_from_the_clients_one_list()
    {
        Assert.Equal(Resources.Select(r => r.Service).OrderBy(t => t.Name), PaymentClient.Services.Select(s => s.Service).OrderBy(t => t.Name));
    }

    [Fact]
    public void Refits_reflection_request_builder_is_not_referenced()
    {
        var references = typeof(PaymentClient).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.Contains("Refit", references);
        Assert.DoesNotContain("Refit.Reflection", references);
    }
}
