using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Tanso.Web.Reports;

/// <summary>
/// One headless Chromium for the app's lifetime: started on the first print (an app that prints nothing
/// never starts it), started again if it crashed, closed when the app stops.
/// </summary>
internal sealed partial class ChromiumHost(IOptions<ReportsOptions> options, ILogger<ChromiumHost> logger) : IAsyncDisposable, IDisposable
{
    // Debian's chromium under a service account or root in a container: no sandbox, no GPU, nothing that
    // phones home (see the shared RECIPES).
    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
    ];

    private readonly SemaphoreSlim _launch = new(1, 1);
    private IPlaywright? _playwright;
    private volatile IBrowser? _browser;
    private bool _disposed;

    public static string Needs(string path) =>
        $"PDF printing needs Chromium at {path} (Debian package chromium) and fonts-noto-cjk; set Reports:ChromiumPath if Chromium is elsewhere.";

    public async Task<IBrowser> BrowserAsync(CancellationToken cancellationToken)
    {
        if (_browser is { IsConnected: true } running)
        {
            return running;
        }
        await _launch.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_browser is { IsConnected: true } started)
            {
                return started;
            }
            if (_browser is { } crashed)
            {
                LogRestarting(logger);
                await crashed.DisposeAsync();
            }
            _browser = await LaunchAsync(options.Value.ChromiumPath);
            return _browser;
        }
        finally
        {
            _launch.Release();
        }
    }

    private async Task<IBrowser> LaunchAsync(string path)
    {
        if (!File.Exists(path))
        {
            throw new PdfPrintingException(Needs(path));
        }
        try
        {
            _playwright ??= await Playwright.CreateAsync();
        }
        catch (PlaywrightException e)
        {
            throw new PdfPrintingException($"The Playwright driver (the .playwright folder beside Tanso.Web.dll) did not start: {FirstLine(e.Message)}", e);
        }
        IBrowser browser;
        try
        {
            browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = path, Headless = true, Args = Args, Timeout = 30_000 });
        }
        catch (PlaywrightException e)
        {
            throw new PdfPrintingException($"{Needs(path)} Starting it failed: {FirstLine(e.Message)}", e);
        }
        LogStarted(logger, path, browser.Version);
        if (!HasKoreanFont())
        {
            LogNoKoreanFont(logger);
        }
        return browser;
    }

    private static bool HasKoreanFont()
    {
        try
        {
            return !OperatingSystem.IsLinux()
                || Directory.EnumerateFiles("/usr/share/fonts", "NotoSansCJK*", SearchOption.AllDirectories).Any();
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

    public async ValueTask DisposeAsync()
    {
        await _launch.WaitAsync();
        try
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            if (_browser is { } browser)
            {
                await browser.DisposeAsync();
            }
            _playwright?.Dispose();
        }
        finally
        {
            _launch.Release();
        }
    }

    // A container disposed synchronously (some test hosts) must still close the browser process.
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    [LoggerMessage(Level = LogLevel.Information, Message = "Chromium {Version} started for PDF printing: {Path}")]
    private static partial void LogStarted(ILogger logger, string path, string version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The PDF printer's Chromium had stopped; starting it again")]
    private static partial void LogRestarting(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No Noto Sans CJK font under /usr/share/fonts: Korean text in PDFs may print as empty boxes (install fonts-noto-cjk)")]
    private static partial void LogNoKoreanFont(ILogger logger);
}
