using System.Text.Json.Serialization;

namespace PaymentSdk.Tests.Infrastructure;

/// <summary>Source-generated JSON for the tests' own needs (reflection-based serialization is off in this project).</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class TestJson : JsonSerializerContext;
