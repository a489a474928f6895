using Tanso.Core.Access;
using Tanso.Core.Governments;

namespace Tanso.Core.Plans;

/// <summary>The government a plan belongs to, as the policy needs it.</summary>
/// <param name="Id">The government.</param>
/// <param name="Level">National, 시·도 or 시·군·구.</param>
/// <param name="ParentId">The 시·도 of a 시·군·구 (it receives the plan too, Art 12); null otherwise.</param>
public sealed record PlanGovernment(int Id, GovernmentLevel Level, int? ParentId);

/// <summary>How a person stands to a plan's government.</summary>
public enum PlanRelation
{
    /// <summary>No tie: another government's officer, an evaluator, the public.</summary>
    None,

    /// <summary>An officer of the plan's government (a national officer for the national plan), or an administrator.</summary>
    Officer,

    /// <summary>Support-centre staff (탄소중립지원센터) bound to the plan's government.</summary>
    SupportCentre,

    /// <summary>An officer of the 시·도 a 시·군·구 plan is also submitted to.</summary>
    Province,

    /// <summary>National staff reviewing a regional plan (national officers, administrators).</summary>
    NationalReviewer,
}

/// <summary>Who may take which step of a plan: role × relation to the plan's government × step. The government side
/// drafts, deliberates, submits, answers and publishes; support centres only draft; national staff receive, review and
/// approve; a 시·도 writes opinions on its 시·군·구' plans. Nobody approves their own work: the person who submitted a plan
/// cannot receive or approve it (checked by <see cref="Plan"/>, which knows who submitted).</summary>
public static class PlanPolicy
{
    /// <summary>Every tie <paramref name="actor"/> has to <paramref name="government"/> (an administrator is officer and reviewer).</summary>
    public static IReadOnlySet<PlanRelation> Relations(Actor actor, PlanGovernment government)
    {
        var national = government.Level == GovernmentLevel.National;
        var ties = new HashSet<PlanRelation>();
        var bound = actor.GovernmentIds.Contains(government.Id);
        if (actor.Is(Role.SystemAdmin) || (actor.Is(Role.RegionalOfficer) && bound) || (national && actor.Is(Role.NationalOfficer)))
        {
            ties.Add(PlanRelation.Officer);
        }
        if (actor.Is(Role.SupportCentre) && bound)
        {
            ties.Add(PlanRelation.SupportCentre);
        }
        if (actor.Is(Role.RegionalOfficer) && government.ParentId is { } parent && government.Level == GovernmentLevel.Municipality
            && actor.GovernmentIds.Contains(parent))
        {
            ties.Add(PlanRelation.Province);
        }
        // The national plan is reviewed by national staff too (by another person than the one who submitted it).
        if (actor.Is(Role.SystemAdmin) || actor.Is(Role.NationalOfficer))
        {
            ties.Add(PlanRelation.NationalReviewer);
        }
        return ties;
    }

    /// <summary>Whether <paramref name="actor"/> may take <paramref name="step"/> on a plan of <paramref name="government"/>,
    /// whatever state it is in (the state is <see cref="PlanWorkflow"/>'s question).</summary>
    public static Verdict Decide(Actor actor, PlanGovernment government, PlanStep step)
    {
        var ties = Relations(actor, government);
        var allowed = step switch
        {
            PlanStep.Edit or PlanStep.Revise => ties.Contains(PlanRelation.Officer) || ties.Contains(PlanRelation.SupportCentre),
            PlanStep.RecordCommittee or PlanStep.Reopen or PlanStep.Submit or PlanStep.Answer or PlanStep.Publish => ties.Contains(PlanRelation.Officer),
            PlanStep.Opine => ties.Contains(PlanRelation.NationalReviewer) || ties.Contains(PlanRelation.Province),
            _ => ties.Contains(PlanRelation.NationalReviewer),
        };
        if (allowed)
        {
            return Verdict.Yes;
        }
        if (ties.Contains(PlanRelation.SupportCentre))
        {
            return Verdict.No($"탄소중립지원센터는 계획 작성만 돕습니다: '{step.Korean()}'은(는) 지자체 담당자가 합니다.",
                $"Support-centre staff help draft the plan; to {step.English()} is for the government's officers.");
        }
        return step switch
        {
            PlanStep.Receive or PlanStep.Return or PlanStep.Approve => Verdict.No(
                $"'{step.Korean()}'은(는) 계획을 제출받는 중앙부처(환경부) 담당자가 합니다.",
                $"To {step.English()} is for the national staff the plan is submitted to."),
            PlanStep.Opine => Verdict.No("검토 의견은 중앙부처 담당자와, 시·군·구 계획이면 해당 시·도 담당자가 씁니다.",
                "Review opinions are written by national staff and, for a 시·군·구 plan, by its 시·도's officers."),
            _ => Verdict.No($"'{step.Korean()}'은(는) 이 계획을 세우는 지자체의 담당자만 할 수 있습니다.",
                $"Only officers of the plan's government may {step.English()}."),
        };
    }

    /// <summary>Whether <paramref name="actor"/> may retire a task of a submitted plan: a decision in the government's name,
    /// so its officers only (support centres draft; reviewers do not change the plan they review).</summary>
    public static Verdict DecideRetire(Actor actor, PlanGovernment government)
    {
        var ties = Relations(actor, government);
        if (ties.Contains(PlanRelation.Officer))
        {
            return Verdict.Yes;
        }
        return ties.Contains(PlanRelation.SupportCentre)
            ? Verdict.No("탄소중립지원센터는 계획 작성만 돕습니다: 과제 폐지는 지자체 담당자가 합니다.", "Support-centre staff help draft the plan; retiring a task is for the government's officers.")
            : Verdict.No("과제 폐지는 이 계획을 세우는 지자체의 담당자만 할 수 있습니다.", "Only officers of the plan's government may retire a task.");
    }

    /// <summary>Whether <paramref name="actor"/> sees a revision in <paramref name="status"/>: everyone a published one;
    /// reviewers (national staff, the 시·도 of a 시·군·구) one from submission on; the government side every one.</summary>
    public static bool CanSee(Actor actor, PlanGovernment government, PlanStatus status)
    {
        if (status == PlanStatus.Published)
        {
            return true;
        }
        var ties = Relations(actor, government);
        return ties.Contains(PlanRelation.Officer) || ties.Contains(PlanRelation.SupportCentre)
            || (PlanWorkflow.IsSubmitted(status) && (ties.Contains(PlanRelation.NationalReviewer) || ties.Contains(PlanRelation.Province)));
    }

    /// <summary>The steps <paramref name="actor"/> may take now on a plan in <paramref name="status"/>: both the policy and the workflow allow them.</summary>
    public static IReadOnlyList<PlanStep> Next(Actor actor, PlanGovernment government, PlanStatus status) =>
        PlanWorkflow.Open(status).Where(s => Decide(actor, government, s).Allowed).ToList();
}
