using Tanso.Core.Checks;
using Tanso.Core.Comparison;
using Tanso.Core.Plans;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Portal;

/// <summary>What the map colours regions by.</summary>
internal enum MapMeasure { Reduction, Progress, Grade, PerCapita }

/// <summary>A government's value of a measure: the number (null: no data, with the reason), its text, its colour class
/// (0 best … 4 worst), what it was computed from, and whether any input is sample data (예시 데이터).</summary>
internal sealed record MeasureValue(decimal? Value, string Text, int? Bin, string Detail, bool IsSample)
{
    public static MeasureValue None(string why) => new(null, Infrastructure.Text.T("자료 없음", "no data"), null, why, false);
}

/// <summary>One legend entry: a colour class and what it means.</summary>
internal sealed record LegendEntry(int Bin, string Label);

/// <summary>The map's measures as the portal shows them: values with their text, colour class and what they were computed
/// from. The formulas and colour cuts are Core's <see cref="MapScale"/> and <see cref="PeerComparison"/> (docs/portal.md).</summary>
internal static class Measures
{
    public static MapMeasure? Parse(string? text) => text switch
    {
        null or "" or "reduction" => MapMeasure.Reduction,
        "progress" => MapMeasure.Progress,
        "grade" => MapMeasure.Grade,
        "per-capita" => MapMeasure.PerCapita,
        _ => null,
    };

    public static string Key(this MapMeasure m) => m switch
    {
        MapMeasure.Reduction => "reduction",
        MapMeasure.Progress => "progress",
        MapMeasure.Grade => "grade",
        _ => "per-capita",
    };

    public static string Name(this MapMeasure m) => m switch
    {
        MapMeasure.Reduction => Text.T("기준연도 대비 배출 증감", "Change in emissions since the base year"),
        MapMeasure.Progress => Text.T("계획 경로 대비 이행", "Progress against the plan's trajectory"),
        MapMeasure.Grade => Text.T("최근 이행점검 등급", "Latest check grade"),
        _ => Text.T("1인당 배출량", "Emissions per person"),
    };

    public static MeasureValue Of(MapMeasure measure, GovernmentFacts f) => measure switch
    {
        MapMeasure.Reduction => Reduction(f),
        MapMeasure.Progress => Progress(f),
        MapMeasure.Grade => Grade(f),
        _ => PerCapita(f),
    };

    public static IReadOnlyList<LegendEntry> Legend(MapMeasure measure) => measure switch
    {
        MapMeasure.Reduction => Ranges(MapScale.ReductionCuts, " %", Text.T("감축", "lower"), Text.T("증가", "higher")),
        MapMeasure.Progress => Ranges(MapScale.ProgressCuts, " %", Text.T("경로보다 낮음", "below the path"), Text.T("경로보다 높음", "above the path")),
        MapMeasure.Grade => GradeScale.Default.Bands.Select((b, i) => new LegendEntry(i, Text.IsEnglish ? b.En : b.Ko)).ToList(),
        _ => Ranges(MapScale.PerCapitaCuts, " t", "", ""),
    };

    private static MeasureValue Reduction(GovernmentFacts f)
    {
        if (f.Inventory is not { Years.Count: > 1 } s)
        {
            return MeasureValue.None(Text.T("인벤토리가 없거나 한 해뿐입니다", "no inventory, or only one year"));
        }
        var latest = s.Years[^1];
        var baseYear = MapScale.ReductionBaseYear(s.Years, f.Plan?.BaseYear);
        if (s.GrossChange(baseYear, latest) is not { } change)
        {
            return MeasureValue.None(Text.T($"{baseYear}년 배출량이 0입니다", $"{baseYear} emissions are zero"));
        }
        var points = Math.Round(change.Points, 1);
        return new(points, Fmt.Change(change), MapScale.BinOf(points, MapScale.ReductionCuts),
            Text.T($"{baseYear}→{latest}년 총배출량, {EditionName(f)}", $"gross emissions {baseYear}→{latest}, {EditionName(f)}"), f.Edition!.IsSample);
    }

    private static MeasureValue Progress(GovernmentFacts f)
    {
        if (f.Plan is not { } plan)
        {
            return MeasureValue.None(Text.T("공개된 계획이 없습니다", "no published plan"));
        }
        if (f.LatestYear is not { } year || f.Inventory is not { } s)
        {
            return MeasureValue.None(Text.T("인벤토리가 없습니다", "no inventory"));
        }
        var (gap, missing) = MapScale.GapToTrajectory(plan, s, f.Edition, year);
        if (gap is null)
        {
            return MeasureValue.None(string.Join("; ", missing.Select(n => Text.T(n.Ko, n.En))));
        }
        var text = (gap.Percent > 0 ? "+" : "") + gap.Percent.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture).Replace('-', '−') + " %";
        return new(gap.Percent, text, MapScale.BinOf(gap.Percent, MapScale.ProgressCuts),
            Text.T($"{year}년 {plan.Basis.Korean} {Fmt.Tonnes(gap.Actual.Value)} ÷ 계획 경로 {Fmt.Tonnes(gap.Path.Value)} tCO2eq − 1 ({plan.Title}; {EditionName(f)})",
                $"{year} {plan.Basis.English} {Fmt.Tonnes(gap.Actual.Value)} ÷ trajectory {Fmt.Tonnes(gap.Path.Value)} tCO2eq − 1 ({plan.Title}; {EditionName(f)})"),
            f.Edition!.IsSample || plan.IsSample);
    }

    private static MeasureValue Grade(GovernmentFacts f)
    {
        if (f.LatestCheck is not { } cycle || f.Evaluation is not { } e)
        {
            return MeasureValue.None(Text.T("공표된 이행점검이 없습니다", "no published check"));
        }
        if (e.Evaluation.Overall is not { } overall)
        {
            return MeasureValue.None(Text.T($"{cycle.Year}년 점검에 종합 점수가 없습니다", $"the {cycle.Year} check has no overall score"));
        }
        var bin = GradeScale.Default.Bands.ToList().FindIndex(b => b.Ko == overall.Grade.Ko);
        return new(overall.Score, $"{(Text.IsEnglish ? overall.Grade.En : overall.Grade.Ko)} ({Fmt.Number(Math.Round(overall.Score, 1))})", bin < 0 ? null : bin,
            Text.T($"{cycle.Year}년 이행점검 (공표)", $"{cycle.Year} check (published)"), e.Plan.IsSample);
    }

    private static MeasureValue PerCapita(GovernmentFacts f)
    {
        if (f.LatestYear is not { } year || f.Inventory is not { } s)
        {
            return MeasureValue.None(Text.T("인벤토리가 없습니다", "no inventory"));
        }
        if (PeerComparison.PerCapita(s.Gross(year), f.StatisticOf(year)?.Population) is not { } perPerson)
        {
            return MeasureValue.None(Text.T($"{year}년 인구 자료가 없습니다", $"no population for {year}"));
        }
        var stat = f.StatisticOf(year)!;
        return new(perPerson, Fmt.Number(Math.Round(perPerson, 2)) + " tCO2eq/" + Text.T("인", "person"), MapScale.BinOf(perPerson, MapScale.PerCapitaCuts),
            Text.T($"{year}년 총배출량 ÷ 인구 {stat.Population:N0}명 ({stat.Source}; {EditionName(f)})", $"{year} gross ÷ population {stat.Population:N0} ({stat.Source}; {EditionName(f)})"),
            f.Edition!.IsSample || SampleStatistics.IsSample(stat));
    }

    private static string EditionName(GovernmentFacts f) => f.Edition is { } e ? (Text.IsEnglish ? e.NameEn : e.NameKo) : "";

    private static List<LegendEntry> Ranges(IReadOnlyList<decimal> cuts, string unit, string low, string high)
    {
        string N(decimal d) => Fmt.Number(d) + unit;
        var entries = new List<LegendEntry> { new(0, $"≤ {N(cuts[0])}{(low.Length > 0 ? $" ({low})" : "")}") };
        for (var i = 1; i < cuts.Count; i++)
        {
            entries.Add(new(i, $"{N(cuts[i - 1])} – {N(cuts[i])}"));
        }
        entries.Add(new(cuts.Count, $"> {N(cuts[^1])}{(high.Length > 0 ? $" ({high})" : "")}"));
        return entries;
    }
}
