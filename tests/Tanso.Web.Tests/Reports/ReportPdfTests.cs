using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Reports;

/// <summary>The check report and the roll-up printed by Debian's Chromium through the API, read back with poppler-utils.</summary>
// Engine "Any": Chromium printing of the report pages, whose content CheckReportTests and ConsolidatedReportTests check on both engines.
[Trait("Engine", "Any")]
public sealed class ReportPdfTests(PrintingApp printing) : IClassFixture<PrintingApp>
{
    [Fact]
    public async Task TheCheckReportPdf_NamesTheGovernmentAndItsGrade_EmbedsKoreanFonts_AndItsFirstPageHasInk()
    {
        var (id, officer) = await ReportData.BusanCycleAsync(printing.App, 2026, submit: true, $"pdf-{Guid.NewGuid():N}@busan.example", printing.Root);
        var grade = (string)(await officer.GetFromJsonAsync<JsonObject>($"/api/checks/{id}"))!["evaluation"]!["grade"]!;

        var response = await officer.GetAsync($"/api/checks/{id}/report.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var file = printing.Artifact("check-report") + ".pdf";
        await File.WriteAllBytesAsync(file, pdf);

        var text = await Poppler.TextAsync(file);
        Assert.Contains("부산광역시", text);
        Assert.Contains("이행점검 결과보고서", text);
        Assert.Contains($"종합 등급: {grade}", text);
        Assert.Contains("예시 데이터", text);
        Assert.Contains("부진과제", text);
        Assert.DoesNotContain("PDF 내려받기", text); // links to other formats are not printed

        var fonts = await Poppler.FontsAsync(file);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Embedded, $"{f.Name} ({f.Type}) is not embedded"));
        Assert.Contains("Noto Sans CJK KR", Poppler.FontFamilies(pdf));
        // The emissions chart prints as an image drawn from the canvas, not as the empty box of a script that never ran.
        Assert.Contains("/Subtype /Image", Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);

        var png = await Poppler.FirstPagePngAsync(file, printing.Artifact("check-report-page1"), dpi: 80);
        var (width, height) = Poppler.PngSize(await File.ReadAllBytesAsync(png));
        Assert.InRange(width, 655, 670); // A4 at 80 dpi
        Assert.InRange(height, 925, 945);
        var ink = await Poppler.InkOnFirstPageAsync(file);
        Assert.True(ink > 0.02, $"only {ink:P1} of page 1 is darker than light grey: blank?");
    }

    [Fact]
    public async Task TheCheckReportPdf_PrintsEveryColumnInsideThePage_OnLandscapePagesForTheWideTables_WithContentsAndPageNumbers()
    {
        var (id, officer) = await ReportData.BusanCycleAsync(printing.App, 2027, submit: true, $"pdf-wide-{Guid.NewGuid():N}@busan.example", printing.Root);

        var pdf = await (await officer.GetAsync($"/api/checks/{id}/report.pdf")).Content.ReadAsByteArrayAsync();
        var file = printing.Artifact("check-report-columns") + ".pdf";
        await File.WriteAllBytesAsync(file, pdf);

        var words = await Poppler.WordsAsync(file);
        var outside = words.Where(w => w.XMax > w.PageWidth + 0.5 || w.XMin < -0.5).Select(w => $"p{w.Page} '{w.Word}' {w.XMin:0}–{w.XMax:0} of {w.PageWidth:0}").ToList();
        Assert.True(outside.Count == 0, "words printed off the page: " + string.Join("; ", outside.Take(10)));
        // The tasks table with its evidence (증빙) columns prints on a landscape page; the summary stays portrait.
        var evidence = words.Where(w => w.Word.StartsWith("증빙", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(evidence);
        Assert.Contains(evidence, w => w.PageWidth > w.PageHeight);
        Assert.True(words[0].PageWidth < words[0].PageHeight, "page 1 is portrait");
        var text = await Poppler.TextAsync(file);
        Assert.Contains("차례", text);
        Assert.Contains("3. 이행과제 추진실적", text);
        var pages = words.Max(w => w.Page);
        Assert.Matches($@"\b1 ?/ ?{pages}\b", text); // the footer numbers every page
        Assert.Matches($@"\b{pages} ?/ ?{pages}\b", text);
    }

    [Fact]
    public async Task TheConsolidatedPdf_ListsTheProvinces_ForANationalOfficer()
    {
        await ReportData.BusanCycleAsync(printing.App, 2024, submit: true, $"pdf-{Guid.NewGuid():N}@busan.example", printing.Root);
        var national = await People.ClientWithTokenAsync(printing.App, await People.CreateUserAsync(printing.App, $"n-{Guid.NewGuid():N}@me.example", [Role.NationalOfficer]), false);
        national.BaseAddress = printing.Root;

        var response = await national.GetAsync("/api/checks/consolidated.pdf?year=2024&level=province");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var file = printing.Artifact("consolidated") + ".pdf";
        await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());
        var text = await Poppler.TextAsync(file);
        Assert.Contains("2024년 시·도 이행점검 종합 보고", text);
        Assert.Contains("부산광역시", text);
        Assert.Contains("제주특별자치도", text);
        Assert.True(await Poppler.InkOnFirstPageAsync(file) > 0.02);
    }
}
