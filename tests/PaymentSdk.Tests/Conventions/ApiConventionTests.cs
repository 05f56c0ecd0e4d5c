using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PaymentSdk.Serialization;

namespace PaymentSdk.Tests.Conventions;

/// <summary>The conventions of the whole public API, checked by reflection (in the manner of Octokit's convention tests).</summary>
public class ApiConventionTests
{
    private static readonly Type[] PublicTypes = typeof(PaymentClient).Assembly.GetExportedTypes();
    private static readonly JsonSerializerOptions ReflectionMetadata = new() { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() };

    /// <summary>Options only code can supply (objects); every other option must bind from configuration.</summary>
    private static readonly string[] CodeOnlyOptions = [nameof(PaymentClientOptions.Authenticator), nameof(PaymentClientOptions.LoggerFactory)];

    private static IEnumerable<MethodInfo> PublicMethods => PublicTypes
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
        .Where(m => !m.IsSpecialName);

    private static bool IsAsync(Type type) =>
        type == typeof(Task) || type == typeof(ValueTask) ||
        type.IsGenericType && type.GetGenericTypeDefinition() is var d && (d == typeof(Task<>) || d == typeof(ValueTask<>) || d == typeof(IAsyncEnumerable<>));

    [Fact]
    public void Every_async_method_ends_in_async_and_takes_a_cancellation_token_last()
    {
        var asyncMethods = PublicMethods.Where(m => IsAsync(m.ReturnType)).ToList();

        Assert.NotEmpty(asyncMethods);
        var offenders = asyncMethods.Where(m => !m.Name.EndsWith("Async", StringComparison.Ordinal) || m.GetParameters().LastOrDefault()?.ParameterType != typeof(CancellationToken));
        Assert.Empty(offenders.Select(m => $"{m.DeclaringType!.Name}.{m.Name}"));
    }

    [Fact]
    public void No_synchronous_method_is_named_async()
    {
        Assert.Empty(PublicMethods.Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal) && !IsAsync(m.ReturnType)).Select(m => $"{m.DeclaringType!.Name}.{m.Name}"));
    }

    [Fact]
    public void Every_option_binds_from_configuration()
    {
        // One value per setting, unlike its default, for every public settable (or nested) option.
        var values = new Dictionary<string, string?>();
        var expected = new List<(string Key, Func<PaymentClientOptions, object?> Read, object Value)>();
        void Walk(Type type, string prefix, Func<PaymentClientOptions, object?> read)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (type == typeof(PaymentClientOptions) && CodeOnlyOptions.Contains(property.Name)) continue;
                var key = prefix + property.Name;
                Func<PaymentClientOptions, object?> readProperty = o => property.GetValue(read(o));
                var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                if (propertyType.Name.EndsWith("Options", StringComparison.Ordinal))
                {
                    Walk(propertyType, key + ":", readProperty);
                    continue;
                }
                Assert.True(property.SetMethod?.IsPublic == true, $"{key} has no public setter: configuration cannot set it.");
                (string text, object value) = propertyType switch
                {
                    _ when propertyType == typeof(bool) => (((bool)property.GetValue(read(new PaymentClientOptions()))! ? "false" : "true"), (object)!(bool)property.GetValue(read(new PaymentClientOptions()))!),
                    _ when propertyType == typeof(int) => ("7", 7),
                    _ when propertyType == typeof(long) => ("70000", 70000L),
                    _ when propertyType == typeof(double) => ("1.5", 1.5),
                    _ when propertyType == typeof(string) => ("blocklet-configured", "blocklet-configured"),
                    _ when propertyType == typeof(Uri) => ("https://configured.example/payment", new Uri("https://configured.example/payment")),
                    _ when propertyType == typeof(TimeSpan) => ("00:00:07", TimeSpan.FromSeconds(7)),
                    _ => throw new InvalidOperationException($"{key} is a {propertyType.Name}, which this test cannot write in configuration: extend it."),
                };
                values["PaymentKit:" + key] = text;
                expected.Add((key, readProperty, value));
            }
        }
        Walk(typeof(PaymentClientOptions), "", o => o);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddPaymentSdk(configuration.GetSection("PaymentKit"));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<PaymentClientOptions>>().Value;

        Assert.True(expected.Count >= 13, $"Only {expected.Count} options were found.");
        Assert.All(expected, e => Assert.True(Equals(e.Value, e.Read(options)), $"{e.Key}: configured {e.Value}, bound {e.Read(options)}"));
    }

    [Fact]
    public void Every_public_model_keeps_unknown_fields()
    {
        var models = PublicTypes.Where(t => t.IsClass && !t.IsAbstract && t.GetProperties().Any(p => p.GetCustomAttribute<JsonPropertyNameAttribute>() is not null)).ToList();

        Assert.True(models.Count >= 30, $"Only {models.Count} models were found.");
        // Request models (…Options) are written by the SDK, never read from Payment Kit.
        Assert.Empty(models.Where(t => !typeof(PaymentEntity).IsAssignableFrom(t) && !t.Name.EndsWith("Options", StringComparison.Ordinal)).Select(t => t.Name));
        foreach (var model in models.Where(t => typeof(PaymentEntity).IsAssignableFrom(t) && !t.ContainsGenericParameters))
        {
            // The SDK's own (source-generated) metadata where the model is part of an answer; a base type such as
            // CreditGrant is read by whoever serializes it, so check it with reflection-based metadata.
            var typeInfo = PaymentJsonContext.Default.GetTypeInfo(model) ?? ReflectionMetadata.GetTypeInfo(model);
            var entity = (PaymentEntity)JsonSerializer.Deserialize(Encoding.UTF8.GetBytes("""{"field_from_the_future":{"x":1}}"""), typeInfo)!;
            Assert.True(entity.ExtensionData?.ContainsKey("field_from_the_future") == true, $"{model.Name} dropped an unknown field.");
        }
    }

    [Fact]
    public void Every_exception_derives_from_payment_exception_and_is_named_so()
    {
        var exceptions = PublicTypes.Where(t => typeof(Exception).IsAssignableFrom(t)).ToList();

        Assert.NotEmpty(exceptions);
        Assert.All(exceptions, t =>
        {
            Assert.True(typeof(PaymentException).IsAssignableFrom(t), t.Name);
            Assert.EndsWith("Exception", t.Name);
        });
    }

    [Fact]
    public void Every_service_is_an_interface_a_test_double_can_implement()
    {
        // The services: every property of the client typed by the SDK itself (not BaseUrl or LiveMode).
        var services = typeof(PaymentClient).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType.Assembly == typeof(PaymentClient).Assembly)
            .ToList();

        Assert.Contains(services, p => p.Name == nameof(PaymentClient.Invoices));
        Assert.Contains(services, p => p.Name == nameof(PaymentClient.WebhookEndpoints));
        Assert.All(services, service =>
        {
            var type = service.PropertyType;
            Assert.True(type.IsInterface && type.IsPublic, $"PaymentClient.{service.Name} must be a public interface, so that users can mock it.");
            // An implementation made at run time, as mocking libraries make theirs: it fails for a member a user could not implement.
            var mock = DispatchProxy.Create(type, typeof(RecordingProxy));
            var method = type.GetMethods()[0];
            method.Invoke(mock, method.GetParameters().Select(p => p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null).ToArray());
            Assert.Equal(method.Name, ((RecordingProxy)mock).Called);
            // Users see the interface only: no public class implements it.
            Assert.DoesNotContain(PublicTypes, t => t.IsClass && type.IsAssignableFrom(t));
        });
    }

    /// <summary>A test double of any interface, as a mocking library would make it: notes the method called.</summary>
    public class RecordingProxy : DispatchProxy
    {
        public string? Called { get; private set; }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            Called = targetMethod?.Name;
            return null;
        }
    }
}
