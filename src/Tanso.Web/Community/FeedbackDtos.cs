using Tanso.Core.Community;

namespace Tanso.Web.Community;

/// <summary>A citizen's feedback. <c>Website</c> is the honeypot: people never see it, so it must stay empty.</summary>
internal sealed record FeedbackInput(string? Text, string? Name, int? TaskId, string? Website = null);

/// <summary>A moderator's decision: approve, or reject with a reason.</summary>
internal sealed record ModerationInput(string Decision, string? Reason, int Version);

/// <summary>Approved feedback as the public sees it.</summary>
internal sealed record FeedbackDto(int Id, int PlanId, int? TaskId, string? Task, string Text, string? Name, DateTime SubmittedUtc);

/// <summary>Feedback in the moderation queue, or as decided.</summary>
internal sealed record ModerationDto(int Id, int PlanId, string Plan, int GovernmentId, string Government, int? TaskId, string? Task, string Text,
    string? Name, DateTime SubmittedUtc, string Status, string? RejectionReason, string? ModeratedBy, int Version);

/// <summary>A moderation decision as recorded.</summary>
internal sealed record ModeratedDto(int Id, string Status, string? RejectionReason, string? ModeratedBy, DateTime? ModeratedUtc, int Version);

/// <summary>The answer to a feedback post: it waits for moderation.</summary>
internal sealed record FeedbackReceivedDto(int Id, string Status, string Message);

internal static class FeedbackDtos
{
    public static string StatusName(FeedbackStatus s) => s.ToString().ToLowerInvariant();

    public static FeedbackDto ToDto(this PlanFeedback f, string? task) => new(f.Id, f.PlanId, f.TaskId, task, f.Text, f.Name, f.SubmittedUtc);

    public static ModeratedDto ToModerated(this PlanFeedback f) => new(f.Id, StatusName(f.Status), f.RejectionReason, f.ModeratedBy, f.ModeratedUtc, f.Version);

    public static ModerationDto ToModeration(this PlanFeedback f, string plan, string government, string? task) =>
        new(f.Id, f.PlanId, plan, f.GovernmentId, government, f.TaskId, task, f.Text, f.Name, f.SubmittedUtc, StatusName(f.Status), f.RejectionReason, f.ModeratedBy, f.Version);
}

/// <summary>A page of the moderation queue (50 a page, oldest first) and how many wait in all.</summary>
internal sealed record ModerationPageDto(IReadOnlyList<ModerationDto> Items, int Total, int Page, int Pages);
