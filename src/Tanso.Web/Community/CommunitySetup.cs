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
            // Counted in the database under a keyed hash (no address is stored), shared by every web instance.
            return Infrastructure.SharedRateLimiter.Partition(c, c.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                options.PublicPostLimit, TimeSpan.FromMinutes(options.PublicPostWindowMinutes));
        }));
        return services;
    }
}
