using Tanso.Core.Access;
using Tanso.Core.Inbox.Sources;

namespace Tanso.Core.Inbox;

/// <summary>One kind of waiting work: reads the facts and says which items are the actor's. One small class each, so that
/// a new kind of work (e.g. national plan review) is one more file and one more line in <see cref="Inbox.Sources"/>.</summary>
public interface IInboxSource
{
    /// <summary>The items of <paramref name="facts"/> waiting for <paramref name="actor"/>.</summary>
    IEnumerable<InboxItem> Items(InboxFacts facts, Actor actor);
}

/// <summary>What is waiting for someone: every source's items, late first, then by deadline, then the oldest.</summary>
public static class Inbox
{
    /// <summary>Every source.</summary>
    public static IReadOnlyList<IInboxSource> Sources { get; } =
    [
        new ReportsDue(), new StagesDue(), new ScoresToGive(), new OpinionsToAnswer(), new ResultsToReply(), new RepliesToRead(),
        new FeedbackToModerate(), new PlansToReview(), new PlansToFinish(), new UploadsToConfirm(),
    ];

    /// <summary>The actor's items, most pressing first (a deadline before none; among deadlines the earliest).</summary>
    public static IReadOnlyList<InboxItem> For(InboxFacts facts, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAuthenticated)
        {
            return [];
        }
        return Sources.SelectMany(s => s.Items(facts, actor))
            .DistinctBy(i => i.Key)
            .OrderBy(i => i.DueOn ?? DateOnly.MaxValue).ThenBy(i => i.Since ?? DateOnly.MaxValue).ThenBy(i => i.Key, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>National officers and administrators: they review plans, run cycles and read replies.</summary>
    internal static bool IsNationalStaff(Actor actor) => actor.Is(Role.SystemAdmin) || actor.Is(Role.NationalOfficer);

    /// <summary>Those who edit the government's data (and so report, answer and reply for it).</summary>
    internal static bool Edits(Actor actor, GovernmentRef government) => actor.CanEditGovernment(government.Id, government.IsNational);

    /// <summary>"부산광역시 2025년" / "Busan 2025" (a month reads 2025-03).</summary>
    internal static (string Ko, string En) Of(GovernmentRef government, Checks.CheckPeriod period) =>
        period.Month is null
            ? ($"{government.NameKo} {period.Year}년", $"{government.NameEn} {period.Year}")
            : ($"{government.NameKo} {period}", $"{government.NameEn} {period}");
}
