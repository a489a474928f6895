namespace Tanso.Data.Migrations;

/// <summary>
/// Gives plans stored before the national review existed a meaning in the new workflow (the same SQL on both engines).
/// Before, "Submitted" meant handed in and locked, "Approved" meant approved by the government itself, and national
/// staff could already read both. So: Submitted stays Submitted, now waiting for national staff, who receive or
/// return it; Approved stays Approved (the checks already run on it) and its record says that no national review took
/// place; Published stays Published. Drafts wait for their government. Nothing is invented: the names written say
/// "before national review existed" rather than naming a person.
/// </summary>
public static class PlanReviewBackfill
{
    /// <summary>The statements, run in order by the S25Review migration of each engine.</summary>
    public static readonly string[] Statements =
    [
        """UPDATE "plans" SET "WaitingFor" = 'Government' WHERE "Status" IN ('Draft', 'Approved')""",
        """UPDATE "plans" SET "WaitingFor" = 'Reviewers', "SubmittedByName" = '이전 절차로 제출 (submitted before national review existed)' WHERE "Status" = 'Submitted'""",
        """UPDATE "plans" SET "WaitingFor" = 'Nobody' WHERE "Status" = 'Published'""",
        """UPDATE "plans" SET "ReviewerName" = '이전 절차: 지자체 자체 승인, 국가 검토 기록 없음 (approved by the government before national review existed)' WHERE "Status" IN ('Approved', 'Published')""",
    ];
}
