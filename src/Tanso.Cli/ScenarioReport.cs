using System.Globalization;
using Spectre.Console;
using Tanso.Core.Figures;
using Tanso.Core.Pathways;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;
using Tanso.Data.Inventory;
using Tanso.Data.Scenarios;

namespace Tanso.Cli;

/// <summary>Scenarios as console tables; values in MtCO2eq.</summary>
internal static class ScenarioReport
{
    public static void List(IAnsiConsole console, IReadOnlyList<Scenario> scenarios, GovernmentDirectory directory)
    {
        var table = new Table().AddColumns("id", "code", "name", "government", "span", "visibility", "sample");
        table.Columns[0].RightAligned();
        foreach (var s in scenarios)
        {
            var government = directory.ById(s.GovernmentId);
            table.AddRow(s.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(s.Code ?? "–"), Markup.Escape(s.NameKo),
                Markup.Escape(government is null ? "?" : directory.FullName(government)), $"{s.BaseYear}–{s.EndYear}", Visibility(s),
                s.IsSample ? "[yellow]예시 sample[/]" : "");
        }
        console.Write(table);
        console.MarkupLineInterpolated($"{scenarios.Count} scenario(s). Official ones are read-only; copy one on the web to explore it.");
    }

    public static void Show(IAnsiConsole console, ScenarioAnalysis a, string governmentName)
    {
        var s = a.Scenario;
        console.MarkupLineInterpolated($"[bold]{s.NameKo}[/]{(s.NameEn.Length > 0 ? " — " + s.NameEn : "")}");
        console.MarkupLine($"id {s.Id.ToString(CultureInfo.InvariantCulture)} · code {Markup.Escape(s.Code ?? "–")} · {Markup.Escape(governmentName)} · " +
            $"{s.BaseYear}–{s.EndYear} · {Visibility(s)}{(s.IsSample ? " · [yellow]예시 데이터 (sample data)[/]" : "")} · interpolation {s.Method}");
        if (s.Description.Length > 0)
        {
            console.MarkupLineInterpolated($"[dim]{s.Description}[/]");
        }
        console.Write(Points(a));
        console.MarkupLine("Given points in MtCO2eq. Status: unmarked = verified (read in the source), d = derived (computed from verified figures), " +
            "[yellow]u = unverified[/] (not read in a primary source).");
        console.Write(Measures(a));
        Notes(console, a);
    }

    public static void Compare(IAnsiConsole console, IReadOnlyList<(ScenarioAnalysis Analysis, string GovernmentName)> items, ComparisonFrame frame)
    {
        console.MarkupLine($"Measured alike: cumulative over the common span {frame.SpanFrom}–{frame.SpanTo}; each rate from its base year to 2030 (or its end)" +
            (frame.Budget is { } b ? $"; a {Mt(b)} Mt budget from {frame.BudgetFrom}." : "."));
        var table = new Table().AddColumn("measure");
        foreach (var (item, i) in items.Select((item, i) => (item, i)))
        {
            table.AddColumn(new TableColumn(Markup.Escape($"S{i + 1} {item.Analysis.Scenario.Code ?? item.Analysis.Scenario.Id.ToString(CultureInfo.InvariantCulture)}")).RightAligned());
        }
        var rows = new List<(string Name, Func<ScenarioAnalysis, string> Value)>
        {
            ("name", x => Markup.Escape(x.Scenario.NameKo) + (x.Scenario.IsSample ? " [yellow](예시 sample)[/]" : "")),
            ("government", x => Markup.Escape(items.First(i => i.Analysis == x).GovernmentName)),
            ("span", x => $"{x.Pathway.BaseYear}–{x.Pathway.EndYear}"),
            ("base-year gross (Mt)", x => Mt(x.Pathway.GrossIn(x.Pathway.BaseYear))),
            ("end-year net (Mt)", x => Mt(x.Metrics.EndNet)),
            ("change vs base-year gross", x => Pct(x.Metrics.EndVsBase)),
            ($"cumulative net {frame.SpanFrom}–{frame.SpanTo} (Mt)", x => Mt(x.Metrics.Cumulative)),
            ("rate span", x => $"{x.Metrics.Request.RateFrom}→{x.Metrics.Request.RateTo}"),
            ("required yearly reduction, compound", x => Pct(x.Metrics.CompoundRate)),
            ("required yearly reduction, straight-line", x => Pct(x.Metrics.StraightLineRate)),
            ("net-zero year", x => Year(x.Metrics.NetZeroYear)),
        };
        if (frame.Budget is not null)
        {
            rows.Add(("budget run-out year", x => Year(x.Metrics.BudgetRunOutYear, x.Pathway.EndYear)));
            rows.Add(("budget run-out on the current trend (BAU)", x => x.BauMetrics is { } bau ? Year(bau.BudgetRunOutYear, x.Pathway.EndYear) : "no inventory"));
        }
        rows.Add(($"used {frame.BudgetFrom}–end (Mt)", x => Mt(x.Metrics.BudgetUsed)));
        rows.Add(("gap to inventory (Mt, + above the path)", x => x.Metrics.Gap is { } g ? $"{Signed(g.Gap)} in {g.Year}" : "no common year"));
        foreach (var (name, value) in rows)
        {
            table.AddRow([name, .. items.Select(i => value(i.Analysis))]);
        }
        console.Write(table);
    }

    private static Table Points(ScenarioAnalysis a)
    {
        var points = a.Scenario.Points;
        var years = points.Select(p => p.Year).Distinct().Order().ToList();
        var table = new Table().AddColumns("sector", "부문");
        foreach (var y in years)
        {
            table.AddColumn(new TableColumn(y.ToString(CultureInfo.InvariantCulture)).RightAligned());
        }
        foreach (var sector in points.Select(p => SectorTaxonomy.Get(p.Sector)).DistinctBy(s => s.Code).OrderBy(s => s.Order))
        {
            table.AddRow([sector.Code.Value, Markup.Escape(sector.NameKo),
                .. years.Select(y => points.FirstOrDefault(p => p.Sector == sector.Code && p.Year == y) is { } p ? Cell(p) : "")]);
        }
        table.AddRow(["[bold]gross[/]", "총배출", .. years.Select(y => Mt(a.Pathway.GrossIn(y)))]);
        table.AddRow(["[bold]net[/]", "순배출", .. years.Select(y => "[bold]" + Mt(a.Pathway.NetIn(y)) + "[/]")]);
        return table;
    }

    private static string Cell(ScenarioPoint p) => p.Status switch
    {
        FigureStatus.Verified => Mt(p.Value),
        FigureStatus.Derived => Mt(p.Value) + " d",
        _ => $"[yellow]{Mt(p.Value)} u[/]",
    };

    private static Table Measures(ScenarioAnalysis a)
    {
        var (m, b, end) = (a.Metrics, a.BauMetrics, a.Pathway.EndYear);
        var table = new Table().AddColumns("measure", "scenario", b is null ? "BAU (no inventory)" : "BAU (current trend)");
        table.Columns[1].RightAligned();
        table.Columns[2].RightAligned();
        void Row(string name, Func<ScenarioMetrics, string> value) => table.AddRow(name, value(m), b is null ? "–" : value(b));
        var r = m.Request;
        Row($"cumulative net {r.SpanFrom}–{r.SpanTo} (Mt)", x => Mt(x.Cumulative));
        Row($"value in {r.RateFrom} (Mt{(r.RateFrom == a.Pathway.BaseYear ? ", gross" : ", net")})", x => Mt(x.RateFromValue));
        Row($"value in {r.RateTo} (Mt, net)", x => Mt(x.RateToValue));
        Row($"required yearly reduction {r.RateFrom}→{r.RateTo}, compound (정률)", x => Pct(x.CompoundRate));
        Row("same span, straight-line (정액, share of the start)", x => Pct(x.StraightLineRate));
        Row($"net in {end} (Mt)", x => Mt(x.EndNet));
        Row($"change from the {a.Pathway.BaseYear} gross", x => Pct(x.EndVsBase));
        Row("net-zero year", x => Year(x.NetZeroYear));
        if (r.Budget is { } budget)
        {
            Row($"year a {Mt(budget)} Mt budget from {r.BudgetFrom} runs out", x => Year(x.BudgetRunOutYear, end));
        }
        Row($"used {r.BudgetFrom}–{end} (Mt)", x => Mt(x.BudgetUsed));
        table.AddRow(m.Gap is { } g ? $"gap to the inventory in {g.Year} (Mt, + above the path)" : "gap to the inventory", m.Gap is { } g1 ? Signed(g1.Gap) : "no common year", "–");
        return table;
    }

    private static void Notes(IAnsiConsole console, ScenarioAnalysis a)
    {
        if (a.History.Edition is { } edition)
        {
            console.MarkupLineInterpolated($"Inventory for the gap and the BAU: {edition.NameKo} ({edition.Code}){(edition.IsSample ? " — 예시 데이터 (sample data)" : "")}.");
        }
        else
        {
            console.MarkupLine("No inventory for this government: no BAU and no gap.");
        }
        foreach (var note in a.Bau?.Notes.Where(n => n.Sector is null) ?? [])
        {
            console.MarkupLineInterpolated($"BAU method: {note.En}");
            console.MarkupLineInterpolated($"  {note.Ko}");
        }
        foreach (var note in a.Pathway.Notes)
        {
            console.MarkupLineInterpolated($"[dim]Note: {note.En}[/]");
        }
    }

    private static string Visibility(Scenario s) => s.IsOfficial ? "official" : s.IsPublic ? "public" : "private";

    private static string Mt(TonnesCo2e t) => (t.Value / 1_000_000m).ToString("#,0.0", CultureInfo.InvariantCulture);

    private static string Signed(TonnesCo2e t) => (t.Value >= 0 ? "+" : "") + Mt(t);

    private static string Pct(Percentage? p) => p?.ToString(2) ?? "–";

    private static string Year(int? year) => year?.ToString(CultureInfo.InvariantCulture) ?? "none";

    private static string Year(int? year, int end) => year?.ToString(CultureInfo.InvariantCulture) ?? $"not by {end}";
}
