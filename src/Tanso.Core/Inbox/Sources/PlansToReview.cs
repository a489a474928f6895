using Tanso.Core.Access;
using Tanso.Core.Plans;

namespace Tanso.Core.Inbox.Sources;

/// <summary>Plans whose move it is for national staff (<see cref="Plan.WaitingFor"/> is the reviewers: submitted and
/// not yet received, or under review with every opinion answered).</summary>
public sealed class PlansToReview : IInboxSource
{
    /// <inheritdoc/>
    public IEnumerable<InboxItem> Items(InboxFacts facts, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (!Inbox.IsNationalStaff(actor))
        {
            return [];
        }
        return facts.Plans.Where(p => p.Status is PlanStatus.Submitted or PlanStatus.UnderReview).Select(p => new InboxItem($"plan:{p.Id}", InboxKind.PlanToReview,
            $"{p.Government.NameKo} 계획 검토: {p.Title}({p.Revision}차)", $"Review a submitted plan: {p.Government.NameEn}, {p.Title} (revision {p.Revision})",
            $"/plans/{p.Id}", null, p.SubmittedOn, p.Government.Id));
    }
}
