using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Tanso.BrowserTests;

/// <summary>
/// The web app on a real loopback port (Kestrel) with its own SQLite database, and Debian's Chromium
/// driven by Playwright. Never a downloaded browser: the executable is /usr/bin/chromium (test.sh
/// installs it), or TANSO_CHROMIUM.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class BrowserApp : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tanso-browser-").FullName;
    private WebApplicationFactory<Program>? _factory;

    public const string AdminEmail = "admin@tanso.example";
    public const string AdminPassword = "browser-admin-pass-1";

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;

    public static string ArtifactsDirectory =>
        Environment.GetEnvironmentVariable("TANSO_ARTIFACTS") is { Length: > 0 } dir ? dir : Path.Combine(AppContext.BaseDirectory, "artifacts");

    public async Task InitializeAsync()
    {
        // Each journey class gets its own database, a copy of one migrated and seeded once per run, and so finds
        // nothing to migrate or seed when it starts (seeding the shipped data took seconds of CPU per class).
        var file = Path.Combine(_folder, "tanso.db");
        File.Copy(await Template.Value, file);
        _factory = new KestrelApp(b => b
            .UseSetting("Database:Provider", "Sqlite")
            .UseSetting("ConnectionStrings:Tanso", $"Data Source={file}") // pooled: see TestDatabase in the web tests
            .UseSetting("Database:MigrateOnStart", "false")
            .UseSetting("Admin:Email", AdminEmail)
            .UseSetting("Admin:Password", AdminPassword)
            // Fewer PBKDF2 rounds than production's 100,000 (about 75 ms of CPU per hash): the format and the check stay.
            .ConfigureServices(s => s.Configure<Microsoft.AspNetCore.Identity.PasswordHasherOptions>(o => o.IterationCount = 1_000)));
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::]", "localhost", StringComparison.Ordinal).Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        Browser = await SharedBrowser.Value;
        Directory.CreateDirectory(ArtifactsDirectory);
        // A 2-core CI machine running the whole suite compiles a page on its first request: allow for it.
        Assertions.SetDefaultExpectTimeout(15_000);
    }

    private static string SqliteConnectionString(string file) => $"Data Source={file};Pooling=False";

    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    /// <summary>Migrates and seeds one SQLite file as the app does on its first start (sample data on, as in Development).</summary>
    private static async Task<string> CreateTemplateAsync()
    {
        var folder = Directory.CreateTempSubdirectory("tanso-browser-template-").FullName;
        var file = Path.Combine(folder, "tanso.db");
        await using (var db = new Tanso.Data.DatabaseConnection(Tanso.Data.DatabaseProvider.Sqlite, SqliteConnectionString(file)).Open())
        {
            await Tanso.Data.TansoDatabase.MigrateAndSeedAsync(db);
            // Everything into the main file, so that copying the file copies the database.
            await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database, "PRAGMA wal_checkpoint(TRUNCATE);");
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        return file;
    }

    /// <summary>One Chromium for the whole run; every page opens in a context of its own (cookies, storage), so
    /// journeys stay apart as they did with a browser each.</summary>
    private static readonly Lazy<Task<IBrowser>> SharedBrowser = new(LaunchAsync);

    private static async Task<IBrowser> LaunchAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("TANSO_CHROMIUM") is { Length: > 0 } c ? c : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"Chromium is not installed at {chromium}: run ./test.sh as root (it installs Debian's chromium) or set TANSO_CHROMIUM.");
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            browser.CloseAsync().GetAwaiter().GetResult();
            playwright.Dispose();
        };
        return browser;
    }

    private readonly List<IBrowserContext> _contexts = [];

    /// <summary>A context of the shared browser that is closed with this fixture.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        var context = await Browser.NewContextAsync(options);
        lock (_contexts)
        {
            _contexts.Add(context);
        }
        return context;
    }

    /// <summary>A fresh page that records console errors and failed requests.</summary>
    public async Task<(IPage Page, List<string> Errors)> NewPageAsync()
    {
        var context = await NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") { errors.Add(m.Text); } };
        page.PageError += (_, e) => errors.Add(e);
        // ERR_ABORTED is the browser dropping a load because the page moved on (a person clicking ahead): not a defect.
        page.RequestFailed += (_, r) => { if (r.Failure != "net::ERR_ABORTED") { errors.Add($"{r.Url}: {r.Failure}"); } };
        return (page, errors);
    }

    /// <summary>An account made directly in the app's database (the admin pages are covered by their own journey).</summary>
    public async Task CreateUserAsync(string email, string password, Tanso.Core.Access.Role role, string? governmentCode = null)
    {
        await using var scope = _factory!.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Tanso.Data.Accounts.TansoUser>>();
        var db = scope.ServiceProvider.GetRequiredService<Tanso.Data.TansoDb>();
        var user = new Tanso.Data.Accounts.TansoUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email.Split('@')[0] };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded || !(await users.AddToRoleAsync(user, Tanso.Core.Access.Roles.Name(role))).Succeeded)
        {
            throw new InvalidOperationException($"could not create {email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }
        if (governmentCode is not null)
        {
            var government = db.Governments.AsEnumerable().Single(g => g.AdministrativeCode?.Value == governmentCode);
            db.UserGovernments.Add(new Tanso.Data.Accounts.UserGovernment { UserId = user.Id, GovernmentId = government.Id });
            await db.SaveChangesAsync();
        }
    }

    /// <summary>The app on Kestrel at a port the system picks, never a fixed one.</summary>
    private sealed class KestrelApp : WebApplicationFactory<Program>
    {
        private readonly Action<IWebHostBuilder> _configure;

        public KestrelApp(Action<IWebHostBuilder> configure)
        {
            _configure = configure;
            UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder) => _configure(builder);
    }

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_folder, "tanso.db")}"))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearPool(connection);
        }
        Directory.Delete(_folder, recursive: true);
    }
}
