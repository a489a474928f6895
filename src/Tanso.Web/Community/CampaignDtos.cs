using Tanso.Core.Community;

namespace Tanso.Web.Community;

/// <summary>A campaign as sent by the API or the form; the government is given when creating.</summary>
internal sealed record CampaignInput(int? GovernmentId, string? Title, string? Description, DateOnly? StartsOn, DateOnly? EndsOn, int Goal,
    IReadOnlyList<string>? Actions, int Version = 0);

/// <summary>A citizen's pledge. <c>Website</c> is the honeypot: people never see it, so it must stay empty.</summary>
internal sealed record PledgeInput(int ActionId, string? Name, string? Website = null);

/// <summary>A pledge action with how many chose it.</summary>
internal sealed record CampaignActionDto(int Id, string Label, int Pledges);

/// <summary>A campaign with its running count and progress toward the goal.</summary>
internal sealed record CampaignDto(int Id, int GovernmentId, string Government, string Title, string Description, DateOnly StartsOn, DateOnly EndsOn,
    int Goal, int Pledges, int ProgressPercent, bool IsOpen, bool IsSample, IReadOnlyList<CampaignActionDto> Actions, int Version);

/// <summary>What a pledge did: the campaign's new count.</summary>
internal sealed record PledgeDto(int CampaignId, int ActionId, int Pledges, int ProgressPercent);

/// <summary>Pledges per action of one campaign.</summary>
internal sealed record CampaignCounts(IReadOnlyDictionary<int, int> ByAction)
{
    public int Total => ByAction.Values.Sum();
}

internal static class CampaignDtos
{
    public static CampaignDto ToDto(this Campaign c, CampaignCounts counts, GovernmentNames names, DateOnly today) =>
        new(c.Id, c.GovernmentId, names[c.GovernmentId], c.Title, c.Description, c.StartsOn, c.EndsOn, c.Goal, counts.Total,
            Campaign.ProgressPercent(counts.Total, c.Goal), c.IsOpenOn(today), c.IsSample,
            c.Actions.OrderBy(a => a.Order).Select(a => new CampaignActionDto(a.Id, a.Label, counts.ByAction.GetValueOrDefault(a.Id))).ToList(), c.Version);
}
