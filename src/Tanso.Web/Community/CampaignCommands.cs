using Tanso.Core;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Community;
using Tanso.Data;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Community;

/// <summary>Campaigns and pledges, shared by the API and the pages.</summary>
internal static class CampaignCommands
{
    public static Task<Campaign?> LoadAsync(TansoDb db, int id, CancellationToken ct) =>
        db.Campaigns.Include(c => c.Actions).SingleOrDefaultAsync(c => c.Id == id, ct);

    public static async Task<CampaignCounts> CountsAsync(TansoDb db, int campaignId, CancellationToken ct) =>
        new(await db.Pledges.Where(p => p.CampaignId == campaignId).GroupBy(p => p.ActionId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct));

    public static async Task<Outcome<Campaign>> CreateAsync(TansoDb db, ClaimsPrincipal user, CampaignInput input, CancellationToken ct)
    {
        if (input.GovernmentId is not { } government || !await db.Governments.AnyAsync(g => g.Id == government, ct))
        {
            return Outcome<Campaign>.Invalid("governmentId", "캠페인을 여는 정부를 고르십시오.", "Choose the government running the campaign.");
        }
        if (!await CommunityAccess.CanManageCampaignAsync(user, government, db, ct))
        {
            return Outcome<Campaign>.Refused(403);
        }
        var actions = input.Actions ?? [];
        var problems = Campaign.Validate(input.Title, input.Description, input.StartsOn, input.EndsOn, input.Goal, actions);
        if (problems.Count > 0)
        {
            return Outcome<Campaign>.Invalid(problems);
        }
        var campaign = new Campaign(government, input.Title!, input.Description, input.StartsOn!.Value, input.EndsOn!.Value, input.Goal, actions);
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(ct);
        return Outcome<Campaign>.Done(campaign, 201);
    }

    public static async Task<Outcome<Campaign>> UpdateAsync(TansoDb db, ClaimsPrincipal user, int id, CampaignInput input, CancellationToken ct)
    {
        var campaign = await LoadAsync(db, id, ct);
        if (campaign is null)
        {
            return Outcome<Campaign>.Refused(404);
        }
        if (!await CommunityAccess.CanManageCampaignAsync(user, campaign.GovernmentId, db, ct))
        {
            return Outcome<Campaign>.Refused(403);
        }
        if (campaign.Version != input.Version)
        {
            return Outcome<Campaign>.Conflict(campaign);
        }
        var actions = input.Actions ?? [];
        var problems = Campaign.Validate(input.Title, input.Description, input.StartsOn, input.EndsOn, input.Goal, actions).ToList();
        var labels = actions.Select(TextRules.Clean).ToHashSet();
        var counts = await CountsAsync(db, id, ct);
        problems.AddRange(campaign.Actions.Where(a => !labels.Contains(a.Label) && counts.ByAction.GetValueOrDefault(a.Id) > 0).Select(a =>
            new Problem("actions", $"'{a.Label}'에는 이미 참여가 있어 뺄 수 없습니다.", $"'{a.Label}' already has pledges and cannot be removed.")));
        if (problems.Count > 0)
        {
            return Outcome<Campaign>.Invalid(problems);
        }
        campaign.Edit(input.Title!, input.Description, input.StartsOn!.Value, input.EndsOn!.Value, input.Goal, actions);
        db.Entry(campaign).Property(c => c.Title).IsModified = true; // a change of actions alone is still a new version
        return await Editing.TrySaveAsync(db, campaign, input.Version, ct) ? Outcome<Campaign>.Done(campaign) : Outcome<Campaign>.Conflict(campaign);
    }

    /// <summary>Takes a citizen's pledge: refused when the honeypot is filled, the campaign is not open today (Korean date),
    /// or the action is not one of the campaign's. Only the action, the optional name and the time are kept.</summary>
    public static async Task<Outcome<Pledge>> PledgeAsync(TansoDb db, int campaignId, PledgeInput input, TimeProvider clock, CancellationToken ct)
    {
        var campaign = await LoadAsync(db, campaignId, ct);
        if (campaign is null)
        {
            return Outcome<Pledge>.Refused(404);
        }
        if (!string.IsNullOrEmpty(input.Website))
        {
            return Outcome<Pledge>.Invalid("website", "자동 입력으로 보여 받지 않았습니다.", "This looks like an automated submission and was refused.");
        }
        var today = KoreanTime.Today(clock);
        if (!campaign.IsOpenOn(today))
        {
            return Outcome<Pledge>.Refused(422, Text.T($"이 캠페인은 {campaign.StartsOn:yyyy-MM-dd}부터 {campaign.EndsOn:yyyy-MM-dd}까지 참여할 수 있습니다.",
                $"This campaign takes pledges from {campaign.StartsOn:yyyy-MM-dd} to {campaign.EndsOn:yyyy-MM-dd}."));
        }
        var problems = new List<Problem>();
        if (campaign.Actions.All(a => a.Id != input.ActionId))
        {
            problems.Add(new Problem("actionId", "실천 항목을 하나 고르십시오.", "Choose one of the campaign's actions."));
        }
        problems.AddRange(new[] { TextRules.Check("name", input.Name, Pledge.MaxName, false, "이름", "name") }.OfType<Problem>());
        if (problems.Count > 0)
        {
            return Outcome<Pledge>.Invalid(problems);
        }
        var pledge = new Pledge(campaignId, input.ActionId, input.Name, clock.GetUtcNow().UtcDateTime);
        db.Pledges.Add(pledge);
        await db.SaveChangesAsync(ct);
        return Outcome<Pledge>.Done(pledge, 201);
    }
}
