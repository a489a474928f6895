namespace Tanso.Web.Reports;

/// <summary>The <c>Reports</c> section: how reports are printed to PDF.</summary>
internal sealed class ReportsOptions
{
    public const string Section = "Reports";

    /// <summary>The Chromium that prints (Debian package <c>chromium</c>). Never a browser Playwright downloads.</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>Prints at the same time; more wait their turn. Each print is a Chromium tab (tens of MB).</summary>
    public int MaxConcurrentPrints { get; set; } = 2;

    /// <summary>One print, waiting for its turn included, fails after this long.</summary>
    public int PrintTimeoutSeconds { get; set; } = 60;

    /// <summary>How long to wait for a page's charts before printing without them (their tables hold the same figures).</summary>
    public int ChartWaitSeconds { get; set; } = 5;

    /// <summary>Where Chromium reaches this app, e.g. <c>http://127.0.0.1:8080</c>. Default: the first address
    /// Kestrel listens on (http preferred, a wildcard host read as 127.0.0.1).</summary>
    public Uri? AppUrl { get; set; }
}

internal static class ReportsSetup
{
    public static IServiceCollection AddTansoReports(this IServiceCollection services)
    {
        services.AddOptions<ReportsOptions>().BindConfiguration(ReportsOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.ChromiumPath), "Reports:ChromiumPath must name the Chromium executable.")
            .Validate(o => o.MaxConcurrentPrints is >= 1 and <= 32, "Reports:MaxConcurrentPrints must be between 1 and 32.")
            .Validate(o => o.PrintTimeoutSeconds is >= 5 and <= 600, "Reports:PrintTimeoutSeconds must be between 5 and 600.")
            .Validate(o => o.ChartWaitSeconds >= 0 && o.ChartWaitSeconds < o.PrintTimeoutSeconds, "Reports:ChartWaitSeconds must be 0 or more and less than Reports:PrintTimeoutSeconds.")
            .Validate(o => o.AppUrl is null || (o.AppUrl.IsAbsoluteUri && o.AppUrl.Scheme is "http" or "https"), "Reports:AppUrl must be an absolute http(s) address.")
            .ValidateOnStart();
        services.AddSingleton<AppAddress>();
        services.AddSingleton<ChromiumHost>();
        services.AddSingleton<PdfPrinter>();
        return services;
    }
}
