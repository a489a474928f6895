using Tanso.Web.Reports;

namespace Tanso.Web.Tests.Reports;

// Engine "Any": pure address arithmetic.
[Trait("Engine", "Any")]
public sealed class AppAddressTests
{
    [Theory]
    [InlineData("http://[::]:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://0.0.0.0:5000", "http://127.0.0.1:5000/")]
    [InlineData("http://+:80", "http://127.0.0.1/")]
    [InlineData("http://*:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://localhost:5000", "http://localhost:5000/")]
    [InlineData("http://127.0.0.1:41234", "http://127.0.0.1:41234/")]
    [InlineData("https://[::1]:5001", "https://[::1]:5001/")]
    public void AListeningAddress_IsReachedOnLoopback(string listening, string reached) =>
        Assert.Equal(new Uri(reached), AppAddress.Loopback(listening));
}
