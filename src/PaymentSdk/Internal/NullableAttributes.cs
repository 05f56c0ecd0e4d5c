#if !NET
namespace System.Diagnostics.CodeAnalysis;

/// <summary>The compiler's nullable-flow attribute, which .NET Framework lacks.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
internal sealed class NotNullWhenAttribute(bool returnValue) : Attribute
{
    /// <summary>The return value for which the parameter is not null.</summary>
    public bool ReturnValue { get; } = returnValue;
}
#endif
