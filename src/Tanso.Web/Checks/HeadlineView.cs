using Tanso.Core.Checks;
using Tanso.Core.Sectors;
using Tanso.Web.Reports;

namespace Tanso.Web.Checks;

/// <summary>
/// The published headline of a check as every screen shows it (report, PDF, workbook, plan page, portal dashboard,
/// roll-up): the total on the plan's basis as "X % below/above target" with met/missed and the achievement of the
/// year's reduction target (uncapped), each sector the same way, the sectors that missed while the total met, the
/// basis and its notes, and whether the inventory is sample data.
/// </summary>
internal sealed record HeadlineView(Headline Headline, bool IsSample)
{
    public static HeadlineView Of(CycleEvaluation result) => new(result.Evaluation.Headline, result.Edition?.IsSample ?? false);

    /// <summary>The basis the total was compared on, e.g. "순배출량(흡수원 포함), 1996 IPCC 지침".</summary>
    public Loc? Basis => Headline.Actual is { } a ? new Loc(a.Basis.Korean, a.Basis.English) : null;

    /// <summary>The lead sentence: "2023년 배출량은 목표 대비 7.9 % 낮음 (달성), 연간 감축목표의 143.0 % 달성".</summary>
    public Loc? Lead => Headline.Total is not { } t ? null : new(
        $"{t.Year}년 배출량({Basis?.Ko ?? "총배출량"})은 {t.TextKo}" + (t.AchievementKo is { } a ? $", {a}" : ""),
        $"{t.Year} emissions ({Basis?.En ?? "gross emissions"}) were {t.TextEn}" + (t.AchievementEn is { } e ? $"; {e}" : ""));

    /// <summary>"총량은 달성했지만 목표에 못 미친 부문: 산업, 수송", or null.</summary>
    public Loc? MissedSectors => Headline.MissedSectors.Count == 0 ? null : new(
        (Headline.SectorsMissedWhileTotalMet ? "총량은 목표를 달성했지만 목표에 못 미친 부문: " : "목표에 못 미친 부문: ")
            + string.Join(", ", Headline.MissedSectors.Select(s => SectorTaxonomy.Get(s.Sector!.Value).NameKo)),
        (Headline.SectorsMissedWhileTotalMet ? "The total met its target, but these sectors missed theirs: " : "Sectors that missed their target: ")
            + string.Join(", ", Headline.MissedSectors.Select(s => SectorTaxonomy.Get(s.Sector!.Value).NameEn)));

    /// <summary>Notes on how the actual was made comparable (missing LULUCF, other guidelines, adjustments counted as 0).</summary>
    public IReadOnlyList<Loc> Notes => Headline.Actual?.Notes.Select(n => new Loc(n.Ko, n.En)).ToList() ?? [];

    /// <summary>The headline as a report table (page, PDF and workbook), total first.</summary>
    public ReportTable Table() => new("핵심 결과", new($"{Headline.Year}년 핵심 결과: 연도 목표 대비 배출량 (tCO2eq; 총계는 {Basis?.Ko ?? "총배출량"})",
            $"Headline {Headline.Year}: emissions against the year's target (tCO2eq; total on {Basis?.En ?? "gross emissions"})"),
        [
            new("구분", "Line"), new("연도 목표", "Year's target", CellFormat.Integer), new("비교 실적", "Comparable actual", CellFormat.Integer),
            new("목표 대비 (%)", "Against target (%)", CellFormat.OneDecimal), new("판정", "Verdict"),
            new("감축목표 달성률 (%)", "Reduction target achieved (%)", CellFormat.OneDecimal), new("결과", "Result"), new("예시 데이터 여부", "Sample data"),
        ],
        (Headline.Total is { } t ? new[] { t } : []).Concat(Headline.Sectors).Select(f => new object?[]
        {
            CheckReport.SectorName(f.Sector), f.Target.Value, f.Actual?.Value, f.PercentFromTarget, Verdict(f.Verdict), f.AchievementPercent,
            new Loc(f.TextKo, f.TextEn), IsSample,
        }).ToList());

    public static Loc Verdict(TargetVerdict verdict) => verdict switch
    {
        TargetVerdict.Met => new("달성", "met"),
        TargetVerdict.Missed => new("미달성", "missed"),
        _ => new("판정 불가", "not judged"),
    };
}
