using System.Net;
using System.Text.Json;
using PaymentSdk.Sandbox;
using PaymentSdk.Tests.Infrastructure;

namespace PaymentSdk.Tests.Sandbox.Resources;

/// <summary>
/// Settings through the SDK against the sandbox, in each mode: created with a type and mount location (unique
/// together per mode), found by id or mount location, updated with its settings merged key by key, deleted.
/// </summary>
public sealed class SettingSandboxTests
{
    private static readonly DateTimeOffset Now = new(2026, 7, 1, 12, 30, 45, TimeSpan.Zero);

    private static Task<PaymentSandbox> StartAsync() => PaymentSandbox.StartAsync(new PaymentSandboxOptions { TimeProvider = new FixedClock(Now) });

    private static string ModeName(bool live) => live ? "live" : "test";

    private static string MountLocation() => "blog-post-" + Guid.NewGuid().ToString("N")[..12];

    private static SettingCreateOptions Donate(string mountLocation) => new()
    {
        Type = "donate",
        MountLocation = mountLocation,
        Description = "Tips for a post",
        ComponentDid = "z8ia1mAXo8ZE7ytGF36L5uBf9kD2kenhqFGp9",
        Settings = new Dictionary<string, object?>
        {
            ["amount"] = "1",
            ["presets"] = new[] { "1", "5", "10" },
            ["enabled"] = true,
        },
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_setting_is_created_and_found_by_id_or_mount_location_in_its_mode_only(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        using var other = SandboxClients.Create(sandbox, !live);
        var location = MountLocation();
        var count = sandbox.Data.GetSettings(live).Count;

        var created = await payment.Settings.CreateAsync(Donate(location));

        Assert.StartsWith("set_", created.Id, StringComparison.Ordinal);
        Assert.Equal(("donate", location, true, live), (created.Type, created.MountLocation, created.Active, created.Livemode));
        Assert.Equal("z8ia1mAXo8ZE7ytGF36L5uBf9kD2kenhqFGp9", created.ComponentDid);
        Assert.Equal("1", created.Settings!["amount"].GetString());
        Assert.Equal(new[] { "1", "5", "10" }, created.Settings["presets"].EnumerateArray().Select(e => e.GetString()));
        Assert.True(created.Settings["enabled"].GetBoolean());
        Assert.Equal("Tips for a post", created.ExtensionData!["description"].GetString());
        Assert.Equal((Now, Now), (created.CreatedAt, created.UpdatedAt));
        Assert.Equal(count + 1, sandbox.Data.GetSettings(live).Count);

        var byId = await payment.Settings.RetrieveAsync(created.Id);
        var byLocation = await payment.Settings.RetrieveAsync(location);
        foreach (var setting in new[] { byId, byLocation })
        {
            Assert.Equal((created.Id, "donate", location), (setting.Id, setting.Type, setting.MountLocation));
            Assert.Equal(new[] { "amount", "enabled", "presets" }, setting.Settings!.Keys.Order(StringComparer.Ordinal));
        }

        var notFound = await Assert.ThrowsAsync<PaymentNotFoundException>(() => other.Settings.RetrieveAsync(created.Id));
        Assert.Equal($"Setting {created.Id} not found in {ModeName(!live)} mode", notFound.ServerMessage);
        await Assert.ThrowsAsync<PaymentNotFoundException>(() => other.Settings.RetrieveAsync(location));
        Assert.DoesNotContain(sandbox.Data.GetSettings(!live), s => s.Id == created.Id);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_update_merges_settings_key_by_key_and_a_null_removes_one(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        using var other = SandboxClients.Create(sandbox, !live);
        var location = MountLocation();
        var created = await payment.Settings.CreateAsync(Donate(location));

        var updated = await payment.Settings.UpdateAsync(created.Id, new SettingUpdateOptions
        {
            Settings = new Dictionary<string, object?> { ["amount"] = "2", ["currency"] = "ABT" },
        });
        var byLocation = await payment.Settings.UpdateAsync(location, new SettingUpdateOptions
        {
            Settings = new Dictionary<string, object?> { ["presets"] = null },
            Active = false,
            Description = "Tips, paused",
        });
        var retrieved = await payment.Settings.RetrieveAsync(created.Id);

        Assert.Equal(created.Id, updated.Id);
        Assert.Equal(new[] { "amount", "currency", "enabled", "presets" }, updated.Settings!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(("2", "ABT", true), (updated.Settings["amount"].GetString(), updated.Settings["currency"].GetString(), updated.Settings["enabled"].GetBoolean()));
        Assert.Equal(3, updated.Settings["presets"].GetArrayLength());
        Assert.True(updated.Active);
        foreach (var setting in new[] { byLocation, retrieved })
        {
            Assert.Equal(created.Id, setting.Id);
            Assert.Equal(new[] { "amount", "currency", "enabled" }, setting.Settings!.Keys.Order(StringComparer.Ordinal));
            Assert.Equal("2", setting.Settings["amount"].GetString());
            Assert.False(setting.Active);
            Assert.Equal("Tips, paused", setting.ExtensionData!["description"].GetString());
            Assert.Equal(("donate", location), (setting.Type, setting.MountLocation));
        }
        var stored = sandbox.Data.GetSettings(live).Single(s => s.Id == created.Id);
        Assert.Equal(JsonValueKind.String, stored.Settings!["currency"].ValueKind);
        Assert.False(stored.Settings.ContainsKey("presets"));
        await Assert.ThrowsAsync<PaymentNotFoundException>(() => other.Settings.UpdateAsync(created.Id, new SettingUpdateOptions { Active = true }));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_deleted_setting_is_gone(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        using var other = SandboxClients.Create(sandbox, !live);
        var location = MountLocation();
        var created = await payment.Settings.CreateAsync(Donate(location));
        var count = sandbox.Data.GetSettings(live).Count;

        await Assert.ThrowsAsync<PaymentNotFoundException>(() => other.Settings.DeleteAsync(created.Id));
        var deleted = await payment.Settings.DeleteAsync(created.Id);

        Assert.Equal($"Setting {created.Id} deleted", deleted.Message);
        var error = await Assert.ThrowsAsync<PaymentNotFoundException>(() => payment.Settings.RetrieveAsync(created.Id));
        Assert.Equal($"Setting {created.Id} not found in {ModeName(live)} mode", error.ServerMessage);
        await Assert.ThrowsAsync<PaymentNotFoundException>(() => payment.Settings.RetrieveAsync(location));
        await Assert.ThrowsAsync<PaymentNotFoundException>(() => payment.Settings.DeleteAsync(created.Id));
        Assert.Equal(count - 1, sandbox.Data.GetSettings(live).Count);

        // Its type and mount location are free again.
        var again = await payment.Settings.CreateAsync(Donate(location));
        Assert.NotEqual(created.Id, again.Id);
        Assert.Equal(again.Id, (await payment.Settings.RetrieveAsync(location)).Id);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_second_setting_of_the_same_type_and_mount_location_is_refused_in_that_mode_only(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        using var other = SandboxClients.Create(sandbox, !live);
        var location = MountLocation();
        var first = await payment.Settings.CreateAsync(Donate(location));
        var count = sandbox.Data.GetSettings(live).Count;

        var error = await Assert.ThrowsAsync<PaymentInvalidRequestException>(() => payment.Settings.CreateAsync(Donate(location)));
        var otherType = await payment.Settings.CreateAsync(new SettingCreateOptions { Type = "checkout", MountLocation = location, Description = "" });
        var otherMode = await other.Settings.CreateAsync(Donate(location));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal($"A donate setting for {location} already exists in {ModeName(live)} mode", error.ServerMessage);
        Assert.Equal(count + 1, sandbox.Data.GetSettings(live).Count);
        Assert.Equal(("checkout", location), (otherType.Type, otherType.MountLocation));
        Assert.NotEqual(first.Id, otherType.Id);
        Assert.Equal((!live, location), (otherMode.Livemode, otherMode.MountLocation));
        Assert.Equal(first.Id, (await payment.Settings.RetrieveAsync(first.Id)).Id);
        Assert.Equal(otherMode.Id, (await other.Settings.RetrieveAsync(location)).Id);
    }

    /// <summary>
    /// Mount locations are paths (payment-js sends a component's mount point); the SDK escapes the slash as one path
    /// segment (%2F), which Payment Kit's router decodes, so the setting is found by the location as created.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_mount_location_with_a_slash_is_found_as_it_was_created(bool live)
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, live);
        var location = "/blog/post-" + Guid.NewGuid().ToString("N")[..12];
        var created = await payment.Settings.CreateAsync(Donate(location));

        var retrieved = await payment.Settings.RetrieveAsync(location);
        var updated = await payment.Settings.UpdateAsync(location, new SettingUpdateOptions { Active = false });

        Assert.Equal((created.Id, location), (retrieved.Id, retrieved.MountLocation));
        Assert.Equal(created.Id, updated.Id);
        Assert.False(updated.Active);
    }

    /// <summary>
    /// The id is decoded once, as Express decodes it: a location that holds the text <c>%2F</c> (sent as <c>%252F</c>)
    /// is not the one with a slash there, though ASP.NET Core's own path reads the two alike.
    /// </summary>
    [Fact]
    public async Task An_escaped_percent_in_an_id_is_decoded_once()
    {
        await using var sandbox = await StartAsync();
        using var payment = SandboxClients.Create(sandbox, liveMode: false);
        var slash = await payment.Settings.CreateAsync(Donate("/shop/a/b"));
        var percent = await payment.Settings.CreateAsync(Donate("/shop/a%2Fb"));

        Assert.Equal(slash.Id, (await payment.Settings.RetrieveAsync("/shop/a/b")).Id);
        Assert.Equal(percent.Id, (await payment.Settings.RetrieveAsync("/shop/a%2Fb")).Id);
        Assert.Equal("/shop/a%2Fb", (await payment.Settings.UpdateAsync("/shop/a%2Fb", new SettingUpdateOptions { Active = false })).MountLocation);
        Assert.True((await payment.Settings.RetrieveAsync(slash.Id)).Active);
    }
}
