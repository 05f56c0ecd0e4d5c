using System.Text.Json;
using PaymentSdk.Sandbox.Data;
using PaymentSdk.Sandbox.Routes;
using PaymentSdk.Sandbox.State;

namespace PaymentSdk.Sandbox.Resources.Settings;

/// <summary>
/// Payment Kit's <c>/api/settings</c> routes. Create takes payment-js's camelCase body (<c>mountLocation</c>,
/// <c>componentDid</c>) and stores the snake_case model; a setting is found by id or by its mount location; an
/// update merges <c>settings</c> key by key (a null value removes a key).
/// </summary>
internal static class SettingModule
{
    public static void Map(SandboxRoutes routes)
    {
        routes.Change("POST", "/api/settings", Create);
        routes.Read("GET", "/api/settings/{id}", (request, mode) => Answer(Find(mode, request.RequiredId)));
        routes.Change("PUT", "/api/settings/{id}", Update);
        routes.Change("DELETE", "/api/settings/{id}", Delete);
    }

    private static byte[] Create(SandboxRequest request, Change change)
    {
        var body = Fields.Object(request.Body);
        var mode = change.Mode;
        var setting = new Setting
        {
            Id = change.NewId("set"),
            Livemode = mode.Livemode,
            Type = Fields.String(body, "type", required: true, maxLength: 64, allowEmpty: false)!,
            MountLocation = Fields.String(body, "mountLocation", required: true, maxLength: 255, allowEmpty: false)!,
            Active = Fields.Boolean(body, "active") ?? true,
            ComponentDid = Fields.String(body, "componentDid"),
            Settings = SettingsPatch(body) is { } settings ? Merge(null, settings) : [],
            CreatedAt = change.Now,
            UpdatedAt = change.Now,
        };
        // payment-types' TSetting has no description; Payment Kit keeps the one created with, so the answer carries it.
        Describe(setting, Fields.String(body, "description", maxLength: 500) ?? "");
        if (mode.Settings.All.Any(s => s.Type == setting.Type && s.MountLocation == setting.MountLocation))
            throw SandboxException.BadRequest($"A {setting.Type} setting for {setting.MountLocation} already exists in {mode.Name} mode");
        mode.Settings.Add(setting);
        return Answer(setting);
    }

    private static byte[] Update(SandboxRequest request, Change change)
    {
        var body = Fields.Object(request.Body);
        var setting = Find(change.Mode, request.RequiredId);
        if (SettingsPatch(body) is { } settings) setting.Settings = Merge(setting.Settings, settings);
        if (Fields.Boolean(body, "active") is { } active) setting.Active = active;
        if (Fields.String(body, "description", maxLength: 500) is { } description) Describe(setting, description);
        setting.UpdatedAt = change.Now;
        return Answer(setting);
    }

    private static byte[] Delete(SandboxRequest request, Change change)
    {
        var setting = Find(change.Mode, request.RequiredId);
        change.Mode.Settings.Remove(setting);
        return SandboxJson.Bytes(new SettingDeleteResult { Message = $"Setting {setting.Id} deleted" }, SandboxJson.Context.SettingDeleteResult);
    }

    private static Setting Find(ModeState mode, string idOrMountLocation) =>
        mode.Settings.Find(idOrMountLocation)
        ?? mode.Settings.All.FirstOrDefault(s => s.MountLocation == idOrMountLocation)
        ?? throw new SandboxException(404, $"Setting {idOrMountLocation} not found in {mode.Name} mode");

    private static JsonElement? SettingsPatch(JsonElement body)
    {
        if (!Fields.Has(body, "settings") || body.GetProperty("settings").ValueKind == JsonValueKind.Null) return null;
        var settings = body.GetProperty("settings");
        return settings.ValueKind == JsonValueKind.Object ? settings : throw SandboxException.BadRequest("\"settings\" must be of type object");
    }

    private static Dictionary<string, JsonElement> Merge(Dictionary<string, JsonElement>? current, JsonElement patch) => Fields.Merge(current, patch);

    private static void Describe(Setting setting, string description)
    {
        setting.ExtensionData ??= new Dictionary<string, JsonElement>();
        setting.ExtensionData["description"] = JsonSerializer.SerializeToElement(description, SandboxJson.Context.String);
    }

    private static byte[] Answer(Setting setting) => SandboxJson.Bytes(setting, SandboxJson.Context.Setting);
}
