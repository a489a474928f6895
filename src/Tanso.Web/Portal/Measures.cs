using Tanso.Core.Checks;
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

/// <summary>
/// The map's measures, each computed from published data only (docs/portal.md gives the formulas):
/// reduction = gross emissions of the latest inventory year against the base year (the published plan's, else 2018,
/// else the first year); progress = the latest year's gross emissions against the published plan's trajectory for that
/// year; grade = the overall grade of the latest published yearly check; per capita = gross emissions ÷ population of
/// the same year. Colour classes run from 0 (best) to 4 (worst) for every measure, so green always means better.
/// </summary>
internal static class Measures
{
    private static readonly decimal[] ReductionCuts = [-30m, -15m, 0m, 10m];   // % change: ≤ −30 … > +10
    private static readonly decimal[] ProgressCuts = [-5m, 0m, 5m, 15m];      // % above (+) or below (−) the trajectory
    private static readonly decimal[] PerCapitaCuts = [6m, 10m, 14m, 20m];    // tCO2eq per person

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
        MapMeasure.Reduction => Ranges(ReductionCuts, " %", Text.T("감축", "lower"), Text.T("증가", "higher")),
        MapMeasure.Progress => Ranges(ProgressCuts, " %", Text.T("경로보다 낮음", "below the path"), Text.T("경로보다 높음", "above the path")),
        MapMeasure.Grade => GradeScale.Default.Bands.Select((b, i) => new LegendEntry(i, Text.IsEnglish ? b.En : b.Ko)).ToList(),
        _ => Ranges(PerCapitaCuts, " t", "", ""),
    };

    public static int BinOf(decimal value, decimal[] cuts) => cuts.Count(c => value > c);

    private static MeasureValue Reduction(GovernmentFacts f)
    {
        if (f.Inventory is not { Years.Count: > 1 } s)
        {
            return MeasureValue.None(Text.T("인벤토리가 없거나 한 해뿐입니다", "no inventory, or only one year"));
        }
        var latest = s.Years[^1];
        var baseYear = f.Plan is { } p && s.Years.Contains(p.BaseYear) && p.BaseYear < latest ? p.BaseYear : s.Years.Contains(2018) && latest > 2018 ? 2018 : s.Years[0];
        if (s.GrossChange(baseYear, latest) is not { } change)
        {
            return MeasureValue.None(Text.T($"{baseYear}년 배출량이 0입니다", $"{baseYear} emissions are zero"));
        }
        var points = Math.Round(change.Points, 1);
        return new(points, Fmt.Change(change), BinOf(points, ReductionCuts),
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
        var (path, _) = plan.PathOf(null, plan.BaseEmissions, ComparableEmissions.SectorBases(s, plan.BaseYear));
        var target = path.Where(v => v.Year == year).Select(v => (YearValue?)v).FirstOrDefault();
        if (target is not { } t || t.Value.Value == 0m || year <= plan.BaseYear)
        {
            return MeasureValue.None(Text.T($"계획 경로에 {year}년 값이 없습니다", $"the plan's trajectory has no value for {year}"));
        }
        // The same comparable actual as the check: the plan's basis, never gross beside a net path.
        var actual = ComparableEmissions.For(s, f.Edition, year, plan.Basis);
        if (actual.Value is not { } value)
        {
            return MeasureValue.None(string.Join("; ", actual.Notes.Select(n => Text.T(n.Ko, n.En))));
        }
        var figure = HeadlineFigure.Of(EmissionsPerformance.Of(new EmissionsReading(null, year, plan.BaseEmissions, t.Value, value, f.Edition!.Id)));
        var gap = Math.Round(figure.PercentFromTarget!.Value, 1);
        var text = (gap > 0 ? "+" : "") + gap.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture).Replace('-', '−') + " %";
        return new(gap, text, BinOf(gap, ProgressCuts),
            Text.T($"{year}년 {plan.Basis.Korean} {Fmt.Tonnes(value.Value)} ÷ 계획 경로 {Fmt.Tonnes(t.Value.Value)} tCO2eq − 1 ({plan.Title}; {EditionName(f)})",
                $"{year} {plan.Basis.English} {Fmt.Tonnes(value.Value)} ÷ trajectory {Fmt.Tonnes(t.Value.Value)} tCO2eq − 1 ({plan.Title}; {EditionName(f)})"),
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
        if (PerCapitaOf(s.Gross(year), f.StatisticOf(year)?.Population) is not { } perPerson)
        {
            return MeasureValue.None(Text.T($"{year}년 인구 자료가 없습니다", $"no population for {year}"));
        }
        var stat = f.StatisticOf(year)!;
        return new(perPerson, Fmt.Number(Math.Round(perPerson, 2)) + " tCO2eq/" + Text.T("인", "person"), BinOf(perPerson, PerCapitaCuts),
            Text.T($"{year}년 총배출량 ÷ 인구 {stat.Population:N0}명 ({stat.Source}; {EditionName(f)})", $"{year} gross ÷ population {stat.Population:N0} ({stat.Source}; {EditionName(f)})"),
            f.Edition!.IsSample || SampleStatistics.IsSample(stat));
    }

    /// <summary>Tonnes per person; null without a population above zero.</summary>
    public static decimal? PerCapitaOf(TonnesCo2e emissions, long? population) =>
        population is > 0 ? emissions.Value / population.Value : null;

    /// <summary>Tonnes per 100 million KRW (1억 원) of GRDP; null without a GRDP above zero.</summary>
    public static decimal? PerGrdpOf(TonnesCo2e emissions, decimal? grdpMillionKrw) =>
        grdpMillionKrw is > 0m ? emissions.Value / (grdpMillionKrw.Value / 100m) : null;

    private static string EditionName(GovernmentFacts f) => f.Edition is { } e ? (Text.IsEnglish ? e.NameEn : e.NameKo) : "";

    private static List<LegendEntry> Ranges(decimal[] cuts, string unit, string low, string high)
    {
        string N(decimal d) => Fmt.Number(d) + unit;
        var entries = new List<LegendEntry> { new(0, $"≤ {N(cuts[0])}{(low.Length > 0 ? $" ({low})" : "")}") };
        for (var i = 1; i < cuts.Length; i++)
        {
            entries.Add(new(i, $"{N(cuts[i - 1])} – {N(cuts[i])}"));
        }
        entries.Add(new(cuts.Length, $"> {N(cuts[^1])}{(high.Length > 0 ? $" ({high})" : "")}"));
        return entries;
    }
}
