using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Tanso.Web.Tests.Infrastructure;

/// <summary>The web app over HTTP in memory, on a <see cref="TestDatabase"/>, with any further settings.</summary>
public sealed class TansoApp(TestDatabase database, IEnumerable<KeyValuePair<string, string>>? settings = null) : WebApplicationFactory<Program>
{
    // No app of the test run watches its appsettings files for changes. Each watcher is an inotify instance, and Linux
    // allows 128 per user: a run with a few dozen apps alive (class fixtures plus the tests in flight), beside another
    // test run of the same user, failed app starts with "The configured user limit (128) on the number of inotify
    // instances has been reached". The host reads this setting from the environment before it reads appsettings.
    static TansoApp() => Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");

    public TestDatabase Database => database;

    /// <summary>The clock the app reads "today" from: a fake clock at <see cref="TestClock.Start"/> unless a test brings its own.</summary>
    public TimeProvider Clock { get; init; } = TestClock.Create();

    private IWebHostEnvironment? _environment;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureServices((context, _) => _environment = context.HostingEnvironment);
        // Tests write straight to the database too: the public-page cache asks for the data version on every request.
        builder.UseSetting("PublicCache:VersionCheck", "00:00:00");
        foreach (var (key, value) in database.Settings.Concat(settings ?? []))
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(Clock);
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = TestPasswordHashing.Iterations);
        });
    }

    /// <summary>
    /// Also disposes the host's file providers, which the host leaves open: the web root's had started a recursive
    /// watcher on wwwroot (an inotify instance and a thread that waits on it), one more per app for the rest of the run.
    /// </summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Dispose(_environment?.WebRootFileProvider);
        Dispose(_environment?.ContentRootFileProvider);
    }

    // In Development the web root is a composite: the wwwroot folder's provider and the static web assets' own.
    private static void Dispose(Microsoft.Extensions.FileProviders.IFileProvider? provider)
    {
        if (provider is Microsoft.Extensions.FileProviders.CompositeFileProvider composite)
        {
            foreach (var inner in composite.FileProviders)
            {
                Dispose(inner);
            }
        }
        (provider as IDisposable)?.Dispose();
    }

    /// <summary>A client that does not follow redirects, so tests see them.</summary>
    public HttpClient CreateRawClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}

/// <summary>One app and database shared by the read-only tests of a class (xunit class fixture).</summary>
public sealed class SeededApp : IAsyncLifetime
{
    public TestDatabase Database { get; } = TestDatabase.Create();
    public TansoApp App { get; private set; } = null!;

    public Task InitializeAsync()
    {
        App = new TansoApp(Database);
        _ = App.Server; // starts the host: migrates and seeds
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}

/// <summary>
/// Passwords in test apps are hashed with fewer PBKDF2 rounds than in production (100,000, about 75 ms of CPU each):
/// most tests create and sign in a few people, hundreds of hashes per run. The hash keeps
/// its format and is still checked on every sign-in, so a wrong password is refused as before.
/// </summary>
public static class TestPasswordHashing
{
    public const int Iterations = 1_000;
}
