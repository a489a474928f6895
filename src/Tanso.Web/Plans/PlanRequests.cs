namespace Tanso.Web.Plans;

/// <param name="BaseEdition">When set, the base is the government's gross emissions of the base year in that inventory edition
/// (BaseEmissionsTCo2eq and BaseSource are then filled in from it).</param>
/// <param name="Basis">What the targets count: gross, net (LULUCF included) or net-with-adjustments; null keeps the plan's (gross for a new one).</param>
/// <param name="Adjustments">With net-with-adjustments: ccus, international-credits, direct-air-capture.</param>
/// <param name="Guidelines">The IPCC guidelines of the inventory the targets were set on: 1996, 2006 or not-stated.</param>
internal sealed record PlanHeader(string Title, int PeriodStart, int PeriodEnd, int BaseYear, decimal BaseEmissionsTCo2eq, string BaseSource,
    string? ScopeNote, int? NetZeroYear, string? Interpolation, int Version = 0, string? BaseEdition = null,
    string? Basis = null, IReadOnlyList<string>? Adjustments = null, string? Guidelines = null);

internal sealed record TrajectoryPointInput(string? Sector, int Year, decimal ValueTCo2eq);

internal sealed record TrajectoryInput(int Version, IReadOnlyList<TrajectoryPointInput> Points);

internal sealed record TargetInput(int Year, string? Sector, string Kind, decimal Value);

internal sealed record TargetsInput(int Version, IReadOnlyList<TargetInput> Targets);

internal sealed record KpiInput(string Name, string Unit, string Direction, decimal BaseValue, Dictionary<int, decimal>? Targets);

internal sealed record TaskYearInput(int Year, decimal? BudgetKrw, decimal? ExpectedReductionTCo2eq);

internal sealed record TaskInput(int Version, string Level, string Code, string? ParentCode, string Name, string? Department, string? Sector,
    int StartYear, int EndYear, IReadOnlyList<TaskYearInput>? Years, IReadOnlyList<KpiInput>? Kpis);

internal sealed record TransitionInput(string Action, int Version);

internal sealed record VersionInput(int Version);

/// <param name="FromYear">The first year the task no longer counts.</param>
/// <param name="Reason">Why it is retired.</param>
internal sealed record RetireInput(int Version, int FromYear, string? Reason);
