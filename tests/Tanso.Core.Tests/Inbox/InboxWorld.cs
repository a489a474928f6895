using Tanso.Core.Access;
using Tanso.Core.Checks;
using Tanso.Core.Inbox;
using Tanso.Core.Plans;

namespace Tanso.Core.Tests.Inbox;

/// <summary>Facts and people for inbox tests: Busan (id 26), Daegu (27), the nation (1).</summary>
internal static class InboxWorld
{
    public static readonly GovernmentRef Busan = new(26, "부산광역시", "Busan", false);
    public static readonly GovernmentRef Daegu = new(27, "대구광역시", "Daegu", false);
    public static readonly GovernmentRef Nation = new(1, "대한민국", "Republic of Korea", true);

    public static readonly DateOnly Today = new(2026, 11, 16);

    public static Actor Person(string id, Role role, params int[] governments) => new(id, id, new HashSet<Role> { role }, governments.ToHashSet());

    public static readonly Actor BusanOfficer = Person("busan-officer", Role.RegionalOfficer, 26);
    public static readonly Actor DaeguOfficer = Person("daegu-officer", Role.RegionalOfficer, 27);
    public static readonly Actor NationalOfficer = Person("national", Role.NationalOfficer);
    public static readonly Actor Admin = Person("admin", Role.SystemAdmin);
    public static readonly Actor Ev1 = Person("ev1", Role.Evaluator);
    public static readonly Actor Ev2 = Person("ev2", Role.Evaluator);

    public static CycleFact Cycle(int id, GovernmentRef government, CheckStage stage, DateOnly? reportDue = null, DateOnly? evaluationDue = null,
        DateOnly? submitted = null, string[]? evaluators = null, Dictionary<string, int>? scored = null, ReviewFact? review = null)
    {
        var deadlines = new Dictionary<CheckStage, DateOnly>();
        if (reportDue is { } r)
        {
            deadlines[CheckStage.Reporting] = r;
        }
        if (evaluationDue is { } e)
        {
            deadlines[CheckStage.Evaluation] = e;
        }
        return new(id, government, CheckPeriod.OfYear(2025), stage, deadlines, submitted, evaluators ?? [], 5, scored ?? [], review);
    }

    public static InboxFacts Facts(CycleFact[]? cycles = null, OpinionFact[]? opinions = null, FeedbackFact[]? feedback = null, PlanFact[]? plans = null) =>
        new(cycles ?? [], opinions ?? [], feedback ?? [], plans ?? []);

    public static PlanFact Submitted(int id, GovernmentRef government) => new(id, government, 2, "2050 탄소중립 기본계획", PlanStatus.Submitted, Today.AddDays(-1));
}
