using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tanso.Data;

namespace Tanso.Web.Infrastructure;

/// <summary>Settings of the public-page cache (section <c>PublicCache</c>).</summary>
internal sealed class PublicCacheOptions
{
    public const string Section = "PublicCache";

    /// <summary>Off: every request is rendered afresh.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long a rendered public page is kept at most, even when nothing changed.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long an instance trusts the data version it last read before asking the database again: the longest
    /// another instance's write can stay unseen here. Zero asks on every cacheable request.
    /// </summary>
    public TimeSpan VersionCheck { get; set; } = TimeSpan.FromSeconds(1);
}

/// <summary>
/// Public pages and public API reads served from a per-instance output cache, keyed by the data version: the id of
/// the newest audit entry, which every write in the database adds in its own transaction. A write on this instance
/// moves the version at once (<see cref="PublicDataVersion.Changed"/>); one on another instance is seen within
/// <see cref="PublicCacheOptions.VersionCheck"/>. Only anonymous GET/HEAD requests are cached, and only 200
/// responses that set no cookie; HTML and JSON leave compressed (Brotli or gzip).
/// </summary>
internal static class PublicCache
{
    public const string Policy = "public";

    /// <summary>
    /// For responses that depend on the code only, not on the data (the OpenAPI document): kept for a day, whatever
    /// is written meanwhile. Generating the document costs about 0.8 s of CPU on a cold instance.
    /// </summary>
    public const string CodePolicy = "code";

    public static IServiceCollection AddTansoPublicCache(this IServiceCollection services)
    {
        services.AddOptions<PublicCacheOptions>().BindConfiguration(PublicCacheOptions.Section);
        services.AddSingleton<PublicDataVersion>();
        services.AddOutputCache(o =>
        {
            o.SizeLimit = 256L * 1024 * 1024;
            o.MaximumBodySize = 4L * 1024 * 1024;
            o.AddPolicy(Policy, new PublicPagePolicy(dataBound: true));
            o.AddPolicy(CodePolicy, new PublicPagePolicy(dataBound: false));
        });
        services.AddResponseCompression(o =>
        {
            // Antiforgery tokens are masked afresh on every response, which is what BREACH needs to be harmless.
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/problem+json", "image/svg+xml"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>Marks the public pages (home, portal) as cacheable; the public API reads carry the policy themselves.</summary>
    public static void CachePublicPages(this Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions options)
    {
        options.Conventions.AddPageApplicationModelConvention("/National/Index", m => m.EndpointMetadata.Add(new OutputCacheAttribute { PolicyName = Policy }));
        options.Conventions.AddFolderApplicationModelConvention("/Portal", m => m.EndpointMetadata.Add(new OutputCacheAttribute { PolicyName = Policy }));
    }

    private sealed class PublicPagePolicy(bool dataBound) : IOutputCachePolicy
    {
        public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var http = context.HttpContext;
            var options = http.RequestServices.GetRequiredService<IOptions<PublicCacheOptions>>().Value;
            var cacheable = options.Enabled
                && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
                && http.User.Identity?.IsAuthenticated != true
                && !http.Request.Headers.ContainsKey("Authorization");
            context.EnableOutputCaching = true;
            context.AllowCacheLookup = cacheable;
            context.AllowCacheStorage = cacheable;
            context.AllowLocking = true;
            if (!cacheable)
            {
                return;
            }
            context.CacheVaryByRules.QueryKeys = "*";
            context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
            // The cache sits outside response compression and keeps the compressed body: one entry per encoding the
            // client gets (br, gzip or none), not per spelling of Accept-Encoding.
            context.CacheVaryByRules.VaryByValues["encoding"] = EncodingFor(http);
            if (!dataBound)
            {
                context.ResponseExpirationTimeSpan = TimeSpan.FromDays(1);
                return;
            }
            context.CacheVaryByRules.VaryByValues["data"] = await http.RequestServices.GetRequiredService<PublicDataVersion>().CurrentAsync(cancellation);
            context.ResponseExpirationTimeSpan = options.Lifetime;
        }

        private static string EncodingFor(HttpContext http)
        {
            var compression = http.RequestServices.GetRequiredService<IResponseCompressionProvider>();
            return compression.CheckRequestAcceptsCompression(http) ? compression.GetCompressionProvider(http)?.EncodingName ?? "" : "";
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
            {
                context.AllowCacheStorage = false;
            }
            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>The version of what the database holds, as far as public pages are concerned (see <see cref="PublicCache"/>).</summary>
/// <remarks>
/// Asked on every cacheable request, so the common case is a lock and a field read: the key string is built once per
/// version, and when the version is due to be checked again, concurrent requests share one query instead of each
/// sending its own.
/// </remarks>
internal sealed class PublicDataVersion(IServiceScopeFactory scopes, IOptions<PublicCacheOptions> options)
{
    private readonly Lock _gate = new();
    private long _stored;
    private long _local;
    private long _readAt;
    private bool _known;
    private string _key = "";
    private Task<long>? _reading; // the query in flight, shared by the requests that wait for it
    private long _readingFor = -1; // the local write count when it started

    /// <summary>How many times the database was asked (for tests: concurrent requests share one query).</summary>
    public int Reads => Volatile.Read(ref _reads);
    private int _reads;

    /// <summary>Called after this instance saved changes: its next page is rendered afresh and the database asked again.</summary>
    public void Changed()
    {
        lock (_gate)
        {
            _local++;
            _known = false;
        }
    }

    public async ValueTask<string> CurrentAsync(CancellationToken ct)
    {
        long local;
        Task<long> reading;
        lock (_gate)
        {
            local = _local;
            if (_known && Stopwatch.GetElapsedTime(_readAt) < options.Value.VersionCheck)
            {
                return _key;
            }
            // Join a query in flight only if it started since the last local write (else it may miss it), and not
            // when every request must ask afresh (VersionCheck zero).
            if (_reading is null || _reading.IsCompleted || _readingFor != local || options.Value.VersionCheck <= TimeSpan.Zero)
            {
                (_reading, _readingFor) = (ReadAsync(), local);
            }
            reading = _reading;
        }
        var stored = await reading.WaitAsync(ct);
        lock (_gate)
        {
            if (_local == local)
            {
                if (!_known || _stored != stored)
                {
                    (_stored, _key) = (stored, Key(stored, local));
                }
                (_readAt, _known) = (Stopwatch.GetTimestamp(), true);
                return _key;
            }
        }
        return Key(stored, local);
    }

    // Not tied to one request's cancellation: other requests may be waiting for the same answer.
    private async Task<long> ReadAsync()
    {
        Interlocked.Increment(ref _reads);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TansoDb>();
        return await db.AuditEntries.MaxAsync(a => (long?)a.Id) ?? 0;
    }

    private static string Key(long stored, long local) => string.Create(CultureInfo.InvariantCulture, $"{stored}.{local}");
}
