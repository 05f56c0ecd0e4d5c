namespace PaymentSdk.Sandbox.Routes;

/// <summary>The path a Payment Kit is mounted at, as <c>/</c> or <c>/name</c>.</summary>
internal static class MountPoint
{
    public static string Normalize(string? mountPoint)
    {
        var trimmed = (mountPoint ?? "").Trim().Trim('/');
        if (trimmed.Contains('?') || trimmed.Contains('#') || trimmed.Contains("//", StringComparison.Ordinal))
            throw new ArgumentException($"PaymentSandboxOptions.MountPoint must be a path such as /payment; '{mountPoint}' is not.", nameof(mountPoint));
        return "/" + trimmed;
    }
}
