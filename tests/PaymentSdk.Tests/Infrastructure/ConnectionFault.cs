namespace PaymentSdk.Tests.Infrastructure;

/// <summary>How a <see cref="FaultServer"/> misbehaves once it has read a whole request.</summary>
public enum ConnectionFault
{
    /// <summary>Resets the connection (TCP RST) without a byte of answer.</summary>
    Reset,

    /// <summary>Closes the connection (TCP FIN) without a byte of answer.</summary>
    ReadThenClose,

    /// <summary>Sends the head of a chunked 200 answer, then a chunk whose size line is not hexadecimal, and closes.</summary>
    BrokenChunk,

    /// <summary>Sends bytes that are no HTTP answer at all, then closes.</summary>
    RandomBytesThenClose,

    /// <summary>Sends the head of a 200 answer with an invoice at once, then its body in 20 pieces over 3 seconds.</summary>
    SlowBody,

    /// <summary>Writes whatever the test's script writes (<see cref="FaultServer(Func{LoggedRequest, Stream, CancellationToken, Task})"/>).</summary>
    Scripted,
}
