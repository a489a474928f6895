using Tanso.Core.Figures;
using Tanso.Core.Pathways;
using Tanso.Data.Scenarios;
using Tanso.Web.Plans;

namespace Tanso.Web.Scenarios;

/// <summary>A scenario's header; <c>basis</c> (gross, net, net-with-adjustments), <c>adjustments</c> and <c>guidelines</c> (1996, 2006,
/// not-stated) state what its total counts, as on a plan — all three omitted keeps the basis it has.</summary>
internal sealed record ScenarioHeader(int Version, string NameKo, string? NameEn, string? Description, int BaseYear, int EndYear, string? Method, bool IsPublic,
    bool FromInventory = false, string? Basis = null, IReadOnlyList<string>? Adjustments = null, string? Guidelines = null);

internal sealed record PointInput(string Sector, int Year, decimal ValueTCo2eq, string? Status = null, string? Source = null);

internal sealed record PointKey(string Sector, int Year);

/// <summary>Changes to a scenario's lines, applied together: points set, points removed, line methods (null: the scenario's).</summary>
internal sealed record LinesInput(int Version, IReadOnlyList<PointInput>? Set = null, IReadOnlyList<PointKey>? Remove = null, IReadOnlyDictionary<string, string?>? Methods = null);

internal sealed record CopyInput(int GovernmentId, string? NameKo = null, string? NameEn = null);

internal sealed record ScenarioSummaryDto(int Id, string? Code, int GovernmentId, string NameKo, string NameEn, int BaseYear, int EndYear, string Method,
    bool IsOfficial, bool IsPublic, bool IsSample, int? CopiedFromId, int Version);

internal sealed record PointDto(string Sector, int Year, decimal ValueTCo2eq, string Status, string Source);

internal sealed record LineDto(string Sector, string Method, IReadOnlyList<decimal> ValuesTCo2eq);

internal sealed record NoteDto(string? Sector, string Ko, string En);

internal sealed record MetricsDto(int SpanFrom, int SpanTo, decimal CumulativeTCo2eq, int RateFrom, int RateTo, decimal RateFromTCo2eq, decimal RateToTCo2eq,
    decimal? CompoundRatePercent, decimal? StraightLineRatePercent, decimal EndNetTCo2eq, decimal? EndVsBasePercent, int? NetZeroYear,
    decimal? BudgetTCo2eq, int BudgetFrom, int? BudgetRunOutYear, decimal BudgetUsedTCo2eq, int? GapYear, decimal? GapTCo2eq);

internal sealed record PathwayDto(int BaseYear, int EndYear, IReadOnlyList<LineDto> Lines, IReadOnlyList<decimal> NetTCo2eq, IReadOnlyList<decimal> GrossTCo2eq,
    IReadOnlyList<NoteDto> Notes, MetricsDto Metrics);

/// <summary>A scenario measured: <c>basis</c> is what its total counts and the guidelines it was set on; <c>inventoryEdition</c> the
/// edition its actuals, gap and BAU come from (one under the same guidelines when there is one); <c>inventoryNotes</c> how the
/// actual total was made comparable, or why it could not be.</summary>
internal sealed record ScenarioDto(ScenarioSummaryDto Scenario, string Description, IReadOnlyList<PointDto> Points, PathwayDto Pathway,
    PathwayDto? Bau, string? BauMethod, string? InventoryEdition, PathwayDto? WhatIf, string? WhatIfDescription,
    Plans.PlanBasisDto Basis, string? InventoryGuidelines, IReadOnlyList<NoteDto> InventoryNotes);

internal static class ScenarioDtos
{
    public static ScenarioSummaryDto ToSummary(this Scenario s) =>
        new(s.Id, s.Code, s.GovernmentId, s.NameKo, s.NameEn, s.BaseYear, s.EndYear, s.Method.Name(), s.IsOfficial, s.IsPublic, s.IsSample, s.CopiedFromId, s.Version);

    public static PathwayDto ToDto(this ScenarioPathway p, ScenarioMetrics m, Scenario? scenario) => new(
        p.BaseYear, p.EndYear,
        p.Lines.Select(l => new LineDto(l.Sector.Code.Value,
            (scenario?.LineMethods.FirstOrDefault(x => x.Sector == l.Sector.Code)?.Interpolation ?? scenario?.Method)?.Name() ?? "yearly",
            l.Values.Select(R).ToList())).ToList(),
        p.Net.Select(v => R(v.Value.Value)).ToList(),
        p.Gross.Select(v => R(v.Value.Value)).ToList(),
        p.Notes.Select(n => new NoteDto(n.Sector?.Value, n.Ko, n.En)).ToList(),
        m.ToDto());

    public static MetricsDto ToDto(this ScenarioMetrics m) => new(
        m.Request.SpanFrom, m.Request.SpanTo, R(m.Cumulative.Value), m.Request.RateFrom, m.Request.RateTo, R(m.RateFromValue.Value), R(m.RateToValue.Value),
        P(m.CompoundRate), P(m.StraightLineRate), R(m.EndNet.Value), P(m.EndVsBase), m.NetZeroYear,
        m.Request.Budget?.Value, m.Request.BudgetFrom, m.BudgetRunOutYear, R(m.BudgetUsed.Value), m.Gap?.Year, m.Gap is { } g ? R(g.Gap.Value) : null);

    public static ScenarioDto ToDto(this ScenarioAnalysis a, ScenarioAnalysis? whatIf = null, string? whatIfDescription = null) => new(
        a.Scenario.ToSummary(), a.Scenario.Description,
        a.Scenario.Points.OrderBy(p => Core.Sectors.SectorTaxonomy.Get(p.Sector).Order).ThenBy(p => p.Year)
            .Select(p => new PointDto(p.Sector.Value, p.Year, p.Value.Value, p.Status.English(), p.Source)).ToList(),
        a.Pathway.ToDto(a.Metrics, a.Scenario),
        a.Bau is null ? null : a.Bau.ToDto(a.BauMetrics!, null),
        a.Bau is { Notes.Count: > 0 } bau ? bau.Notes[0].En : null,
        a.History.Edition?.Code,
        whatIf?.Pathway.ToDto(whatIf.Metrics, null),
        whatIfDescription,
        Plans.PlanBasisDto.Of(a.Scenario.Basis),
        a.History.Edition is { } e ? Plans.PlanBasisDto.GuidelinesName(e.Guidelines) : null,
        a.History.Notes.Select(n => new NoteDto(null, n.Ko, n.En)).ToList());

    private static decimal R(decimal v) => Math.Round(v, 4);

    private static decimal? P(Tanso.Core.Quantities.Percentage? p) => p is { } x ? Math.Round(x.Points, 4) : null;
}
