using Tanso.Core.Inventory;
using Tanso.Core.Quantities;

namespace Tanso.Core.Plans;

/// <summary>
/// A carbon-neutrality master plan (탄소중립 녹색성장 기본계획) of one government, in one revision. Revisions of
/// the same plan share a <see cref="LineageId"/>; changing an approved or published plan starts the next revision
/// as a draft, and earlier revisions stay as they were.
/// </summary>
public sealed partial class Plan : IVersioned
{
    /// <summary>Creates the first revision of a plan, as a draft.</summary>
    public Plan(int governmentId, string title, int periodStart, int periodEnd, int baseYear, TonnesCo2e baseEmissions, string baseSource)
    {
        GovernmentId = governmentId;
        Revision = 1;
        Status = PlanStatus.Draft;
        Title = title;
        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
        BaseYear = baseYear;
        BaseEmissions = baseEmissions;
        BaseSource = baseSource;
        Validate();
    }

    /// <summary>Identity.</summary>
    public int Id { get; private set; }

    /// <summary>The id shared by every revision (the first revision's id; 0 until it is saved).</summary>
    public int LineageId { get; private set; }

    /// <summary>The government whose plan it is.</summary>
    public int GovernmentId { get; private set; }

    /// <summary>1 for the first plan, then 2, 3… (개정 차수).</summary>
    public int Revision { get; private set; }

    /// <summary>Where the revision is in its approval.</summary>
    public PlanStatus Status { get; private set; }

    /// <summary>e.g. 부산광역시 탄소중립 녹색성장 기본계획 (2024–2033).</summary>
    public string Title { get; private set; }

    /// <summary>First year of the plan period.</summary>
    public int PeriodStart { get; private set; }

    /// <summary>Last year of the plan period.</summary>
    public int PeriodEnd { get; private set; }

    /// <summary>The base year targets are measured against.</summary>
    public int BaseYear { get; private set; }

    /// <summary>Base-year emissions (tCO2eq) within the plan's scope.</summary>
    public TonnesCo2e BaseEmissions { get; private set; }

    /// <summary>Where the base comes from: an inventory edition or a document.</summary>
    public string BaseSource { get; private set; }

    /// <summary>The inventory edition the base was taken from, when it was.</summary>
    public int? BaseEditionId { get; private set; }

    /// <summary>What the plan covers, e.g. "emissions under the city's control" (관할 배출량).</summary>
    public string ScopeNote { get; private set; } = "";

    /// <summary>The year net zero is to be reached, e.g. 2050 (2045 for Gwangju and Chungnam).</summary>
    public int? NetZeroYear { get; private set; }

    /// <summary>How the yearly trajectory is drawn between targets.</summary>
    public Interpolation Interpolation { get; private set; } = Interpolation.StraightLine;

    /// <summary>What the plan's targets and trajectory count (gross, net, net with adjustments) and the IPCC guidelines
    /// of the inventory they were set on; every target of the plan shares it, so its trajectory is on one basis.</summary>
    public EmissionsBasis Basis
    {
        get => new(BasisKind, BasisAdjustments, BasisGuidelines);
        private set => (BasisKind, BasisAdjustments, BasisGuidelines) = (value.Kind, value.Adjustments, value.Guidelines);
    }

    /// <summary>Stored part of <see cref="Basis"/>.</summary>
    public BasisKind BasisKind { get; private set; }

    /// <summary>Stored part of <see cref="Basis"/>.</summary>
    public BasisAdjustments BasisAdjustments { get; private set; }

    /// <summary>Stored part of <see cref="Basis"/>.</summary>
    public IpccGuidelines BasisGuidelines { get; private set; }

    /// <summary>Built by code for demonstration, labelled 예시 데이터.</summary>
    public bool IsSample { get; private set; }

    /// <inheritdoc/>
    public int Version { get; private set; }

    private readonly List<PlanTarget> targets = [];
    private readonly List<PlanTrajectoryPoint> manualPoints = [];
    private readonly List<PlanTask> tasks = [];

    /// <summary>Targets, total (no sector) and per sector; changed by <see cref="SetTargets"/>.</summary>
    public IReadOnlyList<PlanTarget> Targets => targets;

    /// <summary>Hand-entered yearly values, used when <see cref="Interpolation"/> is manual; changed by <see cref="SetManualPoints"/>.</summary>
    public IReadOnlyList<PlanTrajectoryPoint> ManualPoints => manualPoints;

    /// <summary>Sets the inventory edition the base was taken from.</summary>
    public void TakeBaseFrom(int editionId, TonnesCo2e baseEmissions, string source)
    {
        EnsureEditable();
        (BaseEditionId, BaseEmissions, BaseSource) = (editionId, baseEmissions, source);
        Validate();
    }

    /// <summary>The yearly path of the total or of one sector: from its base through its resolved targets
    /// (the total also to zero in the net-zero year), or the hand-entered values for a manual plan.</summary>
    public (IReadOnlyList<YearValue> Values, IReadOnlyList<string> Notes) PathOf(Sectors.SectorCode? sector, TonnesCo2e start, IReadOnlyDictionary<Sectors.SectorCode, TonnesCo2e> sectorBases)
    {
        var milestones = Targets.Where(t => t.Sector == sector && t.Year > BaseYear && t.Resolve(this, sectorBases) is not null)
            .Select(t => new YearValue(t.Year, t.Resolve(this, sectorBases)!.Value)).ToList();
        if (sector is null && NetZeroYear is { } z && milestones.All(m => m.Year != z))
        {
            milestones.Add(new YearValue(z, TonnesCo2e.Zero));
        }
        var manual = ManualPoints.Where(p => p.Sector == sector).Select(p => new YearValue(p.Year, p.Value)).ToList();
        if (Interpolation == Interpolation.Manual && manual.Count > 0)
        {
            try
            {
                return Trajectory.Build(new YearValue(BaseYear, start), milestones, Interpolation.Manual, manual);
            }
            catch (ArgumentException e)
            {
                return ([new YearValue(BaseYear, start), .. manual.OrderBy(m => m.Year)], [e.Message]);
            }
        }
        if (milestones.Count == 0)
        {
            return ([new YearValue(BaseYear, start)], []);
        }
        var method = Interpolation == Interpolation.Manual ? Interpolation.StraightLine : Interpolation;
        return Trajectory.Build(new YearValue(BaseYear, start), milestones, method);
    }
    /// <summary>Implementation tasks (areas, tasks, sub-projects); changed by <see cref="AddTask(TaskDraft)"/>, <see cref="ReviseTask"/>,
    /// <see cref="DeleteTask"/> and <see cref="RetireTask"/>.</summary>
    public IReadOnlyList<PlanTask> Tasks => tasks;

    /// <summary>Changes the plan's header; only a draft may change.</summary>
    public void Describe(string title, int periodStart, int periodEnd, int baseYear, TonnesCo2e baseEmissions, string baseSource, int? baseEditionId,
        string scopeNote, int? netZeroYear, Interpolation interpolation)
    {
        EnsureEditable();
        (Title, PeriodStart, PeriodEnd, BaseYear, BaseEmissions, BaseSource, BaseEditionId, ScopeNote, NetZeroYear, Interpolation) =
            (title, periodStart, periodEnd, baseYear, baseEmissions, baseSource, baseEditionId, scopeNote.Trim(), netZeroYear, interpolation);
        Validate();
    }

    /// <summary>States the basis of the plan's targets; only a draft may change.</summary>
    public void CountOn(EmissionsBasis basis)
    {
        ArgumentNullException.ThrowIfNull(basis);
        EnsureEditable();
        Basis = basis;
    }

    /// <summary>Marks the plan as generated demonstration data.</summary>
    public Plan AsSample()
    {
        IsSample = true;
        return this;
    }

    /// <summary>Records the lineage once the first revision has its id.</summary>
    public void StartLineage()
    {
        if (LineageId == 0)
        {
            LineageId = Id;
        }
    }

    /// <summary>The next revision: a draft copy of this approved or published plan, targets and tasks included.</summary>
    /// <exception cref="InvalidOperationException">The plan is not approved or published.</exception>
    public Plan Revise()
    {
        if (!PlanWorkflow.CanRevise(Status))
        {
            throw new InvalidOperationException($"Only a reviewed or published plan is revised; this one is {Status.English()}.");
        }
        var next = new Plan(GovernmentId, Title, PeriodStart, PeriodEnd, BaseYear, BaseEmissions, BaseSource)
        {
            LineageId = LineageId, Revision = Revision + 1, BaseEditionId = BaseEditionId, ScopeNote = ScopeNote,
            NetZeroYear = NetZeroYear, Interpolation = Interpolation, IsSample = IsSample, Basis = Basis,
        };
        next.targets.AddRange(Targets.Select(t => new PlanTarget(t.Year, t.Sector, t.Kind, t.Value)));
        next.manualPoints.AddRange(ManualPoints.Select(p => new PlanTrajectoryPoint(p.Sector, p.Year, p.Value)));
        // Areas first, then tasks, then sub-projects: a parent is copied before its children.
        var copies = new Dictionary<PlanTask, PlanTask>(ReferenceEqualityComparer.Instance);
        foreach (var original in Tasks.OrderBy(t => t.Level))
        {
            var copy = original.CopyUnder(original.Parent is { } p && copies.TryGetValue(p, out var cp) ? cp : null);
            copies[original] = copy;
            copy.HeldBy();
            next.tasks.Add(copy);
        }
        return next;
    }

    /// <summary>Throws unless the plan is a draft.</summary>
    public void EnsureEditable()
    {
        if (!PlanWorkflow.IsEditable(Status))
        {
            throw new InvalidOperationException($"Revision {Revision} is {Status.English()}: only a draft is edited.");
        }
    }

    private void Validate()
    {
        if (CheckHeader(Title, PeriodStart, PeriodEnd, BaseYear, BaseEmissions.Value, BaseSource, NetZeroYear) is [var first, ..])
        {
            throw new ArgumentException(first.En);
        }
    }

    /// <summary>What is wrong with a header, by field (the API's names), in Korean and English; empty when it is sound.
    /// The constructor and <see cref="Describe"/> throw on the same rules, so callers check first.</summary>
    public static IReadOnlyList<Problem> CheckHeader(string? title, int periodStart, int periodEnd, int baseYear, decimal baseEmissions, string? baseSource, int? netZeroYear)
    {
        var problems = new List<Problem>();
        void Add(string field, string ko, string en) => problems.Add(new(field, ko, en));
        if (string.IsNullOrWhiteSpace(title)) { Add("title", "계획 이름을 입력하십시오.", "Enter the plan's title."); }
        if (string.IsNullOrWhiteSpace(baseSource)) { Add("baseSource", "기준 배출량 출처를 입력하십시오.", "Enter the source of the base emissions."); }
        if (periodEnd < periodStart || !ReportingYear.IsValid(periodStart) || !ReportingYear.IsValid(periodEnd))
        {
            Add("periodEnd", $"계획 기간 {periodStart}–{periodEnd}이(가) {ReportingYear.Min}–{ReportingYear.Max} 안의 연도 범위가 아닙니다.",
                $"The plan period {periodStart}–{periodEnd} is not a span of years in {ReportingYear.Min}–{ReportingYear.Max}.");
        }
        if (!ReportingYear.IsValid(baseYear) || baseYear > periodStart)
        {
            Add("baseYear", $"기준연도 {baseYear}은(는) 계획 시작 연도 {periodStart}보다 늦을 수 없습니다.", $"The base year {baseYear} must come no later than the plan's first year {periodStart}.");
        }
        if (baseEmissions <= 0)
        {
            Add("baseEmissionsTCo2eq", "기준연도 배출량은 0보다 커야 합니다.", "Base emissions must be above zero.");
        }
        if (netZeroYear is { } z && (z <= baseYear || !ReportingYear.IsValid(z)))
        {
            Add("netZeroYear", $"탄소중립 연도 {z}은(는) 기준연도 {baseYear} 뒤여야 합니다.", $"The net-zero year {z} must come after the base year {baseYear}.");
        }
        return problems;
    }
}
