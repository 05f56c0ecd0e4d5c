using System.Text.Json;

namespace PaymentSdk.Tests.Infrastructure;

/// <summary>WireMock mappings built in the test that uses them, so the stub sits next to its assertions.</summary>
public static class Stubs
{
    /// <summary>A JSON error answer with <paramref name="status"/>.</summary>
    public static string Status(int status, string? retryAfter = null)
    {
        var headers = retryAfter is null ? "" : $", \"Retry-After\": {Quote(retryAfter)}";
        return $$$"""{"status": {{{status}}}, "headers": {"Content-Type": "application/json"{{{headers}}}}, "jsonBody": {"error": "status {{{status}}} from the stub"}}""";
    }

    /// <summary>A 200 answer with a body from <c>WireMock/__files</c>.</summary>
    public static string Ok(string bodyFile) =>
        $$"""{"status": 200, "headers": {"Content-Type": "application/json"}, "bodyFileName": "{{bodyFile}}"}""";

    /// <summary>A broken connection: one of WireMock's faults, such as <c>CONNECTION_RESET_BY_PEER</c>.</summary>
    public static string Fault(string fault) => $$"""{"fault": "{{fault}}"}""";

    /// <summary>
    /// Every request of any method below any mount point that starts with <paramref name="mountPrefix"/>
    /// gets <paramref name="response"/>.
    /// </summary>
    public static string Always(string mountPrefix, string response) =>
        $$"""{"request": {"method": "ANY", "urlPattern": {{Quote("/" + mountPrefix + "[^/]*/api/invoices.*")}}}, "response": {{response}}}""";

    /// <summary>
    /// Requests of any method below <paramref name="mount"/> get <paramref name="responses"/> in turn (a
    /// WireMock scenario); once they are used up, the last one repeats.
    /// </summary>
    public static string Sequence(string mount, params string[] responses)
    {
        var mappings = responses.Select((response, i) =>
        {
            var state = i == 0 ? "Started" : "step " + i;
            var next = i == responses.Length - 1 ? "" : $", \"newScenarioState\": \"step {i + 1}\"";
            return $$"""{"scenarioName": {{Quote(mount)}}, "requiredScenarioState": "{{state}}"{{next}}, "request": {"method": "ANY", "urlPattern": {{Quote("/" + mount + "/api/invoices.*")}}}, "response": {{response}}}""";
        });
        return $$"""{"mappings": [{{string.Join(",", mappings)}}]}""";
    }

    /// <summary>Requests below <paramref name="mount"/> get <paramref name="responses"/> in turn, round and round.</summary>
    public static string Cycle(string mount, params string[] responses)
    {
        var mappings = responses.Select((response, i) =>
        {
            var state = i == 0 ? "Started" : "step " + i;
            var next = i == responses.Length - 1 ? "Started" : "step " + (i + 1);
            return $$"""{"scenarioName": {{Quote(mount)}}, "requiredScenarioState": "{{state}}", "newScenarioState": "{{next}}", "request": {"method": "ANY", "urlPattern": {{Quote("/" + mount + "/api/invoices.*")}}}, "response": {{response}}}""";
        });
        return $$"""{"mappings": [{{string.Join(",", mappings)}}]}""";
    }

    private static string Quote(string text) => JsonSerializer.Serialize(text, TestJson.Default.String);
}
