using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Tanso.Web.Reports;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Reports;

/// <summary>
/// The app on a real loopback port (Kestrel at a port the system picks): the printing Chromium reaches the
/// app over TCP, which the in-memory TestServer does not offer. Shared by a class's tests; each builds its
/// own users. PDFs and page images are kept in <see cref="ArtifactsDirectory"/>.
/// </summary>
public sealed class PrintingApp : IAsyncLifetime
{
    public TestDatabase Database { get; } = TestDatabase.Create();
    public TansoApp App { get; private set; } = null!;
    public Uri Root { get; private set; } = null!;

    internal PdfPrinter Printer => App.Services.GetRequiredService<PdfPrinter>();

    /// <summary>test.sh: artifacts/pdf; otherwise beside the test assembly.</summary>
    public static string ArtifactsDirectory =>
        Environment.GetEnvironmentVariable("TANSO_PDF_ARTIFACTS") is { Length: > 0 } dir ? dir : Path.Combine(AppContext.BaseDirectory, "artifacts", "pdf");

    /// <summary>A file name for an artifact, by database engine, since test.sh runs these tests on both.</summary>
    public string Artifact(string name) => Path.Combine(ArtifactsDirectory, $"{name}-{Database.Provider.ToString().ToLowerInvariant()}");

    public Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("TANSO_CHROMIUM") is { Length: > 0 } c ? c : "/usr/bin/chromium";
        App = new TansoApp(Database, [new("Reports:ChromiumPath", chromium)]);
        App.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        App.StartServer();
        Root = new Uri(App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        Directory.CreateDirectory(ArtifactsDirectory);
        return Task.CompletedTask;
    }

    /// <summary>Signs in through the login form and returns the cookies the browser would now send.</summary>
    internal async Task<PrintCredentials> SignedInAsync(string email)
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = Root };
        var response = await People.SignInAsync(client, email, People.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return new PrintCredentials([.. cookies.GetCookies(Root).Select(c => KeyValuePair.Create(c.Name, c.Value))], null);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}
