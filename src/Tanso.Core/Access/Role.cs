namespace Tanso.Core.Access;

/// <summary>What a signed-in person may do. The anonymous public has no role.</summary>
public enum Role
{
    /// <summary>시스템 관리자 — manages users, roles and reference data.</summary>
    SystemAdmin,

    /// <summary>중앙부처·위원회 담당자 — ministry or commission staff; edits national data.</summary>
    NationalOfficer,

    /// <summary>지자체 담당자 — edits only the data of the governments they are bound to.</summary>
    RegionalOfficer,

    /// <summary>평가위원 — sees and scores only the check cycles assigned to them.</summary>
    Evaluator,

    /// <summary>탄소중립지원센터 담당자 — bound to the governments the centre supports (Framework Act Art 68); drafts their
    /// plans, inventories and progress reports, but never submits, approves or answers on their behalf.</summary>
    SupportCentre,
}

/// <summary>Stable names of roles, as stored and as shown.</summary>
public static class Roles
{
    /// <summary>Every role in display order.</summary>
    public static IReadOnlyList<Role> All { get; } = [Role.SystemAdmin, Role.NationalOfficer, Role.RegionalOfficer, Role.SupportCentre, Role.Evaluator];

    /// <summary>The stored name, e.g. <c>regional-officer</c>.</summary>
    public static string Name(this Role role) => role switch
    {
        Role.SystemAdmin => "admin",
        Role.NationalOfficer => "national-officer",
        Role.RegionalOfficer => "regional-officer",
        Role.SupportCentre => "support-centre",
        _ => "evaluator",
    };

    /// <summary>Korean label.</summary>
    public static string Korean(this Role role) => role switch
    {
        Role.SystemAdmin => "시스템 관리자",
        Role.NationalOfficer => "중앙부처·위원회 담당자",
        Role.RegionalOfficer => "지자체 담당자",
        Role.SupportCentre => "탄소중립지원센터 담당자",
        _ => "평가위원",
    };

    /// <summary>English label.</summary>
    public static string English(this Role role) => role switch
    {
        Role.SystemAdmin => "System administrator",
        Role.NationalOfficer => "National officer",
        Role.RegionalOfficer => "Regional officer",
        Role.SupportCentre => "Support-centre staff",
        _ => "Evaluator",
    };

    /// <summary>Parses a stored name; null when unknown.</summary>
    public static Role? FromName(string name) => All.Where(r => r.Name() == name).Select(r => (Role?)r).FirstOrDefault();
}
