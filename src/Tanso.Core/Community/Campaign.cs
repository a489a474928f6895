namespace Tanso.Core.Community;

/// <summary>
/// A campaign (캠페인), e.g. climate week (기후주간): a period, a goal in pledges, and the actions a citizen can
/// pledge to take. Citizens pledge without an account; only the action and an optional name are kept.
/// </summary>
public sealed class Campaign : IVersioned
{
    /// <summary>Longest title.</summary>
    public const int MaxTitle = 200;

    /// <summary>Longest description.</summary>
    public const int MaxDescription = 4_000;

    /// <summary>Longest action label.</summary>
    public const int MaxAction = 200;

    /// <summary>A new campaign.</summary>
    public Campaign(int governmentId, string title, string? description, DateOnly startsOn, DateOnly endsOn, int goal, IReadOnlyList<string> actions)
    {
        GovernmentId = governmentId;
        Title = "";
        Description = "";
        Edit(title, description, startsOn, endsOn, goal, actions);
    }

    private Campaign()
    {
        Title = "";
        Description = "";
    }

    /// <summary>Identity.</summary>
    public int Id { get; private set; }

    /// <summary>The government running it (the nation for national campaigns).</summary>
    public int GovernmentId { get; private set; }

    /// <summary>제목.</summary>
    public string Title { get; private set; }

    /// <summary>설명.</summary>
    public string Description { get; private set; }

    /// <summary>First day pledges are taken (Korean date).</summary>
    public DateOnly StartsOn { get; private set; }

    /// <summary>Last day pledges are taken (Korean date).</summary>
    public DateOnly EndsOn { get; private set; }

    /// <summary>목표 참여 수 (pledges).</summary>
    public int Goal { get; private set; }

    /// <summary>Built by code for demonstration, labelled 예시 데이터.</summary>
    public bool IsSample { get; private set; }

    /// <inheritdoc/>
    public int Version { get; private set; }

    /// <summary>The actions to choose from, in order.</summary>
    public List<CampaignAction> Actions { get; } = [];

    /// <summary>What would be refused in these values.</summary>
    public static IReadOnlyList<Problem> Validate(string? title, string? description, DateOnly? startsOn, DateOnly? endsOn, int goal, IReadOnlyList<string> actions)
    {
        var problems = new List<Problem?>
        {
            TextRules.Check("title", title, MaxTitle, true, "제목", "title"),
            TextRules.Check("description", description, MaxDescription, false, "설명", "description"),
        };
        if (startsOn is null || endsOn is null)
        {
            problems.Add(new Problem("period", "시작일과 종료일을 입력하십시오.", "Enter the first and last day."));
        }
        else if (endsOn < startsOn)
        {
            problems.Add(new Problem("period", "종료일이 시작일보다 빠릅니다.", "The last day comes before the first day."));
        }
        if (goal is < 1 or > 100_000_000)
        {
            problems.Add(new Problem("goal", "목표 참여 수는 1 이상 1억 이하여야 합니다.", "The goal must be between 1 and 100,000,000 pledges."));
        }
        var clean = actions.Select(TextRules.Clean).OfType<string>().ToList();
        if (clean.Count is 0 or > 20)
        {
            problems.Add(new Problem("actions", "실천 항목을 1개에서 20개까지 입력하십시오.", "Give between 1 and 20 pledge actions."));
        }
        problems.AddRange(clean.Select((a, i) => TextRules.Check($"actions[{i}]", a, MaxAction, true, "실천 항목", "action")));
        if (clean.Distinct().Count() != clean.Count)
        {
            problems.Add(new Problem("actions", "같은 실천 항목이 두 번 있습니다.", "An action is listed twice."));
        }
        return problems.OfType<Problem>().ToList();
    }

    /// <summary>Changes the campaign. Actions keep their ids (and so their pledges) when their label stays; actions
    /// that already have pledges must stay, which the caller checks.</summary>
    public void Edit(string title, string? description, DateOnly startsOn, DateOnly endsOn, int goal, IReadOnlyList<string> actions)
    {
        if (endsOn < startsOn || goal < 1)
        {
            throw new ArgumentException("The period is reversed or the goal is not positive.");
        }
        Title = TextRules.Require(title, MaxTitle, "title");
        Description = TextRules.Optional(description, MaxDescription, "description") ?? "";
        StartsOn = startsOn;
        EndsOn = endsOn;
        Goal = goal;
        var labels = actions.Select(TextRules.Clean).OfType<string>().ToList();
        Actions.RemoveAll(a => !labels.Contains(a.Label));
        foreach (var (label, i) in labels.Select((l, i) => (l, i)))
        {
            var action = Actions.FirstOrDefault(a => a.Label == label);
            if (action is null)
            {
                Actions.Add(new CampaignAction(TextRules.Require(label, MaxAction, "action"), i));
            }
            else
            {
                action.Order = i;
            }
        }
    }

    /// <summary>Whether pledges are taken on <paramref name="today"/> (a Korean date).</summary>
    public bool IsOpenOn(DateOnly today) => today >= StartsOn && today <= EndsOn;

    /// <summary>Share of the goal reached, 0–100 (capped at 100 for display).</summary>
    public static int ProgressPercent(int pledges, int goal) => goal <= 0 ? 0 : (int)Math.Min(100, Math.Floor(pledges * 100m / goal));

    /// <summary>Marks it as sample data.</summary>
    public Campaign AsSample()
    {
        IsSample = true;
        return this;
    }
}

/// <summary>One action a citizen can pledge, e.g. "대중교통 이용하기".</summary>
public sealed class CampaignAction(string label, int order)
{
    /// <summary>Identity.</summary>
    public int Id { get; private set; }

    /// <summary>The campaign.</summary>
    public int CampaignId { get; private set; }

    /// <summary>What the citizen pledges to do.</summary>
    public string Label { get; private set; } = label;

    /// <summary>Position in the list.</summary>
    public int Order { get; set; } = order;
}

/// <summary>A citizen's pledge: the action and an optional name, nothing else about the person.</summary>
public sealed class Pledge
{
    /// <summary>Longest name.</summary>
    public const int MaxName = 40;

    /// <summary>A pledge.</summary>
    public Pledge(int campaignId, int actionId, string? name, DateTime pledgedUtc)
    {
        CampaignId = campaignId;
        ActionId = actionId;
        Name = TextRules.Optional(name, MaxName, "name");
        PledgedUtc = pledgedUtc;
    }

    /// <summary>Identity.</summary>
    public long Id { get; private set; }

    /// <summary>The campaign.</summary>
    public int CampaignId { get; private set; }

    /// <summary>The chosen action.</summary>
    public int ActionId { get; private set; }

    /// <summary>The name the citizen chose to give, if any.</summary>
    public string? Name { get; private set; }

    /// <summary>When.</summary>
    public DateTime PledgedUtc { get; private set; }
}
