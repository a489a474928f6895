using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Tanso.Web.Reports;

/// <summary>Where the printing browser reaches this app: <c>Reports:AppUrl</c>, or the address Kestrel listens on.</summary>
internal sealed class AppAddress(IOptions<ReportsOptions> options, IServer server)
{
    private Uri? _root;

    /// <summary>The root of this app, e.g. <c>http://127.0.0.1:8080/</c>. Known once the server listens.</summary>
    public Uri Root => _root ??= options.Value.AppUrl ?? FromServer();

    /// <summary>
    /// <paramref name="page"/> as an absolute address on this app. Anything on another origin is refused:
    /// the print carries the caller's credentials, which must reach no one else.
    /// </summary>
    public Uri OwnPage(Uri page)
    {
        // On Linux "/x" given as RelativeOrAbsolute parses as file:///x; it means a path of this app.
        var url = page.IsAbsoluteUri && !page.IsFile ? page : new Uri(Root, page.OriginalString);
        if (Uri.Compare(url, Root, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            throw new ArgumentException(
                $"Only this app's own pages ({Root.GetLeftPart(UriPartial.Authority)}) are printed, not {page}.", nameof(page));
        }
        return url;
    }

    private Uri FromServer()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses
            .Where(a => !a.Contains("unix:", StringComparison.OrdinalIgnoreCase) && !a.Contains("pipe:", StringComparison.OrdinalIgnoreCase))
            .OrderBy(a => a.StartsWith("https:", StringComparison.OrdinalIgnoreCase)) // plain http first: no certificate to trust
            .FirstOrDefault();
        return address is null
            ? throw new PdfPrintingException("This app's own address is unknown (it listens on no TCP port, e.g. an in-memory test server): set Reports:AppUrl.")
            : Loopback(address);
    }

    /// <summary>A listening address with a wildcard host ("+", "*", 0.0.0.0, [::]) as one to connect to.</summary>
    internal static Uri Loopback(string address)
    {
        var builder = new UriBuilder(address.Replace("://+:", "://wildcard:", StringComparison.Ordinal).Replace("://*:", "://wildcard:", StringComparison.Ordinal));
        if (builder.Host is "wildcard" or "0.0.0.0" or "[::]" or "::")
        {
            builder.Host = "127.0.0.1"; // Kestrel listens on [::] in dual mode, so IPv4 loopback answers too
        }
        builder.Path = "/";
        return builder.Uri;
    }
}
