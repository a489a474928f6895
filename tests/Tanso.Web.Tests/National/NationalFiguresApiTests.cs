using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.National;

public sealed class NationalFiguresApiTests(SeededApp fixture) : IClassFixture<SeededApp>
{
    private readonly HttpClient _client = fixture.App.CreateClient();

    private sealed record Figure(string Series, int Year, string Line, string LineNameKo, string LineNameEn, string? SectorKind,
        decimal ValueMtCo2eq, decimal ValueTCo2eq, string Status, string Source, Edition Edition);

    private sealed record Edition(string Code, string NameKo, string Source);

    private sealed record Series(string Code, string NameKo, string NameEn, string Kind, int Year);

    private sealed record Problem(string Title, int Status, Dictionary<string, string[]>? Errors);

    [Fact]
    public async Task SeededFigures_EqualTheReferenceFile_ValueStatusAndSource()
    {
        var series = (await _client.GetFromJsonAsync<Series[]>("/api/national/series"))!;
        var figures = (await _client.GetFromJsonAsync<Figure[]>("/api/national/figures"))!;
        var reference = ReferenceFile.NationalFigures();

        Assert.Equal(reference.Count, figures.Length);
        foreach (var row in reference)
        {
            var seriesCode = Assert.Single(series, s => s.Code == SeriesCodeFor(row.Series)).Code;
            var matches = figures.Where(f => f.Series == seriesCode && f.Year == row.Year && f.LineNameEn == LineNameEn(row)).ToList();
            var figure = Assert.Single(matches);
            Assert.Equal(row.ValueMt, figure.ValueMtCo2eq);
            Assert.Equal(row.ValueMt * 1_000_000m, figure.ValueTCo2eq);
            Assert.Equal(row.Status, figure.Status);
            Assert.Equal(row.Source, figure.Source);
            Assert.Equal("ndc-base-2018", figure.Edition.Code);
        }
    }

    // The reference names sectors in English except the two totals, whose English names are the line names too.
    private static string LineNameEn(ReferenceFile.Row row) => row.SectorEn;

    private static string SeriesCodeFor(string referenceName) => referenceName switch
    {
        "Inventory (NDC base)" => "inventory-2018",
        "NDC 2021-10" => "ndc-2021",
        "1st National Basic Plan 2023-04" => "basic-plan-2023",
        "2050 Scenario A (2021-10)" => "scenario-2050-a",
        "2050 Scenario B (2021-10)" => "scenario-2050-b",
        _ => throw new InvalidOperationException("Unexpected series in the reference file: " + referenceName),
    };

    [Theory]
    [InlineData("ndc-2021", 2030, 436.6)]
    [InlineData("basic-plan-2023", 2030, 436.6)]
    [InlineData("scenario-2050-a", 2050, 0.0)]
    [InlineData("scenario-2050-b", 2050, 0.0)]
    public async Task EachSeriesSectorLines_AddUpToItsNetTotal(string series, int year, decimal expectedNet)
    {
        var figures = (await _client.GetFromJsonAsync<Figure[]>($"/api/national/figures?series={series}&year={year}"))!;

        var sectors = figures.Where(f => f.SectorKind is not null).ToList();
        Assert.NotEmpty(sectors);
        Assert.All(figures, f => Assert.Equal(series, f.Series));
        Assert.Equal(expectedNet, sectors.Sum(f => f.ValueMtCo2eq));
    }

    [Fact]
    public async Task Base2018_GrossLinesAgreeWithTheStatedTotalWithinPublishedRounding()
    {
        var figures = (await _client.GetFromJsonAsync<Figure[]>("/api/national/figures?series=inventory-2018"))!;
        var sources = figures.Where(f => f.SectorKind == "emission-source").ToList();
        var gross = figures.Single(f => f.Line == "total-gross").ValueMtCo2eq;

        Assert.Equal(727.6m, gross);
        Assert.InRange(sources.Sum(f => f.ValueMtCo2eq) - gross, -0.05m * sources.Count, 0.05m * sources.Count);
    }

    [Fact]
    public async Task FilterByYear_ReturnsOnlyThatYear()
    {
        var figures = (await _client.GetFromJsonAsync<Figure[]>("/api/national/figures?year=2050"))!;

        Assert.Equal(ReferenceFile.NationalFigures().Count(r => r.Year == 2050), figures.Length);
        Assert.All(figures, f => Assert.Equal(2050, f.Year));
    }

    [Theory]
    [InlineData("/api/national/figures?year=abc", "year")]
    [InlineData("/api/national/figures?year=1850", "year")]
    [InlineData("/api/national/figures?series=ndc-2099", "series")]
    [InlineData("/api/governments?level=galaxy", "level")]
    public async Task BadQuery_GetsProblemDetailsNamingTheField(string url, string field)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<Problem>();
        Assert.Equal(400, problem!.Status);
        var message = Assert.Single(Assert.Contains(field, problem.Errors!));
        Assert.False(string.IsNullOrWhiteSpace(message));
    }

    [Fact]
    public async Task UnknownApiPath_GetsProblemDetails404()
    {
        var response = await _client.GetAsync("/api/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, json.RootElement.GetProperty("status").GetInt32());
    }
}
