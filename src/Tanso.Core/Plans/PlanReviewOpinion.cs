namespace Tanso.Core.Plans;

/// <summary>A review opinion (검토 의견) national or 시·도 staff return on a submitted plan, and the government's answer.</summary>
public sealed class PlanReviewOpinion
{
    internal PlanReviewOpinion(PlanActor author, bool fromProvince, string text, DateTime writtenAtUtc)
    {
        (AuthorId, AuthorName, FromProvince, Text, WrittenAtUtc) = (author.UserId, author.Name, fromProvince, text, writtenAtUtc);
    }

    private PlanReviewOpinion()
    {
        AuthorName = "";
        Text = "";
    }

    /// <summary>Identity.</summary>
    public int Id { get; private set; }

    /// <summary>The plan revision it is about.</summary>
    public int PlanId { get; private set; }

    /// <summary>The reviewer's account.</summary>
    public string? AuthorId { get; private set; }

    /// <summary>The reviewer's name, as shown.</summary>
    public string AuthorName { get; private set; }

    /// <summary>Written by the 시·도 a 시·군·구 plan was also submitted to (else by national staff).</summary>
    public bool FromProvince { get; private set; }

    /// <summary>The opinion.</summary>
    public string Text { get; private set; }

    /// <summary>When it was written.</summary>
    public DateTime WrittenAtUtc { get; private set; }

    /// <summary>The government's answer; null while unanswered.</summary>
    public string? Answer { get; private set; }

    /// <summary>Who answered.</summary>
    public string? AnsweredByName { get; private set; }

    /// <summary>When it was answered.</summary>
    public DateTime? AnsweredAtUtc { get; private set; }

    /// <summary>True once the government has answered.</summary>
    public bool IsAnswered => Answer is not null;

    internal void Reply(PlanActor by, string answer, DateTime atUtc) => (Answer, AnsweredByName, AnsweredAtUtc) = (answer, by.Name, atUtc);
}

/// <summary>What the local carbon-neutrality committee decided (Framework Act Art 11(1): the plan passes its deliberation).</summary>
public enum CommitteeDecision
{
    /// <summary>원안 의결 — adopted as drafted.</summary>
    Adopted,

    /// <summary>수정 의결 — adopted with the committee's changes (made in the draft before recording).</summary>
    AdoptedWithChanges,
}

/// <summary>The minutes of the committee's deliberation, kept apart from the plan so that loading a plan does not load the file.</summary>
public sealed class PlanCommitteeMinutes
{
    /// <summary>Creates the minutes of <paramref name="planId"/>.</summary>
    public PlanCommitteeMinutes(int planId, string fileName, string contentType, byte[] content, DateTime uploadedAtUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(content);
        (PlanId, FileName, ContentType, Content, UploadedAtUtc) = (planId, fileName, contentType, content, uploadedAtUtc);
    }

    /// <summary>The plan revision (also the key: one file per revision).</summary>
    public int PlanId { get; private set; }

    /// <summary>As uploaded, e.g. 2024-제2차-탄소중립위원회-회의록.pdf.</summary>
    public string FileName { get; private set; }

    /// <summary>MIME type served back.</summary>
    public string ContentType { get; private set; }

    /// <summary>The file.</summary>
    public byte[] Content { get; private set; }

    /// <summary>When it was uploaded.</summary>
    public DateTime UploadedAtUtc { get; private set; }
}
