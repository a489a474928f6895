using Tanso.Core.Inventory;
using Tanso.Core.Plans;
using Tanso.Core.Sectors;

namespace Tanso.Web.Plans;

internal sealed record PlanSummaryDto(int Id, int LineageId, int Revision, string Status, string Title, int PeriodStart, int PeriodEnd, bool IsSample);

internal sealed record TargetDto(int Year, string? Sector, string Kind, decimal Value, decimal? ResolvedTCo2eq, decimal? BaseTCo2eq, decimal? ChangeFromBasePercent);

internal sealed record TaskYearDto(int Year, decimal? BudgetKrw, decimal? ExpectedReductionTCo2eq);

internal sealed record KpiDto(string Name, string Unit, string Direction, decimal BaseValue, IReadOnlyDictionary<int, decimal> Targets, string? Problem);

/// <param name="Id">Addresses the task in PUT, DELETE and retirement.</param>
/// <param name="RetiredFromYear">Set once the task is retired: its expected reductions from this year on no longer count.</param>
internal sealed record TaskDto(string Code, string? ParentCode, string Level, string Name, string Department, string? Sector, int StartYear, int EndYear,
    IReadOnlyList<TaskYearDto> Years, IReadOnlyList<KpiDto> Kpis, decimal? CostPerTonneKrw, int Id, int? RetiredFromYear, string? RetiredReason, DateOnly? RetiredOn);

internal sealed record PlanDto(int Id, int Version, int GovernmentId, int LineageId, int Revision, string Status, IReadOnlyList<string> OpenActions,
    string Title, int PeriodStart, int PeriodEnd, int BaseYear, decimal BaseEmissionsTCo2eq, string BaseSource, string ScopeNote, int? NetZeroYear,
    string Interpolation, bool IsSample, IReadOnlyList<TargetDto> Targets, IReadOnlyList<TaskDto> Tasks, PlanBasisDto Basis, PlanReviewDto Review);

/// <summary>Where the plan is on its way to publication (Framework Act Arts 11–13) and whose move it is.</summary>
/// <param name="WaitingFor">government, reviewers or nobody.</param>
internal sealed record PlanReviewDto(string Status, string StatusKo, string WaitingFor, CommitteeDto? Committee, string? SubmittedBy, DateTime? SubmittedAtUtc,
    string? Reviewer, DateTime? ReviewedAtUtc, string? ReturnReason, DateTime? PublishedAtUtc, IReadOnlyList<OpinionDto> Opinions);

/// <summary>The local committee's deliberation; <paramref name="MinutesUrl"/> downloads the minutes.</summary>
internal sealed record CommitteeDto(DateOnly Date, string Decision, string MinutesFileName, string MinutesUrl);

internal sealed record OpinionDto(int Id, string Author, bool FromProvince, string Text, DateTime WrittenAtUtc, string? Answer, string? AnsweredBy, DateTime? AnsweredAtUtc);

/// <summary>What the caller may do with the plan now (step names as the API takes them), and why not the others.</summary>
internal sealed record PlanNextStepsDto(int PlanId, int Version, string Status, string WaitingFor, IReadOnlyList<string> NextSteps);

/// <summary>What the plan's targets count, in the words the API takes them (basis, adjustments, guidelines) and as text.</summary>
internal sealed record PlanBasisDto(string Basis, IReadOnlyList<string> Adjustments, string Guidelines, string TextKo, string TextEn)
{
    public static PlanBasisDto Of(EmissionsBasis b) => new(b.Kind.Name(),
        Enum.GetValues<BasisAdjustments>().Where(a => a != BasisAdjustments.None && b.Adjustments.HasFlag(a)).Select(a => a.Name()).ToList(),
        GuidelinesName(b.Guidelines), b.Korean, b.English);

    /// <summary>"1996", "2006" or "not-stated", as the API writes guidelines.</summary>
    public static string GuidelinesName(IpccGuidelines g) =>
        g == IpccGuidelines.Unknown ? "not-stated" : ((int)g).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

internal static class PlanDtoMapping
{
    // The same number, whatever scale the database returned it with (12000000000.0 → 12000000000).
    private static decimal C(decimal d) => d / 1.000000000000000000000000000000000m;

    private static decimal? C(decimal? d) => d is { } v ? C(v) : null;

    public static string Name(this Enum value) => value.ToString().ToLowerInvariant() switch
    {
        "straightline" => "straight-line",
        "constantrate" => "constant-rate",
        "reductionpercent" => "reduction-percent",
        "subproject" => "sub-project",
        "scurve" => "s-curve",
        "netwithadjustments" => "net-with-adjustments",
        "internationalcredits" => "international-credits",
        "directaircapture" => "direct-air-capture",
        "notjudged" => "not-judged",
        "recordcommittee" => "record-committee",
        "underreview" => "under-review",
        "adoptedwithchanges" => "adopted-with-changes",
        "yearmissing" => "year-missing",
        "lulucfmissing" => "lulucf-missing",
        "guidelinesdiffer" => "guidelines-differ",
        var s => s,
    };

    public static PlanSummaryDto ToSummary(this Plan p) => new(p.Id, p.LineageId, p.Revision, p.Status.Name(), p.Title, p.PeriodStart, p.PeriodEnd, p.IsSample);

    public static PlanDto ToDto(this Plan p) => p.ToDto(new Dictionary<SectorCode, Core.Quantities.TonnesCo2e>());

    public static PlanDto ToDto(this Plan p, IReadOnlyDictionary<SectorCode, Core.Quantities.TonnesCo2e> sectorBases) => new(
        p.Id, p.Version, p.GovernmentId, p.LineageId, p.Revision, p.Status.Name(),
        [.. PlanWorkflow.Open(p.Status).Select(a => a.Name())],
        p.Title, p.PeriodStart, p.PeriodEnd, p.BaseYear, C(p.BaseEmissions.Value), p.BaseSource, p.ScopeNote, p.NetZeroYear, p.Interpolation.Name(), p.IsSample,
        p.Targets.OrderBy(t => t.Year).ThenBy(t => t.Sector is { } s ? SectorTaxonomy.Get(s).Order : 0)
            .Select(t => new TargetDto(t.Year, t.Sector?.Value, t.Kind.Name(), C(t.Value), C(t.Resolve(p, sectorBases)?.Value), C(t.BaseFor(p, sectorBases)?.Value),
                t.BaseFor(p, sectorBases) is { } b && t.Resolve(p, sectorBases) is { } r ? C(Core.Quantities.Percentage.Change(b, r)?.Points) : null)).ToList(),
        p.Tasks.OrderBy(t => t.Code, StringComparer.Ordinal).Select(t => new TaskDto(
            t.Code, t.Parent?.Code ?? p.Tasks.FirstOrDefault(x => x.Id == t.ParentId && t.ParentId != null)?.Code, t.Level.Name(), t.Name, t.Department, t.Sector?.Value,
            t.StartYear, t.EndYear,
            t.Years.OrderBy(y => y.Year).Select(y => new TaskYearDto(y.Year, C(y.BudgetKrw), C(y.ExpectedReduction?.Value))).ToList(),
            t.Kpis.Select(k => new KpiDto(k.Name, k.Unit, k.Direction.Name(), C(k.BaseValue), k.Targets.OrderBy(x => x.Year).ToDictionary(x => x.Year, x => C(x.Value)), k.ToKpi().Problem())).ToList(),
            C(t.CostPerTonne), t.Id, t.RetiredFromYear, t.RetiredReason, t.RetiredOn)).ToList(),
        PlanBasisDto.Of(p.Basis), p.ToReviewDto());

    public static PlanReviewDto ToReviewDto(this Plan p) => new(p.Status.Name(), p.Status.Korean(), p.WaitingFor.Name(),
        p.CommitteeDate is { } d && p.CommitteeDecision is { } c ? new CommitteeDto(d, c.Name(), p.CommitteeMinutesName ?? "", $"/api/plans/{p.Id}/committee/minutes") : null,
        p.SubmittedByName, p.SubmittedAtUtc, p.ReviewerName, p.ReviewedAtUtc, p.ReturnReason, p.PublishedAtUtc,
        p.Opinions.OrderBy(o => o.WrittenAtUtc).ThenBy(o => o.Id)
            .Select(o => new OpinionDto(o.Id, o.AuthorName, o.FromProvince, o.Text, o.WrittenAtUtc, o.Answer, o.AnsweredByName, o.AnsweredAtUtc)).ToList());
}
