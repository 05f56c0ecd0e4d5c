using System.Reflection;
using PaymentSdk.Http;
using Refit;

namespace PaymentSdk.Tests.Conventions;

/// <summary>
/// The Refit interface, checked by reflection: every route declares its verb and path, what it answers,
/// and whether it may be repeated, and the facade's methods match the routes one to one.
/// </summary>
public class RouteConventionTests
{
    private static readonly MethodInfo[] Routes = typeof(IInvoicesApi).GetMethods();

    /// <summary>What payment-js sends, and which operations may be repeated (void and returnStake move money: never).</summary>
    public static TheoryData<string, string, string, bool> Expected => new()
    {
        { nameof(IInvoicesApi.RetrieveAsync), "GET", "/api/invoices/{id}", true },
        { nameof(IInvoicesApi.ListAsync), "GET", "/api/invoices", true },
        { nameof(IInvoicesApi.SearchAsync), "GET", "/api/invoices/search", true },
        { nameof(IInvoicesApi.UpdateAsync), "PUT", "/api/invoices/{id}", true },
        { nameof(IInvoicesApi.VoidAsync), "POST", "/api/invoices/{id}/void", false },
        { nameof(IInvoicesApi.GetReturnStakeAsync), "GET", "/api/invoices/{id}/return-stake", true },
        { nameof(IInvoicesApi.ReturnStakeAsync), "POST", "/api/invoices/{id}/return-stake", false },
    };

    [Fact]
    public void The_interface_carries_the_seven_routes_and_nothing_else()
    {
        Assert.Equal(
            Expected.Select(row => (string)row[0]).Order(),
            Routes.Select(m => m.Name).Order());
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Each_route_declares_its_verb_path_and_retry_safety(string name, string verb, string path, bool repeatable)
    {
        var route = Routes.Single(m => m.Name == name);

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
        var route = Routes.Single(m => m.Name == name);
        var facade = typeof(IInvoiceService).GetMethods().Single(m => m.Name == name);

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
