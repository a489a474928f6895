namespace Tanso.Core.Plans;

// The plan's way to publication: each step checks the workflow and the plan's own facts, records who and when,
// and changes nothing when refused. Who may take a step is PlanPolicy's question, asked before.
public sealed partial class Plan
{
    private readonly List<PlanReviewOpinion> opinions = [];

    /// <summary>Whose move it is now (stored, so that an inbox finds "plans waiting for me" with one query).</summary>
    public PlanParty WaitingFor { get; private set; } = PlanParty.Government;

    /// <summary>Date of the local committee's deliberation.</summary>
    public DateOnly? CommitteeDate { get; private set; }

    /// <summary>What the committee decided.</summary>
    public CommitteeDecision? CommitteeDecision { get; private set; }

    /// <summary>The minutes' file name (the file itself is <see cref="PlanCommitteeMinutes"/>).</summary>
    public string? CommitteeMinutesName { get; private set; }

    /// <summary>Who submitted the plan to the Minister.</summary>
    public string? SubmittedById { get; private set; }

    /// <summary>Who submitted, as shown.</summary>
    public string? SubmittedByName { get; private set; }

    /// <summary>When it was submitted.</summary>
    public DateTime? SubmittedAtUtc { get; private set; }

    /// <summary>The national officer who received it.</summary>
    public string? ReviewerId { get; private set; }

    /// <summary>The reviewer, as shown.</summary>
    public string? ReviewerName { get; private set; }

    /// <summary>When the review ended (approved or returned).</summary>
    public DateTime? ReviewedAtUtc { get; private set; }

    /// <summary>Why the reviewer returned it, when they did (kept until it is submitted again).</summary>
    public string? ReturnReason { get; private set; }

    /// <summary>When it was published.</summary>
    public DateTime? PublishedAtUtc { get; private set; }

    /// <summary>Review opinions on this revision, answered or not.</summary>
    public IReadOnlyList<PlanReviewOpinion> Opinions => opinions;

    /// <summary>Records the committee's deliberation: Draft → Deliberated.</summary>
    public Verdict RecordCommittee(DateOnly date, CommitteeDecision decision, string minutesFileName, DateOnly today)
    {
        if (date > today)
        {
            return Verdict.No($"위원회 심의일 {date:yyyy-MM-dd}이(가) 오늘({today:yyyy-MM-dd})보다 뒤입니다.", $"The committee date {date:yyyy-MM-dd} is after today ({today:yyyy-MM-dd}).");
        }
        if (string.IsNullOrWhiteSpace(minutesFileName))
        {
            return Verdict.No("위원회 회의록 파일을 붙이십시오.", "Attach the committee's minutes.");
        }
        return Take(PlanStep.RecordCommittee, () => (CommitteeDate, CommitteeDecision, CommitteeMinutesName) = (date, decision, minutesFileName.Trim()));
    }

    /// <summary>Back to draft before submission; the committee record goes (a changed draft needs deliberating again).</summary>
    public Verdict Reopen() => Take(PlanStep.Reopen, ClearCommittee);

    /// <summary>Submits to the Minister (and the 시·도): Deliberated → Submitted.</summary>
    public Verdict Submit(PlanActor by, DateTime atUtc) => Take(PlanStep.Submit, () =>
    {
        (SubmittedById, SubmittedByName, SubmittedAtUtc, ReturnReason) = (by.UserId, by.Name, atUtc, null);
        (ReviewerId, ReviewerName, ReviewedAtUtc) = (null, null, null);
    });

    /// <summary>National staff take the plan up: Submitted → UnderReview; not by the person who submitted it.</summary>
    public Verdict Receive(PlanActor by) => NotOwnWork(by, PlanStep.Receive) ?? Take(PlanStep.Receive, () => (ReviewerId, ReviewerName) = (by.UserId, by.Name));

    /// <summary>A reviewer's opinion on a submitted plan; the plan then waits for the government's answer.</summary>
    public Verdict Opine(PlanActor by, bool fromProvince, string text, DateTime atUtc)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > TextLimits.Paragraph)
        {
            return Verdict.No($"검토 의견을 1–{TextLimits.Paragraph}자로 쓰십시오.", $"Write the opinion in 1–{TextLimits.Paragraph} characters.");
        }
        return Take(PlanStep.Opine, () => opinions.Add(new PlanReviewOpinion(by, fromProvince, text.Trim(), atUtc)));
    }

    /// <summary>The government answers opinion <paramref name="opinionId"/>.</summary>
    public Verdict Answer(int opinionId, PlanActor by, string text, DateTime atUtc)
    {
        if (opinions.SingleOrDefault(o => o.Id == opinionId) is not { } opinion)
        {
            return Verdict.No($"이 계획에 {opinionId}번 검토 의견이 없습니다.", $"This plan has no review opinion {opinionId}.");
        }
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > TextLimits.Reply)
        {
            return Verdict.No($"답변을 1–{TextLimits.Reply}자로 쓰십시오.", $"Write the answer in 1–{TextLimits.Reply} characters.");
        }
        return Take(PlanStep.Answer, () => opinion.Reply(by, text.Trim(), atUtc));
    }

    /// <summary>The reviewer sends the plan back to draft with the reason; it must pass the committee again.</summary>
    public Verdict Return(PlanActor by, string reason, DateTime atUtc)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > TextLimits.Note)
        {
            return Verdict.No($"보완 요구 사유를 1–{TextLimits.Note}자로 쓰십시오.", $"Write the reason for returning it in 1–{TextLimits.Note} characters.");
        }
        return NotOwnWork(by, PlanStep.Return) ?? Take(PlanStep.Return, () =>
        {
            (ReturnReason, ReviewerId, ReviewerName, ReviewedAtUtc) = (reason.Trim(), by.UserId, by.Name, atUtc);
            ClearCommittee();
        });
    }

    /// <summary>The reviewer finishes the review: UnderReview → Approved; every opinion must be answered, and the
    /// person who submitted cannot approve.</summary>
    public Verdict Approve(PlanActor by, DateTime atUtc)
    {
        if (NotOwnWork(by, PlanStep.Approve) is { } own)
        {
            return own;
        }
        var open = opinions.Count(o => !o.IsAnswered);
        if (open > 0 && Status == PlanStatus.UnderReview)
        {
            return Verdict.No($"답변을 기다리는 검토 의견이 {open}건 있습니다: 지자체가 모두 답변한 뒤 검토를 마칩니다.",
                $"{open} review opinion(s) still await the government's answer; the review ends once all are answered.");
        }
        return Take(PlanStep.Approve, () => (ReviewerId, ReviewerName, ReviewedAtUtc) = (by.UserId, by.Name, atUtc));
    }

    /// <summary>The government publishes the reviewed plan: Approved → Published.</summary>
    public Verdict Publish(DateTime atUtc) => Take(PlanStep.Publish, () => PublishedAtUtc = atUtc);

    /// <summary>Who the plan waits for in <paramref name="status"/>, given whether opinions are unanswered.</summary>
    public static PlanParty Awaiting(PlanStatus status, bool openOpinions) => status switch
    {
        PlanStatus.Published => PlanParty.Nobody,
        PlanStatus.Submitted or PlanStatus.UnderReview => openOpinions ? PlanParty.Government : PlanParty.Reviewers,
        _ => PlanParty.Government,
    };

    private Verdict? NotOwnWork(PlanActor by, PlanStep step) =>
        by.SamePersonAs(SubmittedById, SubmittedByName)
            ? Verdict.No($"계획을 제출한 사람은 그 계획을 '{step.Korean()}'할 수 없습니다: 다른 검토자가 해야 합니다.",
                $"The person who submitted the plan cannot {step.English()} it: another reviewer must.")
            : null;

    private Verdict Take(PlanStep step, Action record)
    {
        var (next, verdict) = PlanWorkflow.Move(Status, step);
        if (!verdict.Allowed)
        {
            return verdict;
        }
        record();
        Status = next;
        WaitingFor = Awaiting(Status, opinions.Any(o => !o.IsAnswered));
        return verdict;
    }

    private void ClearCommittee() => (CommitteeDate, CommitteeDecision, CommitteeMinutesName) = (null, null, null);
}
