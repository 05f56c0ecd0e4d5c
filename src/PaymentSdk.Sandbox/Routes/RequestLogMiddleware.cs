using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace PaymentSdk.Sandbox.Routes;

/// <summary>One line per request: method, path and query, status, milliseconds. Never a header or a body.</summary>
internal sealed class RequestLogMiddleware(RequestDelegate next, TextWriter log)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        await next(context);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var line = $"{context.Request.Method} {context.Request.PathBase}{context.Request.Path}{context.Request.QueryString} -> {context.Response.StatusCode} ({elapsed:0.0} ms)";
        lock (log) log.WriteLine(line);
    }
}
