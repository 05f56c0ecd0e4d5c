namespace PaymentSdk.Tests.Models;

public sealed class InvoiceStatusTests
{
    [Theory]
    [InlineData("draft", false, false, false)]
    [InlineData("open", true, false, true)]
    [InlineData("paid", false, true, false)]
    [InlineData("void", false, true, false)]
    [InlineData("uncollectible", true, false, true)]
    [InlineData("some_future_status", false, false, false)]
    [InlineData("PAID", false, false, false)]
    [InlineData(null, false, false, false)]
    public void Knows_the_lifecycle(string? status, bool canVoid, bool isFinal, bool isPayable)
    {
        Assert.Equal(canVoid, InvoiceStatus.CanVoid(status));
        Assert.Equal(isFinal, InvoiceStatus.IsFinal(status));
        Assert.Equal(isPayable, InvoiceStatus.IsPayable(status));
    }
}
