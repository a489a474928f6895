namespace Tanso.Core.Access;

/// <summary>
/// Who is acting, and so what they may see and change. The rules of the platform's authorization live
/// here, pure, so that every endpoint asks the same questions and the answers are tested in one place.
/// </summary>
/// <param name="UserId">The account, or null for the public and for system processes.</param>
/// <param name="Name">Shown in the audit trail.</param>
/// <param name="Roles">Roles held.</param>
/// <param name="GovernmentIds">Governments a regional officer or support-centre staff member is bound to.</param>
public sealed record Actor(string? UserId, string Name, IReadOnlySet<Role> Roles, IReadOnlySet<int> GovernmentIds)
{
    /// <summary>The anonymous public.</summary>
    public static Actor Public { get; } = new(null, "public", new HashSet<Role>(), new HashSet<int>());

    /// <summary>A process acting on its own (seeding, the CLI).</summary>
    public static Actor System(string name) => new(null, name, new HashSet<Role> { Role.SystemAdmin }, new HashSet<int>());

    /// <summary>Signed in.</summary>
    public bool IsAuthenticated => UserId is not null;

    /// <summary>Holds <paramref name="role"/>.</summary>
    public bool Is(Role role) => Roles.Contains(role);

    /// <summary>Manages users, roles and their governments.</summary>
    public bool CanManageUsers => Is(Role.SystemAdmin);

    /// <summary>Changes official national figures (inventory, targets, scenarios).</summary>
    public bool CanEditNationalFigures => Is(Role.SystemAdmin) || Is(Role.NationalOfficer);

    /// <summary>Changes the register of governments (names, codes, validity).</summary>
    public bool CanEditGovernmentRegister => Is(Role.SystemAdmin);

    /// <summary>Reads the audit trail.</summary>
    public bool CanReadAudit => Is(Role.SystemAdmin) || Is(Role.NationalOfficer);

    /// <summary>
    /// Changes the data of one government (drafts its inventory, plan, reports): an administrator, a national
    /// officer for the nation, a regional officer bound to it, or support-centre staff bound to it.
    /// </summary>
    public bool CanEditGovernment(int governmentId, bool isNational) =>
        CanDecideFor(governmentId, isNational) || (Is(Role.SupportCentre) && GovernmentIds.Contains(governmentId));

    /// <summary>
    /// Acts in the government's name (submits, approves, answers opinions and replies): its officers only, never
    /// support-centre staff, who draft for it.
    /// </summary>
    public bool CanDecideFor(int governmentId, bool isNational) =>
        Is(Role.SystemAdmin)
        || (isNational && Is(Role.NationalOfficer))
        || (Is(Role.RegionalOfficer) && GovernmentIds.Contains(governmentId));

    /// <summary>Sees a government's unpublished work (drafts): exactly those who may edit it. Nobody sees
    /// another government's drafts.</summary>
    public bool CanSeeDrafts(int governmentId, bool isNational) => CanEditGovernment(governmentId, isNational);
}
