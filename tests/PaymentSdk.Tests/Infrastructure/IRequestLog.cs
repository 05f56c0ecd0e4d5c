namespace PaymentSdk.Tests.Infrastructure;

/// <summary>A server the tests send to, and every request it received.</summary>
public interface IRequestLog
{
    /// <summary>The server's root, such as http://127.0.0.1:41234/.</summary>
    Uri Root { get; }

    /// <summary>Every request received so far, in no particular order.</summary>
    IEnumerable<LoggedRequest> AllRequests { get; }
}
