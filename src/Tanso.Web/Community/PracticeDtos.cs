using Tanso.Core.Community;

namespace Tanso.Web.Community;

/// <summary>What a good practice says, as sent by the API or the form.</summary>
internal sealed record PracticeInput(string? Title, string? Summary, string? Body, string? Sector, IReadOnlyList<int>? TaskIds, int? CheckCycleId,
    int Version = 0, IReadOnlyList<int>? RemoveFiles = null);

/// <summary>A publish or withdraw request.</summary>
internal sealed record PracticeTransitionInput(string Action, int Version);

/// <summary>A good practice in a list.</summary>
internal sealed record PracticeSummaryDto(int Id, int GovernmentId, string Government, string Title, string Summary, string? Sector,
    string Status, DateTime? PublishedUtc, bool IsSample);

/// <summary>A linked plan task.</summary>
internal sealed record PracticeTaskDto(int Id, int PlanId, string Code, string Name);

/// <summary>A good practice with everything it links to.</summary>
internal sealed record PracticeDto(int Id, int GovernmentId, string Government, string Title, string Summary, string Body, string? Sector,
    string Status, DateTime? PublishedUtc, bool IsSample, int? CheckCycleId, IReadOnlyList<PracticeTaskDto> Tasks,
    IReadOnlyList<AttachmentDto> Attachments, int Version);

/// <summary>One page of good practices.</summary>
internal sealed record PracticePageDto(IReadOnlyList<PracticeSummaryDto> Items, int Total, int Page, int PageSize, int Pages);

internal static class PracticeDtos
{
    public static string StatusName(PracticeStatus s) => s == PracticeStatus.Published ? "published" : "draft";

    public static PracticeSummaryDto ToSummary(this GoodPractice p, GovernmentNames names) =>
        new(p.Id, p.GovernmentId, names[p.GovernmentId], p.Title, p.Summary, p.Sector?.Value, StatusName(p.Status), p.PublishedUtc, p.IsSample);

    public static PracticeDto ToDto(this GoodPractice p, GovernmentNames names, IReadOnlyList<PracticeTaskDto> tasks) =>
        new(p.Id, p.GovernmentId, names[p.GovernmentId], p.Title, p.Summary, p.Body, p.Sector?.Value, StatusName(p.Status), p.PublishedUtc,
            p.IsSample, p.CheckCycleId, tasks, p.Attachments.OrderBy(f => f.Id).Select(f => f.ToDto()).ToList(), p.Version);
}
