using Tanso.Core.Access;
using Tanso.Core.Plans;

namespace Tanso.Core.Inbox.Sources;

/// <summary>A plan whose move it is for its own government (<see cref="Plan.WaitingFor"/>): the reviewers' opinions to
/// answer while it is under review, or, once approved, its publication. Only those who decide for the government
/// (its officers, administrators) get it: the support centre may not answer or publish.</summary>
public sealed class PlansToFinish : IInboxSource
{
    /// <inheritdoc/>
    public IEnumerable<InboxItem> Items(InboxFacts facts, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(actor);
        return (facts.GovernmentPlans ?? []).Where(p => actor.CanDecideFor(p.Government.Id, p.Government.IsNational)).Select(p => p.OpenOpinionId is { } opinion
            ? new InboxItem($"plan-opinion:{p.Id}:{opinion}", InboxKind.PlanToFinish,
                $"{p.Government.NameKo} 계획 검토 의견 답변: {p.Title}({p.Revision}차)", $"Answer the review opinions on your plan: {p.Government.NameEn}, {p.Title} (revision {p.Revision})",
                $"/plans/{p.Id}#review-title", null, p.Since, p.Government.Id)
            : new InboxItem($"plan-publish:{p.Id}", InboxKind.PlanToFinish,
                $"{p.Government.NameKo} 계획 공개: {p.Title}({p.Revision}차) 검토 완료", $"Publish your reviewed plan: {p.Government.NameEn}, {p.Title} (revision {p.Revision})",
                $"/plans/{p.Id}", null, p.Since, p.Government.Id));
    }
}
