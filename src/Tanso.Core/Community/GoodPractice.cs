using Tanso.Core.Sectors;

namespace Tanso.Core.Community;

/// <summary>Where a good practice is in its publication.</summary>
public enum PracticeStatus
{
    /// <summary>작성 중 — seen only by its government's editors.</summary>
    Draft,

    /// <summary>공개 — seen by everyone.</summary>
    Published,
}

/// <summary>
/// A good practice (우수사례): a short case write-up by a government's editors, linked to the plan tasks it carried
/// out and, where relevant, to a check cycle whose result shows it.
/// </summary>
public sealed class GoodPractice : IVersioned
{
    /// <summary>Longest title.</summary>
    public const int MaxTitle = 200;

    /// <summary>Longest summary.</summary>
    public const int MaxSummary = 1_000;

    /// <summary>Longest body.</summary>
    public const int MaxBody = 20_000;

    /// <summary>A new draft.</summary>
    public GoodPractice(int governmentId, string title, string summary, string body, SectorCode? sector)
    {
        GovernmentId = governmentId;
        Title = "";
        Summary = "";
        Body = "";
        Edit(title, summary, body, sector, null, []);
    }

    private GoodPractice()
    {
        Title = "";
        Summary = "";
        Body = "";
    }

    /// <summary>Identity.</summary>
    public int Id { get; private set; }

    /// <summary>The government whose case it is.</summary>
    public int GovernmentId { get; private set; }

    /// <summary>제목.</summary>
    public string Title { get; private set; }

    /// <summary>요약: one paragraph shown in lists.</summary>
    public string Summary { get; private set; }

    /// <summary>본문.</summary>
    public string Body { get; private set; }

    /// <summary>The sector it is about, if one.</summary>
    public SectorCode? Sector { get; private set; }

    /// <summary>A check cycle whose result shows the case, if any.</summary>
    public int? CheckCycleId { get; private set; }

    /// <summary>Draft or published.</summary>
    public PracticeStatus Status { get; private set; }

    /// <summary>When it was (last) published.</summary>
    public DateTime? PublishedUtc { get; private set; }

    /// <summary>Built by code for demonstration, labelled 예시 데이터.</summary>
    public bool IsSample { get; private set; }

    /// <inheritdoc/>
    public int Version { get; private set; }

    /// <summary>Plan tasks it carried out.</summary>
    public List<GoodPracticeTask> Tasks { get; } = [];

    /// <summary>첨부파일.</summary>
    public List<CommunityFile> Attachments { get; } = [];

    /// <summary>What would be refused in these values.</summary>
    public static IReadOnlyList<Problem> Validate(string? title, string? summary, string? body) =>
        new[]
        {
            TextRules.Check("title", title, MaxTitle, true, "제목", "title"),
            TextRules.Check("summary", summary, MaxSummary, true, "요약", "summary"),
            TextRules.Check("body", body, MaxBody, true, "본문", "body"),
        }.OfType<Problem>().ToList();

    /// <summary>Changes the write-up and its links; the caller has checked that the tasks and cycle are the government's.</summary>
    public void Edit(string title, string summary, string body, SectorCode? sector, int? checkCycleId, IReadOnlyCollection<int> taskIds)
    {
        Title = TextRules.Require(title, MaxTitle, "title");
        Summary = TextRules.Require(summary, MaxSummary, "summary");
        Body = TextRules.Require(body, MaxBody, "body");
        Sector = sector;
        CheckCycleId = checkCycleId;
        Tasks.RemoveAll(t => !taskIds.Contains(t.TaskId));
        Tasks.AddRange(taskIds.Distinct().Where(id => Tasks.All(t => t.TaskId != id)).Select(id => new GoodPracticeTask(id)));
    }

    /// <summary>Publishes, or takes back to draft; a refusal when already there.</summary>
    public (string Ko, string En)? MoveTo(PracticeStatus target, DateTime atUtc)
    {
        if (Status == target)
        {
            return target == PracticeStatus.Published ? ("이미 공개되었습니다.", "It is already published.") : ("이미 작성 중입니다.", "It is already a draft.");
        }
        Status = target;
        PublishedUtc = target == PracticeStatus.Published ? atUtc : null;
        return null;
    }

    /// <summary>Marks it as sample data.</summary>
    public GoodPractice AsSample()
    {
        IsSample = true;
        return this;
    }
}

/// <summary>A plan task a good practice carried out.</summary>
public sealed class GoodPracticeTask(int taskId)
{
    /// <summary>The practice.</summary>
    public int GoodPracticeId { get; private set; }

    /// <summary>The plan task.</summary>
    public int TaskId { get; private set; } = taskId;
}

/// <summary>A signed-in user's bookmark of a good practice.</summary>
public sealed class PracticeBookmark(string userId, int goodPracticeId, DateTime createdUtc)
{
    /// <summary>The account.</summary>
    public string UserId { get; private set; } = userId;

    /// <summary>The practice.</summary>
    public int GoodPracticeId { get; private set; } = goodPracticeId;

    /// <summary>When it was bookmarked.</summary>
    public DateTime CreatedUtc { get; private set; } = createdUtc;
}
