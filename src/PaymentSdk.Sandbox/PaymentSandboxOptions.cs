namespace PaymentSdk.Sandbox;

/// <summary>How a <see cref="PaymentSandbox"/> listens and whom it lets in.</summary>
public sealed class PaymentSandboxOptions
{
    /// <summary>The loopback port to listen on; 0 (the default) takes a free one.</summary>
    public int Port { get; set; }

    /// <summary>
    /// The path Payment Kit's routes are served under, as a Payment Kit mounted in a Blocklet is
    /// (<c>/payment</c> serves <c>/payment/api/invoices</c>). Default <c>/</c>.
    /// </summary>
    public string MountPoint { get; set; } = "/";

    /// <summary>
    /// Access keys accepted as <c>Authorization: Bearer {key}</c>. When this is empty and
    /// <see cref="ComponentPublicKey"/> is null, every request is let in.
    /// </summary>
    public ICollection<string> AccessKeys { get; } = new List<string>();

    /// <summary>
    /// The Blocklet app's public key (0x + 64 hex digits: the second half of <c>BLOCKLET_APP_SK</c>).
    /// When set, requests signed as a Blocklet component (<c>x-component-sig</c>) are checked with
    /// it, with the same algorithm the SDK signs with, and a bad or expired signature is answered
    /// 401 <c>{"error":"verify sig failed"}</c>.
    /// </summary>
    public string? ComponentPublicKey { get; set; }

    /// <summary>The sandbox's clock: void times, update times, signature expiry and the waits between webhook attempts. Default: the system clock.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// The Blocklet app's secret key (0x + 128 hex digits) that event deliveries are signed with, as Payment
    /// Kit signs them. When null: <c>BLOCKLET_APP_SK</c> from the environment, else a key made for this
    /// sandbox alone (its public half is <see cref="PaymentSandbox.AppPublicKey"/>).
    /// </summary>
    public string? AppSecretKey { get; set; }

    /// <summary>How many times an event is delivered to an endpoint that does not answer 2xx, the first included. Default 5.</summary>
    public int WebhookAttempts { get; set; } = 5;

    /// <summary>The wait before the first retry of a delivery; each later wait is twice the one before. Default 1 s.</summary>
    public TimeSpan WebhookRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>When set, one line per request (method, path, status, milliseconds; never headers or bodies).</summary>
    public TextWriter? RequestLog { get; set; }

    /// <summary>Whether any check of the caller is on.</summary>
    internal bool RequiresAuthentication => AccessKeys.Count > 0 || ComponentPublicKey is not null;
}
