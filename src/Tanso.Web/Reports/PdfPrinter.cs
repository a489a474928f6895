using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Tanso.Web.Reports;

/// <summary>
/// Prints pages of this app to PDF with headless Chromium, so one Razor template serves the web page and the
/// PDF. The print loads the page as the caller (<see cref="PrintCredentials"/>) in a fresh private browser
/// context that can reach only this app's own origin, waits for charts and fonts, and prints A4.
/// </summary>
internal sealed partial class PdfPrinter(IOptions<ReportsOptions> options, AppAddress app, ChromiumHost chromium, ILogger<PdfPrinter> logger,
    Microsoft.AspNetCore.DataProtection.IDataProtectionProvider protection) : IDisposable
{
    // A4 less the side margins (180 mm at 96 px an inch): the page is laid out, charts included, at the
    // width it prints, so Chart.js sizes its canvas for the paper and not for a wide screen.
    private const int PrintableWidthPx = 680;

    private const string ChartsReady =
        "() => Array.from(document.querySelectorAll('canvas[data-chart]')).every(c => c.closest('.chart-ready') !== null)";

    private readonly ReportsOptions _options = options.Value;
    private readonly SemaphoreSlim _turns = new(options.Value.MaxConcurrentPrints, options.Value.MaxConcurrentPrints);

    /// <summary>
    /// The PDF of <paramref name="page"/>: a path of this app (<c>/checks/2025/11</c>) or an absolute address on
    /// its own origin. Throws <see cref="PdfPrintingException"/> when Chromium is missing, the page does not
    /// answer 2xx at the address asked for (a sign-in redirect included), or the print overruns its time.
    /// </summary>
    public async Task<byte[]> PrintAsync(Uri page, PrintCredentials? caller, CancellationToken cancellationToken)
    {
        var url = app.OwnPage(page);
        var seconds = _options.PrintTimeoutSeconds;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(seconds));
        try
        {
            await _turns.WaitAsync(deadline.Token);
            try
            {
                return await PrintNowAsync(url, caller ?? PrintCredentials.Anonymous, deadline.Token);
            }
            finally
            {
                _turns.Release();
            }
        }
        catch (Exception e) when (e is OperationCanceledException or PlaywrightException or TimeoutException && deadline.IsCancellationRequested)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw TooSlow(url, e);
        }
        catch (TimeoutException e)
        {
            throw TooSlow(url, e);
        }
    }

    private async Task<byte[]> PrintNowAsync(Uri url, PrintCredentials caller, CancellationToken cancellationToken)
    {
        var browser = await chromium.BrowserAsync(cancellationToken);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = PrintableWidthPx, Height = 1000 },
            DeviceScaleFactor = 2, // sharp charts on paper
            ServiceWorkers = ServiceWorkerPolicy.Block,
            ExtraHTTPHeaders = caller.Authorization is { } authorization
                ? new Dictionary<string, string> { ["Authorization"] = authorization, [Accounts.PrintTicket.Header] = Accounts.PrintTicket.For(protection, authorization) }
                : null,
        });
        // Playwright takes no cancellation token: closing the context ends whatever it is waiting for.
        using var closeOnCancel = cancellationToken.Register(() => _ = context.CloseAsync());
        var origin = url.GetLeftPart(UriPartial.Authority);
        // Nothing leaves this app's origin: the caller's cookies and token go nowhere else, and no outside
        // resource can stall a print.
        await context.RouteAsync(u => !IsOwnOrLocal(u, url), route => route.AbortAsync("blockedbyclient"));
        if (caller.Cookies.Count > 0)
        {
            await context.AddCookiesAsync(caller.Cookies.Select(c => new Cookie { Name = c.Key, Value = c.Value, Url = origin }));
        }

        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(_options.PrintTimeoutSeconds * 1000f);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        IResponse? response;
        try
        {
            response = await page.GotoAsync(url.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        }
        catch (PlaywrightException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PdfPrintingException($"Chromium could not load {url.GetLeftPart(UriPartial.Path)} ({e.Message.Split('\n', 2)[0].Trim()}): check Reports:AppUrl.", e);
        }
        EnsureThePageAsked(url, response);
        await WaitForChartsAsync(page, url, cancellationToken);
        await page.EvaluateAsync("() => document.fonts.ready.then(() => true)");
        var pdf = await page.PdfAsync(PdfOptions());
        LogPrinted(logger, url.PathAndQuery, pdf.Length);
        return pdf;
    }

    // The host stops taking requests before it disposes its services, so no print is running by now.
    public void Dispose() => _turns.Dispose();

    private static bool IsOwnOrLocal(string address, Uri own) =>
        !Uri.TryCreate(address, UriKind.Absolute, out var u)
        || u.Scheme is not ("http" or "https" or "ws" or "wss")
        || Uri.Compare(u, own, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    private static void EnsureThePageAsked(Uri url, IResponse? response)
    {
        if (response is null)
        {
            throw new PdfPrintingException($"{url.PathAndQuery} gave no response: nothing was printed.");
        }
        if (!response.Ok)
        {
            throw new PdfPrintingException($"{url.PathAndQuery} answered {response.Status}: nothing was printed.");
        }
        var shown = new Uri(response.Url);
        if (!string.Equals(shown.AbsolutePath, url.AbsolutePath, StringComparison.Ordinal))
        {
            // Most often the sign-in page: the caller may not see this page, so neither may their PDF.
            throw new PdfPrintingException($"{url.PathAndQuery} sent the print on to {shown.AbsolutePath} (not signed in, or not allowed to see it): nothing was printed.");
        }
    }

    // Charts are drawn by a script; each marks its box .chart-ready. Without them the tables beside them
    // still hold every figure, so a slow or failed chart delays the print but does not fail it.
    private async Task WaitForChartsAsync(IPage page, Uri url, CancellationToken cancellationToken)
    {
        try
        {
            await page.WaitForFunctionAsync(ChartsReady, null, new PageWaitForFunctionOptions { Timeout = _options.ChartWaitSeconds * 1000f });
        }
        catch (TimeoutException) when (!cancellationToken.IsCancellationRequested)
        {
            LogChartsNotReady(logger, url.PathAndQuery, _options.ChartWaitSeconds);
        }
    }

    private static PagePdfOptions PdfOptions() => new()
    {
        Format = "A4",
        Margin = new Margin { Top = "16mm", Bottom = "18mm", Left = "15mm", Right = "15mm" },
        PrintBackground = true,
        DisplayHeaderFooter = true,
        HeaderTemplate = "<span></span>",
        // Header and footer templates are drawn apart from the page: they need their own font size.
        FooterTemplate = """
            <div style="width:100%;margin:0 15mm;font:8px 'Noto Sans CJK KR',sans-serif;color:#444;display:flex;justify-content:space-between">
              <span class="title"></span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span>
            </div>
            """,
        Outline = true,
        Tagged = true,
        // A4 portrait unless the page asks for its own size: wide tables (the consolidated roll-up) print landscape
        // through a named page in _print.scss.
        PreferCSSPageSize = true,
    };

    private PdfPrintingException TooSlow(Uri url, Exception inner) => new(
        $"Printing {url.PathAndQuery} to PDF took longer than {_options.PrintTimeoutSeconds} s (Reports:PrintTimeoutSeconds; " +
        $"{_options.MaxConcurrentPrints} print(s) run at a time, Reports:MaxConcurrentPrints).", inner);

    [LoggerMessage(Level = LogLevel.Information, Message = "Printed {Page} to PDF ({Bytes} bytes)")]
    private static partial void LogPrinted(ILogger logger, string page, int bytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Printing {Page}: its charts were not drawn within {Seconds} s; printed without them")]
    private static partial void LogChartsNotReady(ILogger logger, string page, int seconds);
}
