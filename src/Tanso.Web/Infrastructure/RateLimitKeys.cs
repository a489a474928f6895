using Microsoft.AspNetCore.Routing;

namespace Tanso.Web.Infrastructure;

/// <summary>Rate-limit partitions: one per client and kind of form, named by the matched route's template and not by
/// the raw path, so that /API/Campaigns/01/pledges and /api/campaigns/1/pledges, or another campaign's id, share
/// one budget instead of each starting a fresh one.</summary>
internal static class RateLimitKeys
{
    public static string For(HttpContext context, string client) =>
        $"{client}|{(context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value?.ToLowerInvariant()}";
}
