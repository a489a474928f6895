using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;

namespace Tanso.Web.Community;

/// <summary>The <c>Community</c> section: how many anonymous posts (pledges, feedback) one visitor may send.</summary>
internal sealed class CommunityOptions
{
    public const string Section = "Community";

    /// <summary>Posts per visitor and form within <see cref="PublicPostWindowMinutes"/>.</summary>
    public int PublicPostLimit { get; set; } = 10;

    public int PublicPostWindowMinutes { get; set; } = 10;
}

internal static class CommunitySetup
{
    /// <summary>The rate-limiter policy of anonymous posts: pledges and feedback.</summary>
    public const string PublicPostRateLimit = "community-public-posts";

    // A salt made at start-up and never stored: the limiter's partition keys are hashes that cannot be turned back into
    // addresses, and they are forgotten with the process.
    private static readonly byte[] Salt = RandomNumberGenerator.GetBytes(32);

    public static IServiceCollection AddTansoCommunity(this IServiceCollection services)
    {
        services.AddOptions<CommunityOptions>().BindConfiguration(CommunityOptions.Section)
            .Validate(o => o.PublicPostLimit > 0 && o.PublicPostWindowMinutes > 0, "Community:PublicPostLimit and PublicPostWindowMinutes must be positive.")
            .ValidateOnStart();
        services.AddRateLimiter(o => o.AddPolicy(PublicPostRateLimit, c =>
        {
            if (!HttpMethods.IsPost(c.Request.Method))
            {
                return RateLimitPartition.GetNoLimiter("read");
            }
            var options = c.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<CommunityOptions>>().Value;
            return RateLimitPartition.GetFixedWindowLimiter(Infrastructure.RateLimitKeys.For(c, VisitorKey(c)), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.PublicPostLimit, Window = TimeSpan.FromMinutes(options.PublicPostWindowMinutes), QueueLimit = 0,
            });
        }));
        return services;
    }

    /// <summary>A salted hash of the client address, held only in memory by the limiter.</summary>
    public static string VisitorKey(HttpContext context) =>
        Convert.ToHexString(HMACSHA256.HashData(Salt, Encoding.UTF8.GetBytes(context.Connection.RemoteIpAddress?.ToString() ?? "unknown")))[..24];
}
