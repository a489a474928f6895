using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Portal;

/// <summary>Public pages and public API reads come from the output cache until the data changes; signed-in pages never do.</summary>
public sealed class PublicCacheTests
{
    // The output cache marks what it serves from memory with an Age header.
    internal static bool FromCache(HttpResponseMessage response) => response.Headers.Age is not null;

    internal static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    [Fact]
    public async Task AWrite_OnAnyInstance_IsShownOnTheNextRequest_NotTheCachedPage()
    {
        await using var database = TestDatabase.Create();
        await using var reader = new TansoApp(database);
        await using var writer = new TansoApp(database);
        var anonymous = reader.CreateRawClient();
        const string path = "/api/national/figures?series=ndc-2021&year=2030";
        var before = (await (await GetAsync(anonymous, path)).Content.ReadFromJsonAsync<JsonArray>())!;
        var power = before.Single(f => (string)f!["line"]! == "power")!;
        Assert.True(FromCache(await GetAsync(anonymous, path)));

        var national = await People.ClientWithTokenAsync(writer, await People.CreateUserAsync(writer, "cache@me.example", [Role.NationalOfficer]), true);
        var edited = await national.PutAsJsonAsync($"/api/national/figures/{(int)power["id"]!}",
            new { valueMtCo2eq = 150.1m, status = "derived", source = "캐시 시험", version = (int)power["version"]! });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);

        var after = await GetAsync(anonymous, path);
        Assert.False(FromCache(after));
        var figures = (await after.Content.ReadFromJsonAsync<JsonArray>())!;
        Assert.Equal(150.1m, (decimal)figures.Single(f => (string)f!["line"]! == "power")!["valueMtCo2eq"]!);
    }

    [Fact]
    public async Task TheOpenApiDocument_IsGeneratedOnce_AndKeptAcrossWrites_OnePerEncoding()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var anonymous = app.CreateRawClient();
        var first = await GetAsync(anonymous, "/openapi/v1.json");
        Assert.False(FromCache(first));
        Assert.Equal("3.1.1", (string)JsonNode.Parse(await first.Content.ReadAsStringAsync())!["openapi"]!);

        // A write moves the data version, which renders public pages afresh; the document depends on the code only.
        var national = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "doc@me.example", [Role.NationalOfficer]), true);
        var figure = (await (await national.GetAsync("/api/national/figures?series=ndc-2021&year=2030")).Content.ReadFromJsonAsync<JsonArray>())!
            .Single(f => (string)f!["line"]! == "power")!;
        var edited = await national.PutAsJsonAsync($"/api/national/figures/{(int)figure["id"]!}",
            new { valueMtCo2eq = 150.1m, status = "derived", source = "캐시 시험", version = (int)figure["version"]! });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);

        var again = await GetAsync(anonymous, "/openapi/v1.json");
        Assert.True(FromCache(again));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        using var request = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        request.Headers.AcceptEncoding.ParseAdd("br");
        var compressed = await anonymous.SendAsync(request);
        Assert.Equal(["br"], compressed.Content.Headers.ContentEncoding);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task HtmlAndJson_LeaveCompressed_WhenTheClientAcceptsIt(string encoding)
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var client = app.CreateRawClient();

        foreach (var path in new[] { "/portal/map", "/api/governments" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.AcceptEncoding.ParseAdd(encoding);
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
            var plain = await (await client.GetAsync(path)).Content.ReadAsByteArrayAsync();
            var compressed = (await response.Content.ReadAsByteArrayAsync()).Length;
            Assert.True(compressed * 2 < plain.Length, $"{path} in {encoding}: {compressed} bytes, not half of {plain.Length}");
        }
    }

    [Fact]
    public async Task APageIsCachedCompressed_OncePerEncoding_AndEachClientGetsItsOwn()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var client = app.CreateRawClient();
        async Task<HttpResponseMessage> Get(string? encoding)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/portal/map");
            if (encoding is not null)
            {
                request.Headers.AcceptEncoding.ParseAdd(encoding);
            }
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return response;
        }

        var brotli = await Get("br");
        var brotliAgain = await Get("gzip;q=0.5, br");
        var plain = await Get(null);
        var gzip = await Get("gzip");

        Assert.True(FromCache(brotliAgain), "the second Brotli client was not served the cached page");
        Assert.Equal(["br"], brotliAgain.Content.Headers.ContentEncoding);
        Assert.Equal(await brotli.Content.ReadAsByteArrayAsync(), await brotliAgain.Content.ReadAsByteArrayAsync());
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal(["gzip"], gzip.Content.Headers.ContentEncoding);
        var html = await plain.Content.ReadAsStringAsync();
        await using var unbrotli = new System.IO.Compression.BrotliStream(await brotliAgain.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress);
        Assert.Equal(html, await new StreamReader(unbrotli).ReadToEndAsync());
        Assert.Contains("Accept-Encoding", brotliAgain.Headers.Vary);
    }
}

/// <summary>
/// The cache tests that can share one app: each path below is asked for by one test only (the others of
/// <see cref="PublicCacheTests"/> read the same pages, so they keep an app each), and a signed-in request is never cached.
/// </summary>
public sealed class PublicCacheSharedAppTests(SeededApp shared) : IClassFixture<SeededApp>
{
    private static bool FromCache(HttpResponseMessage response) => PublicCacheTests.FromCache(response);

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string path) => PublicCacheTests.GetAsync(client, path);

    [Theory]
    [InlineData("/")]
    [InlineData("/portal")]
    [InlineData("/portal/map")]
    [InlineData("/api/national/figures?series=ndc-2021&year=2030")]
    [InlineData("/api/governments")]
    public async Task AnAnonymousSecondRequest_IsServedFromTheCache(string path)
    {
        var client = shared.App.CreateRawClient();

        var first = await GetAsync(client, path);
        var second = await GetAsync(client, path);

        Assert.False(FromCache(first));
        Assert.True(FromCache(second), $"{path} was rendered twice");
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ASignedInRequest_IsNeverCached()
    {
        var app = shared.App;
        var national = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "signed@me.example", [Role.NationalOfficer]), false);

        await GetAsync(national, "/api/governments");
        var second = await GetAsync(national, "/api/governments");

        Assert.False(FromCache(second));
    }
}
