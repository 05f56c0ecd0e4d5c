using System.Reflection;
using PaymentSdk.Http;
using Refit;

namespace PaymentSdk.Tests.Conventions;

/// <summary>
/// The Refit interfaces, checked by reflection: every route declares its verb and path, what it answers,
/// and whether it may be repeated, and each facade's methods match its routes one to one.
/// </summary>
public class RouteConventionTests
{
    private static readonly (Type Routes, Type Facade)[] Interfaces = [(typeof(IInvoicesApi), typeof(IInvoiceService)), (typeof(IWebhookEndpointsApi), typeof(IWebhookEndpointService))];

    private static readonly MethodInfo[] Routes = Interfaces.SelectMany(i => i.Routes.GetMethods()).ToArray();

    /// <summary>
    /// What payment-js sends, and which operations may be repeated (void and returnStake move money, creating an
    /// endpoint makes one, deleting it cannot be told from a 404 afterwards: never).
    /// </summary>
    public static TheoryData<string, string, string, bool> Expected => new()
    {
        { "IInvoicesApi." + nameof(IInvoicesApi.RetrieveAsync), "GET", "/api/invoices/{id}", true },
        { "IInvoicesApi." + nameof(IInvoicesApi.ListAsync), "GET", "/api/invoices", true },
        { "IInvoicesApi." + nameof(IInvoicesApi.SearchAsync), "GET", "/api/invoices/search", true },
        { "IInvoicesApi." + nameof(IInvoicesApi.UpdateAsync), "PUT", "/api/invoices/{id}", true },
        { "IInvoicesApi." + nameof(IInvoicesApi.VoidAsync), "POST", "/api/invoices/{id}/void", false },
        { "IInvoicesApi." + nameof(IInvoicesApi.GetReturnStakeAsync), "GET", "/api/invoices/{id}/return-stake", true },
        { "IInvoicesApi." + nameof(IInvoicesApi.ReturnStakeAsync), "POST", "/api/invoices/{id}/return-stake", false },
        { "IWebhookEndpointsApi." + nameof(IWebhookEndpointsApi.CreateAsync), "POST", "/api/webhook-endpoints", false },
        { "IWebhookEndpointsApi." + nameof(IWebhookEndpointsApi.RetrieveAsync), "GET", "/api/webhook-endpoints/{id}", true },
        { "IWebhookEndpointsApi." + nameof(IWebhookEndpointsApi.UpdateAsync), "PUT", "/api/webhook-endpoints/{id}", true },
        { "IWebhookEndpointsApi." + nameof(IWebhookEndpointsApi.ListAsync), "GET", "/api/webhook-endpoints", true },
        { "IWebhookEndpointsApi." + nameof(IWebhookEndpointsApi.DeleteAsync), "DELETE", "/api/webhook-endpoints/{id}", false },
    };

    private static MethodInfo Route(string name) => Routes.Single(m => m.DeclaringType!.Name + "." + m.Name == name);

    [Fact]
    public void The_interfaces_carry_the_routes_and_nothing_else()
    {
        Assert.Equal(
            Expected.Select(row => (string)row[0]).Order(),
            Routes.Select(m => m.DeclaringType!.Name + "." + m.Name).Order());
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Each_route_declares_its_verb_path_and_retry_safety(string name, string verb, string path, bool repeatable)
    {
        var route = Route(name);

        var http = Assert.Single(route.GetCustomAttributes<HttpMethodAttribute>());
        Assert.Equal((verb, path), (http.Method.Method, http.Path));
        var idempotency = Assert.Single(route.GetParameters(), p => p.ParameterType == typeof(Idempotency));
        Assert.Equal(RequestContext.IdempotencyKey, idempotency.GetCustomAttribute<PropertyAttribute>()?.Key);
        Assert.True(idempotency.HasDefaultValue, $"{name} must declare its retry safety as the parameter's default, so no caller passes it.");
        Assert.Equal(repeatable ? Idempotency.Idempotent : Idempotency.NotIdempotent, (Idempotency)idempotency.DefaultValue!);
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Each_route_answers_what_the_facade_returns(string name, string verb, string path, bool repeatable)
    {
        _ = (verb, path, repeatable);
        var route = Route(name);
        var facade = Interfaces.Single(i => i.Routes == route.DeclaringType).Facade.GetMethods().Single(m => m.Name == route.Name);

        Assert.Equal(typeof(Task<HttpResponseMessage>), route.ReturnType);
        var operation = Assert.Single(route.GetParameters(), p => p.ParameterType.IsGenericType && p.ParameterType.GetGenericTypeDefinition() == typeof(Operation<>));
        Assert.Equal(RequestContext.Key, operation.GetCustomAttribute<PropertyAttribute>()?.Key);
        Assert.Equal(facade.ReturnType.GetGenericArguments()[0], operation.ParameterType.GetGenericArguments()[0]);
        Assert.Single(route.GetParameters(), p => p.ParameterType == typeof(CancellationToken));
    }

    [Fact]
    public void Every_route_sends_livemode_last_of_its_query()
    {
        foreach (var route in Routes)
        {
            var query = route.GetParameters()
                .Where(p => p.ParameterType != typeof(CancellationToken) && p.GetCustomAttribute<PropertyAttribute>() is null
                            && p.GetCustomAttribute<BodyAttribute>() is null && !route.GetCustomAttribute<HttpMethodAttribute>()!.Path.Contains("{" + p.Name + "}"))
                .ToList();
            Assert.Equal("livemode", query[^1].Name);
        }
    }

    [Fact]
    public void Refits_reflection_request_builder_is_not_referenced()
    {
        var references = typeof(PaymentClient).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.Contains("Refit", references);
        Assert.DoesNotContain("Refit.Reflection", references);
    }
}
