using Tanso.Core;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Community;
using Tanso.Data;

using Tanso.Web.Infrastructure;

namespace Tanso.Web.Community;

internal static class CampaignApi
{
    public static void MapCampaignApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Community");
        api.MapGet("/campaigns", List).WithSummary("Campaigns (캠페인), newest first, with their pledge counts");
        api.MapGet("/campaigns/{id:int}", Get).WithSummary("A campaign with its actions, running count and progress toward the goal");
        api.MapPost("/campaigns", Create).WithSummary("Create a campaign (national staff for any government, a government's editors for their own)").RequireAuthorization();
        api.MapPut("/campaigns/{id:int}", Update).WithSummary("Edit a campaign (versioned; actions with pledges stay)").RequireAuthorization();
        api.MapPost("/campaigns/{id:int}/pledges", Pledge)
            .WithSummary("Pledge an action, without an account (optional name only; rate-limited; 'website' must stay empty; only during the campaign's period)")
            .RequireRateLimiting(CommunitySetup.PublicPostRateLimit).ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    private static async Task<Ok<CampaignDto[]>> List(TansoDb db, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await AllAsync(db, clock, ct));

    /// <summary>Every campaign, newest first, with its counts: three queries in all, whatever the number of campaigns.</summary>
    public static async Task<CampaignDto[]> AllAsync(TansoDb db, TimeProvider clock, CancellationToken ct)
    {
        var campaigns = await db.Campaigns.AsNoTracking().Include(c => c.Actions).OrderByDescending(c => c.StartsOn).ThenByDescending(c => c.Id).ToListAsync(ct);
        var counts = (await db.Pledges.GroupBy(p => new { p.CampaignId, p.ActionId }).Select(g => new { g.Key.CampaignId, g.Key.ActionId, Count = g.Count() }).ToListAsync(ct))
            .ToLookup(c => c.CampaignId);
        var names = await GovernmentNames.LoadAsync(db, ct);
        var today = KoreanTime.Today(clock);
        return campaigns.Select(c => c.ToDto(new CampaignCounts(counts[c.Id].ToDictionary(x => x.ActionId, x => x.Count)), names, today)).ToArray();
    }

    private static async Task<Results<Ok<CampaignDto>, NotFound>> Get(int id, TansoDb db, TimeProvider clock, CancellationToken ct) =>
        await CampaignCommands.LoadAsync(db, id, ct) is { } campaign ? TypedResults.Ok(await DtoAsync(db, campaign, clock, ct)) : TypedResults.NotFound();

    private static async Task<Added<CampaignDto>> Create(CampaignInput input, ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct) =>
        new(await ResultAsync(await CampaignCommands.CreateAsync(db, user, input, ct), db, clock, ct));

    private static async Task<Saved<CampaignDto>> Update(int id, CampaignInput input, ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct) =>
        new(await ResultAsync(await CampaignCommands.UpdateAsync(db, user, id, input, ct), db, clock, ct));

    private static async Task<Added<PledgeDto>> Pledge(int id, PledgeInput input, TansoDb db, TimeProvider clock, CancellationToken ct)
    {
        var outcome = await CampaignCommands.PledgeAsync(db, id, input, clock, ct);
        if (outcome.Value is not { } pledge)
        {
            return new(outcome.ToResult(_ => new object()));
        }
        var campaign = (await CampaignCommands.LoadAsync(db, id, ct))!;
        var total = (await CampaignCommands.CountsAsync(db, id, ct)).Total;
        return new(TypedResults.Created($"/api/campaigns/{id}", new PledgeDto(id, pledge.ActionId, total, Campaign.ProgressPercent(total, campaign.Goal))));
    }

    public static async Task<CampaignDto> DtoAsync(TansoDb db, Campaign campaign, TimeProvider clock, CancellationToken ct) =>
        campaign.ToDto(await CampaignCommands.CountsAsync(db, campaign.Id, ct), await GovernmentNames.LoadAsync(db, ct), KoreanTime.Today(clock));

    private static async Task<IResult> ResultAsync(Outcome<Campaign> outcome, TansoDb db, TimeProvider clock, CancellationToken ct)
    {
        if (outcome.Value is null)
        {
            return outcome.ToResult(_ => new object());
        }
        var dto = await DtoAsync(db, outcome.Value, clock, ct);
        return outcome.ToResult(_ => dto, c => $"/api/campaigns/{c.Id}");
    }
}
