using MiniExcelLibs;
using Tanso.Core.Figures;
using Tanso.Core.Pathways;

namespace Tanso.Data.Scenarios;

/// <summary>
/// Two to four scenarios side by side as .xlsx: the measures, the net totals per year, the differences per
/// sector at every point year (against the first scenario), and each scenario's yearly lines with the source of
/// every given point. Values in tCO2eq.
/// </summary>
public static class ScenarioWorkbook
{
    /// <summary>The workbook.</summary>
    public static byte[] Compare(IReadOnlyList<(ScenarioAnalysis Analysis, string GovernmentName)> items)
    {
        var sheets = new Dictionary<string, object>
        {
            ["요약 Summary"] = Summary(items),
            ["순배출 Net"] = Years(items).Select(y => Row([("연도 year", y), .. items.Select((s, i) => (Label(i, s.Analysis), (object?)(s.Analysis.Pathway.Covers(y) ? s.Analysis.Pathway.NetIn(y).Value : null)))])).ToList(),
            ["차이 Differences"] = Differences(items),
        };
        for (var i = 0; i < items.Count; i++)
        {
            var a = items[i].Analysis;
            sheets[$"S{i + 1} 연도별 Yearly"] = a.Pathway.Years.Select(y => Row([("연도 year", y),
                .. a.Pathway.Lines.Select(l => ($"{l.Sector.NameKo} {l.Sector.NameEn}", (object?)l.Values[y - a.Pathway.BaseYear])),
                ("총배출 gross", a.Pathway.GrossIn(y).Value), ("순배출 net", a.Pathway.NetIn(y).Value)])).ToList();
            sheets[$"S{i + 1} 근거 Points"] = a.Scenario.Points.OrderBy(p => Core.Sectors.SectorTaxonomy.Get(p.Sector).Order).ThenBy(p => p.Year)
                .Select(p => Row([("부문 sector", p.Sector.Value), ("연도 year", p.Year), ("값 tCO2eq", p.Value.Value), ("상태 status", p.Status.English()), ("출처 source", p.Source)])).ToList();
        }
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    private static string Label(int i, ScenarioAnalysis a) => $"S{i + 1} {a.Scenario.NameKo}{(a.Scenario.IsSample ? " (예시 sample)" : "")}";

    private static IEnumerable<int> Years(IReadOnlyList<(ScenarioAnalysis Analysis, string GovernmentName)> items) =>
        Enumerable.Range(items.Min(s => s.Analysis.Pathway.BaseYear), items.Max(s => s.Analysis.Pathway.EndYear) - items.Min(s => s.Analysis.Pathway.BaseYear) + 1);

    private static List<Dictionary<string, object?>> Summary(IReadOnlyList<(ScenarioAnalysis Analysis, string GovernmentName)> items)
    {
        (string Name, Func<ScenarioAnalysis, object?> Value)[] measures =
        [
            ("정부 government", a => items.First(i => i.Analysis == a).GovernmentName),
            ("기간 span", a => $"{a.Pathway.BaseYear}–{a.Pathway.EndYear}"),
            ("기준연도 총배출 base-year gross (tCO2eq)", a => a.Pathway.GrossIn(a.Pathway.BaseYear).Value),
            ("최종연도 순배출 end-year net (tCO2eq)", a => a.Metrics.EndNet.Value),
            ("기준 대비 변화 change vs base (%)", a => a.Metrics.EndVsBase is { } p ? Math.Round(p.Points, 2) : null),
            ("누적 배출 cumulative (tCO2eq)", a => a.Metrics.Cumulative.Value),
            ("누적 기간 cumulative span", a => $"{a.Metrics.Request.SpanFrom}–{a.Metrics.Request.SpanTo}"),
            ("정률 연평균 감축률 compound rate (%/yr)", a => a.Metrics.CompoundRate is { } p ? Math.Round(p.Points, 2) : null),
            ("정액 연평균 감축률 straight-line rate (% of start/yr)", a => a.Metrics.StraightLineRate is { } p ? Math.Round(p.Points, 2) : null),
            ("감축률 기간 rate span", a => $"{a.Metrics.Request.RateFrom}–{a.Metrics.Request.RateTo}"),
            ("순배출 0 도달 net-zero year", a => a.Metrics.NetZeroYear),
            ("탄소예산 소진 연도 budget run-out year", a => a.Metrics.BudgetRunOutYear),
            ("예산 시작연도부터 사용량 used from budget year (tCO2eq)", a => a.Metrics.BudgetUsed.Value),
            ("인벤토리 대비 격차 gap to inventory (tCO2eq)", a => a.Metrics.Gap?.Gap.Value),
            ("격차 연도 gap year", a => a.Metrics.Gap?.Year),
            ("예시 데이터 sample data", a => a.Scenario.IsSample ? "예 yes" : ""),
        ];
        return measures.Select(m => Row([("항목 measure", m.Name), .. items.Select((s, i) => (Label(i, s.Analysis), m.Value(s.Analysis)))])).ToList();
    }

    private static List<Dictionary<string, object?>> Differences(IReadOnlyList<(ScenarioAnalysis Analysis, string GovernmentName)> items)
    {
        var first = items[0].Analysis.Pathway;
        var years = items.SelectMany(s => s.Analysis.Scenario.Points.Select(p => p.Year)).Distinct().Order().ToList();
        var sectors = items.SelectMany(s => s.Analysis.Pathway.Lines.Select(l => l.Sector)).DistinctBy(s => s.Code).OrderBy(s => s.Order).ToList();
        var rows = new List<Dictionary<string, object?>>();
        foreach (var year in years)
        {
            foreach (var sector in sectors.Select(s => (Code: (Core.Sectors.SectorCode?)s.Code, Name: $"{s.NameKo} {s.NameEn}")).Append((Code: default(Core.Sectors.SectorCode?), Name: "순배출 net")))
            {
                decimal? Value(ScenarioPathway p) => !p.Covers(year) ? null : sector.Code is { } c ? p.ValueOf(c, year).Value : p.NetIn(year).Value;
                var baseline = Value(first);
                rows.Add(Row([("연도 year", year), ("부문 sector", sector.Name),
                    .. items.Select((s, i) => (Label(i, s.Analysis), (object?)Value(s.Analysis.Pathway))),
                    .. items.Skip(1).Select((s, i) => ($"S{i + 2} − S1", (object?)(Value(s.Analysis.Pathway) - baseline)))]));
            }
        }
        return rows;
    }

    private static Dictionary<string, object?> Row(IEnumerable<(string Key, object? Value)> cells) => cells.ToDictionary(c => c.Key, c => c.Value);
}
