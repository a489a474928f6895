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

    [Fact]
    public async Task TheStyleSheet_GoesOutPrecompressed_NotRecompressedWithoutCompression()
    {
        // The build writes a gzip variant; without ReloadStaticAssetsAtRuntime=false the framework's development
        // handler re-wraps the CSS in an uncompressed gzip stream (226 KB instead of 21 KB on every page view).
        using var request = new HttpRequestMessage(HttpMethod.Get, "/lib/tanso.css");
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        var compressed = await response.Content.ReadAsByteArrayAsync();
        await using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(compressed), System.IO.Compression.CompressionMode.Decompress);
        using var css = new MemoryStream();
        await gzip.CopyToAsync(css);
        Assert.StartsWith(":root{", System.Text.Encoding.UTF8.GetString(css.GetBuffer(), 0, 6));
        Assert.True(compressed.Length * 4 < css.Length, $"{compressed.Length} bytes compressed for {css.Length} bytes of CSS");
    }
}
