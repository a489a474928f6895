namespace Tanso.Core.Checks;

/// <summary>Who issued an improvement opinion.</summary>
public enum OpinionIssuer
{
    /// <summary>점검위원: an evaluator of the check.</summary>
    Evaluator,

    /// <summary>위원회: the (national or local) carbon-neutrality committee.</summary>
    Committee,
}

/// <summary>A government's answer to an improvement opinion.</summary>
public enum OpinionResponse
{
    /// <summary>수용: accepted, to be reflected; stays open until it is.</summary>
    Accepted,

    /// <summary>계획 반영: reflected in a plan revision (its number is recorded); closed.</summary>
    ReflectedInPlan,

    /// <summary>불수용: not accepted, with the special circumstances given as the reason; closed.</summary>
    NotAccepted,
}

/// <summary>
/// An improvement opinion (개선의견) issued in a check cycle to a government, optionally about one task. The
/// Framework Act (Art 13(3)) wants it reflected unless special circumstances exist, so every opinion carries
/// the government's answer; unanswered or accepted-but-not-reflected opinions stay open and are carried into
/// the next cycle, linked to the one they came from. A mistaken opinion may be withdrawn (with the reason) until
/// the government answers it; a withdrawn opinion is closed, is not answered and is not carried over.
/// </summary>
public sealed class ImprovementOpinion : IVersioned
{
    /// <summary>Issues an opinion.</summary>
    /// <exception cref="ArgumentException">A blank text.</exception>
    public ImprovementOpinion(int cycleId, int governmentId, int? taskId, OpinionIssuer issuer, string text, DateOnly issuedOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        (CycleId, GovernmentId, TaskId, Issuer, Text, IssuedOn) = (cycleId, governmentId, taskId, issuer, text.Trim(), issuedOn);
    }

    /// <summary>Identity.</summary>
    public int Id { get; private set; }

    /// <inheritdoc/>
    public int Version { get; private set; }

    /// <summary>The cycle it is listed in.</summary>
    public int CycleId { get; private set; }

    /// <summary>The government it is addressed to.</summary>
    public int GovernmentId { get; private set; }

    /// <summary>The task it is about, if one.</summary>
    public int? TaskId { get; private set; }

    /// <summary>Evaluator or committee.</summary>
    public OpinionIssuer Issuer { get; private set; }

    /// <summary>The opinion.</summary>
    public string Text { get; private set; }

    /// <summary>When it was first issued (kept when carried over).</summary>
    public DateOnly IssuedOn { get; private set; }

    /// <summary>The answer, or null while unanswered.</summary>
    public OpinionResponse? Response { get; private set; }

    /// <summary>The plan revision that reflects it (with <see cref="OpinionResponse.ReflectedInPlan"/>).</summary>
    public int? PlanRevision { get; private set; }

    /// <summary>Why it is not accepted (with <see cref="OpinionResponse.NotAccepted"/>).</summary>
    public string? Reason { get; private set; }

    /// <summary>When it was answered.</summary>
    public DateOnly? RespondedOn { get; private set; }

    /// <summary>The opinion of the previous cycle this one carries over, when it does.</summary>
    public int? CarriedFromId { get; private set; }

    /// <summary>The previous cycle's opinion, when loaded or just carried.</summary>
    public ImprovementOpinion? CarriedFrom { get; private set; }

    /// <summary>The id of the opinion as first issued, when this one is carried over and that one was saved.</summary>
    public int? OriginalId { get; private set; }

    /// <summary>How many cycles it has been carried (0 when issued in this cycle).</summary>
    public int TimesCarried { get; private set; }

    /// <summary>When it was withdrawn, or null while it stands.</summary>
    public DateOnly? WithdrawnOn { get; private set; }

    /// <summary>Why it was withdrawn (with <see cref="WithdrawnOn"/>).</summary>
    public string? WithdrawalReason { get; private set; }

    /// <summary>True once withdrawn.</summary>
    public bool IsWithdrawn => WithdrawnOn is not null;

    /// <summary>True when it stands and is unanswered, or accepted but not yet reflected in the plan.</summary>
    public bool IsOpen => !IsWithdrawn && Response is (null or OpinionResponse.Accepted);

    /// <summary>Records the government's answer; a refused answer changes nothing. An answer may replace an
    /// earlier one, except once the opinion is reflected in a plan.</summary>
    /// <returns>Null when recorded; otherwise why not, in Korean and English.</returns>
    public (string Ko, string En)? Respond(OpinionResponse response, DateOnly on, int? planRevision = null, string? reason = null)
    {
        if (IsWithdrawn)
        {
            return ("철회된 의견에는 답변하지 않습니다.", "The opinion was withdrawn; it is not answered.");
        }
        if (Response == OpinionResponse.ReflectedInPlan)
        {
            return ("이미 계획에 반영된 의견입니다.", "The opinion is already reflected in the plan.");
        }
        if (response == OpinionResponse.ReflectedInPlan && planRevision is not > 0)
        {
            return ("계획 반영에는 반영한 계획의 개정 차수가 필요합니다.", "Reflected in the plan: give the number of the plan revision.");
        }
        if (response == OpinionResponse.NotAccepted && string.IsNullOrWhiteSpace(reason))
        {
            return ("불수용에는 사유가 필요합니다.", "Not accepted: give the reason.");
        }
        (Response, RespondedOn) = (response, on);
        PlanRevision = response == OpinionResponse.ReflectedInPlan ? planRevision : null;
        Reason = response == OpinionResponse.NotAccepted ? reason!.Trim() : null;
        return null;
    }

    /// <summary>Withdraws a mistaken opinion, with the reason; a refused withdrawal changes nothing. Only an opinion
    /// the government has not answered yet can be withdrawn: once answered, the answer stands on the record.</summary>
    /// <returns>Null when withdrawn; otherwise why not, in Korean and English.</returns>
    public (string Ko, string En)? Withdraw(DateOnly on, string reason)
    {
        if (IsWithdrawn)
        {
            return ("이미 철회된 의견입니다.", "The opinion is already withdrawn.");
        }
        if (Response is not null)
        {
            return ("정부가 이미 답변한 의견은 철회할 수 없습니다.", "The government has already answered the opinion; it cannot be withdrawn.");
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            return ("철회에는 사유가 필요합니다.", "Withdrawing: give the reason.");
        }
        (WithdrawnOn, WithdrawalReason) = (on, reason.Trim());
        return null;
    }

    /// <summary>Carries the opinion into the next cycle: same government, task, issuer, text and issue date, the
    /// answer so far (an accepted opinion stays accepted), linked to this one.</summary>
    public ImprovementOpinion CarryInto(int nextCycleId) => new(nextCycleId, GovernmentId, TaskId, Issuer, Text, IssuedOn)
    {
        Response = Response, RespondedOn = RespondedOn, CarriedFrom = this, TimesCarried = TimesCarried + 1,
        CarriedFromId = Id == 0 ? null : Id, OriginalId = OriginalId ?? (Id == 0 ? null : Id),
    };

    /// <summary>The opinion as first issued, following the loaded carry-over links back.</summary>
    public ImprovementOpinion Original => CarriedFrom?.Original ?? this;
}

/// <summary>Opinions carried from one cycle to the next; see docs/methodology-checks.md §9.</summary>
public static class OpinionCarryOver
{
    /// <summary>The open opinions of last cycle (withdrawn ones are not open), as new opinions of <paramref name="nextCycleId"/> linked to them.</summary>
    public static IReadOnlyList<ImprovementOpinion> Carry(IEnumerable<ImprovementOpinion> lastCycle, int nextCycleId) =>
        lastCycle.Where(o => o.IsOpen).Select(o => o.CarryInto(nextCycleId)).ToList();
}
