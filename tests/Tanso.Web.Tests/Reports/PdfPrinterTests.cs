using Microsoft.Extensions.DependencyInjection;
using Tanso.Core.Access;
using Tanso.Data;
using Tanso.Data.Accounts;
using Tanso.Web.Reports;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Reports;

/// <summary>Our own pages printed by Debian's Chromium, checked with poppler-utils as a reader would.</summary>
// Engine "Any": Chromium printing (credentials passed on, refusals, cancelling); the pages it prints are rendered on both engines by the crawl and the report tests.
[Trait("Engine", "Any")]
public sealed class PdfPrinterTests(PrintingApp printing) : IClassFixture<PrintingApp>
{
    [Fact]
    public async Task TheNationalPage_PrintsAsAPdfWithItsKoreanText_EmbeddedKoreanFonts_AndAFirstPageWithInk()
    {
        var pdf = await printing.Printer.PrintAsync(new Uri("/", UriKind.Relative), null, CancellationToken.None);

        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5));
        var file = printing.Artifact("national") + ".pdf";
        await File.WriteAllBytesAsync(file, pdf);

        var text = await Poppler.TextAsync(file);
        Assert.Contains("국가 온실가스 배출 현황과 감축 경로", text);
        Assert.Contains("727.6", text);
        Assert.Contains("부문별 배출량과 감축 경로", text);
        Assert.DoesNotContain("로그인", text); // the header's actions are not printed

        var fonts = await Poppler.FontsAsync(file);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Embedded && f.Unicode, $"{f.Name} ({f.Type}) is not embedded with a Unicode map"));
        Assert.Contains("Noto Sans CJK KR", Poppler.FontFamilies(pdf)); // the Korean glyphs are Noto's, embedded as Type 3

        var png = await Poppler.FirstPagePngAsync(file, printing.Artifact("national-page1"), dpi: 80);
        var bytes = await File.ReadAllBytesAsync(png);
        var (width, height) = Poppler.PngSize(bytes);
        Assert.InRange(width, 655, 670); // A4 at 80 dpi: 661 × 935, give or take Chromium's rounding of the page size
        Assert.InRange(height, 925, 945);
        Assert.True(bytes.Length > 30_000, $"page 1 is only {bytes.Length} bytes of PNG: blank?");
        var ink = await Poppler.InkOnFirstPageAsync(file);
        Assert.True(ink > 0.02, $"only {ink:P1} of page 1 is inked");
    }

    [Fact]
    public async Task APageBehindSignIn_PrintsWhatTheSignedInCallerSees()
    {
        var email = $"printer-{Guid.NewGuid():N}@tanso.example";
        var userId = await People.CreateUserAsync(printing.App, email, [Role.RegionalOfficer]);
        await AddTokenAsync(userId, "인쇄토큰");
        var caller = await printing.SignedInAsync(email);

        var pdf = await printing.Printer.PrintAsync(new Uri("/account/tokens", UriKind.Relative), caller, CancellationToken.None);

        var file = printing.Artifact("tokens") + ".pdf";
        await File.WriteAllBytesAsync(file, pdf);
        var text = await Poppler.TextAsync(file);
        Assert.Contains("API 접근 토큰", text);
        Assert.Contains("인쇄토큰", text);
    }

    [Fact]
    public async Task APageBehindSignIn_PrintsForABearerTokenCallerToo()
    {
        var userId = await People.CreateUserAsync(printing.App, $"token-{Guid.NewGuid():N}@tanso.example", [Role.RegionalOfficer]);
        var token = await AddTokenAsync(userId, "자동토큰");

        var pdf = await printing.Printer.PrintAsync(new Uri("/account/tokens", UriKind.Relative), new PrintCredentials([], "Bearer " + token), CancellationToken.None);

        var file = printing.Artifact("tokens-bearer") + ".pdf";
        await File.WriteAllBytesAsync(file, pdf);
        Assert.Contains("자동토큰", await Poppler.TextAsync(file));
    }

    [Fact]
    public async Task APageBehindSignIn_IsNotPrintedForAnAnonymousCaller()
    {
        var refused = await Assert.ThrowsAsync<PdfPrintingException>(() =>
            printing.Printer.PrintAsync(new Uri("/account/tokens", UriKind.Relative), PrintCredentials.Anonymous, CancellationToken.None));

        Assert.Contains("/account/login", refused.Message);
        Assert.Contains("nothing was printed", refused.Message);
    }

    [Fact]
    public async Task AMissingPage_IsNotPrinted()
    {
        var refused = await Assert.ThrowsAsync<PdfPrintingException>(() =>
            printing.Printer.PrintAsync(new Uri("/no-such-report", UriKind.Relative), null, CancellationToken.None));

        Assert.Contains("answered 404", refused.Message);
    }

    [Fact]
    public async Task AnotherSitesPage_IsRefused_SoTheCallersCredentialsStayHere()
    {
        var refused = await Assert.ThrowsAsync<ArgumentException>(() =>
            printing.Printer.PrintAsync(new Uri("http://example.org/"), null, CancellationToken.None));

        Assert.Contains("Only this app's own pages", refused.Message);
    }

    [Fact]
    public async Task APrintTheCallerCancelled_EndsAsCancelled_NotAsAFailure()
    {
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            printing.Printer.PrintAsync(new Uri("/", UriKind.Relative), null, new CancellationToken(canceled: true)));
    }

    private async Task<string> AddTokenAsync(string userId, string name)
    {
        await using var scope = printing.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TansoDb>();
        var (token, hash) = PersonalAccessToken.Generate();
        db.AccessTokens.Add(new PersonalAccessToken
        {
            UserId = userId, Name = name, TokenHash = hash, Hint = token[..10], CanWrite = false,
            CreatedUtc = TestClock.Start.UtcDateTime, ExpiresUtc = TestClock.Start.UtcDateTime.AddDays(1),
        });
        await db.SaveChangesAsync();
        return token;
    }
}

// Engine "Any": the refusal names the missing browser before any page is read.
[Trait("Engine", "Any")]
public sealed class PdfPrinterWithoutChromiumTests
{
    [Fact]
    public async Task Printing_SaysWhatToInstall_WhenChromiumIsMissing()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database, [new("Reports:ChromiumPath", "/nonexistent/chromium"), new("Reports:AppUrl", "http://127.0.0.1:9/")]);
        var printer = app.Services.GetRequiredService<PdfPrinter>();

        var failed = await Assert.ThrowsAsync<PdfPrintingException>(() => printer.PrintAsync(new Uri("/", UriKind.Relative), null, CancellationToken.None));

        Assert.StartsWith("PDF printing needs Chromium at /nonexistent/chromium (Debian package chromium) and fonts-noto-cjk", failed.Message);
    }
}
