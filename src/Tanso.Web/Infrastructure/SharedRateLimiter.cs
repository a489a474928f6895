using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Tanso.Data;
using Tanso.Data.RateLimiting;

namespace Tanso.Web.Infrastructure;

/// <summary>
/// A fixed-window limiter whose counts live in the database (<see cref="RateLimitStore"/>), so that several web
/// instances behind a proxy share one budget per client and form. The window starts at a partition's first request,
/// as the in-memory fixed-window limiter's does. Partition keys are HMACs with a secret shared through the database:
/// no client address is stored.
/// </summary>
internal sealed class SharedRateLimiter(IServiceScopeFactory scopes, TimeProvider clock, string partition, int permitLimit, TimeSpan window) : RateLimiter
{
    /// <summary>A partition of the policy: <paramref name="client"/> and the matched route (see <see cref="RateLimitKeys"/>).</summary>
    public static RateLimitPartition<string> Partition(HttpContext context, string client, int permitLimit, TimeSpan window)
    {
        var key = RateLimitKeys.For(context, client);
        var services = context.RequestServices;
        return RateLimitPartition.Get(key, k => new SharedRateLimiter(services.GetRequiredService<IServiceScopeFactory>(),
            services.GetRequiredService<TimeProvider>(), k, permitLimit, window));
    }

    /// <summary>Registers what the limiter needs.</summary>
    public static IServiceCollection AddSharedRateLimits(IServiceCollection services) => services.AddSingleton<Secret>();

    // Holds nothing between requests: the partitioned limiter may drop and remake it at any time.
    public override TimeSpan? IdleDuration => TimeSpan.MaxValue;

    public override RateLimiterStatistics? GetStatistics() => null;

    // Counting needs the database, so the synchronous attempt always defers to AcquireAsync (the rate-limiting
    // middleware then awaits it).
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Lease.Deferred;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TansoDb>();
        var secret = await scope.ServiceProvider.GetRequiredService<Secret>().GetAsync(db, cancellationToken);
        var key = Convert.ToHexString(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(partition)));
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var windowMs = (long)window.TotalMilliseconds;
        var (hits, started) = await RateLimitStore.HitAsync(db, key, now, windowMs, cancellationToken);
        return hits <= permitLimit ? Lease.Granted : Lease.Refused(TimeSpan.FromMilliseconds(Math.Max(0, started + windowMs - now)));
    }

    /// <summary>The key secret, read from the database once per app.</summary>
    internal sealed class Secret
    {
        private byte[]? _value;

        public async ValueTask<byte[]> GetAsync(TansoDb db, CancellationToken ct) => _value ??= await RateLimitStore.SecretAsync(db, "rate-limit-keys", ct);
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);
        public static readonly Lease Deferred = new(false, null);

        public static Lease Refused(TimeSpan retryAfter) => new(false, retryAfter);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
