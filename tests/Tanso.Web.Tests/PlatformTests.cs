using System.Net;
using System.Text.Json;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests;

public sealed class PlatformTests(SeededApp fixture) : IClassFixture<SeededApp>
{
    private readonly HttpClient _client = fixture.App.CreateRawClient();

    [Fact]
    public async Task Healthz_ReportsHealthy_WhenTheDatabaseAnswers()
    {
        var response = await _client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheApi()
    {
        using var doc = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json"));

        var paths = doc.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/governments", "/api/national/figures", "/api/national/series", "/api/sectors" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path + " is missing from the OpenAPI document");
        }
        Assert.Equal("Tanso API", doc.RootElement.GetProperty("info").GetProperty("title").GetString());
    }

    [Fact]
    public async Task InteractiveApiDocs_AreServed()
    {
        var response = await _client.GetAsync("/api/docs/index.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("swagger", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Pages_CarrySecurityHeaders_AndACspWithoutUnsafeInline()
    {
        var response = await _client.GetAsync("/");

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Sectors_AreTheTwelveOfTheNationalTaxonomy()
    {
        using var doc = JsonDocument.Parse(await _client.GetStringAsync("/api/sectors"));

        Assert.Equal(
            ["전환", "산업", "건물", "수송", "농축수산", "폐기물", "수소", "탈루등", "흡수원", "CCUS", "국제감축", "직접공기포집"],
            doc.RootElement.EnumerateArray().Select(s => s.GetProperty("nameKo").GetString()!));
    }

    [Fact]
    public async Task StaticAssets_BuiltFromNpm_AreServed()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/lib/tanso.css")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/lib/chart.umd.min.js")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/js/charts.js")).StatusCode);
    }
}
