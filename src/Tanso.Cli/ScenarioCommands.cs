using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Tanso.Core.Pathways;
using Tanso.Data;
using Tanso.Data.Inventory;
using Tanso.Data.Scenarios;

namespace Tanso.Cli;

internal static class ScenarioCommands
{
    public static Command Create(CliContext context)
    {
        var list = new Command("list", "List every scenario: id, code, government, span, visibility (감축 시나리오 목록)");
        list.SetAction(async (_, ct) =>
        {
            await using var db = await context.OpenMigratedAsync(ct);
            var scenarios = await db.Scenarios.AsNoTracking().OrderByDescending(s => s.IsOfficial).ThenBy(s => s.Id).ToListAsync(ct);
            ScenarioReport.List(context.Console, scenarios, await GovernmentDirectory.LoadAsync(db, ct));
            return 0;
        });
        return new Command("scenario", "Reduction scenarios: list, measure, compare (감축 시나리오)") { list, Show(context), Compare(context) };
    }

    private static Command Show(CliContext context)
    {
        var scenario = new Argument<string>("scenario") { Description = "Id or code, e.g. scenario-2050-a" };
        var options = new MeasureOptions();
        var show = new Command("show", "A scenario's points and every measure, with the BAU beside it (시나리오 지표)") { scenario };
        options.AddTo(show);
        show.SetAction(async (parse, ct) =>
        {
            await using var db = await context.OpenMigratedAsync(ct);
            var found = await FindAsync(context, db, parse.GetValue(scenario)!, ct);
            if (found is null)
            {
                return 2;
            }
            var pathway = found.Definition.Compute();
            var (request, bauYears, problems) = options.Read(parse, pathway);
            if (problems.Count > 0)
            {
                return Refuse(context.Console, problems);
            }
            var analysis = ScenarioAnalysis.Of(found, pathway, request, await db.InventoryHistoryAsync(found.GovernmentId, found.Basis, ct), bauYears);
            ScenarioReport.Show(context.Console, analysis, await GovernmentNameAsync(db, found.GovernmentId, ct));
            return 0;
        });
        return show;
    }

    private static Command Compare(CliContext context)
    {
        var scenarios = new Argument<string[]>("scenarios") { Description = "Two to four ids or codes", Arity = new ArgumentArity(ComparisonFrame.MinScenarios, ComparisonFrame.MaxScenarios) };
        var budget = new Option<decimal?>("--budget-mt") { Description = "Carbon budget in MtCO2eq, counted from --budget-from" };
        var budgetFrom = new Option<int?>("--budget-from") { Description = "First year of the budget (default: the first year the scenarios share)" };
        var xlsx = new Option<FileInfo?>("--xlsx") { Description = "Also write the comparison workbook (.xlsx) to this file" };
        var compare = new Command("compare", "Two to four scenarios measured alike over the span they share (시나리오 비교)") { scenarios, budget, budgetFrom, xlsx };
        compare.SetAction(async (parse, ct) =>
        {
            await using var db = await context.OpenMigratedAsync(ct);
            var loaded = new List<Scenario>();
            foreach (var key in parse.GetValue(scenarios)!)
            {
                if (await FindAsync(context, db, key, ct) is not { } s)
                {
                    return 2;
                }
                if (loaded.All(l => l.Id != s.Id))
                {
                    loaded.Add(s);
                }
            }
            (ComparisonFrame? frame, IReadOnlyList<(string Field, string Ko, string En)> problems) = ComparisonFrame.CountProblem(loaded.Count) is { } count
                ? (null, [count])
                : ComparisonFrame.Of(loaded, parse.GetValue(budget) * 1_000_000m, parse.GetValue(budgetFrom));
            if (frame is null)
            {
                return Refuse(context.Console, problems.Select(p => (CompareOption(p.Field), p.Ko, p.En)).ToList());
            }
            var items = new List<(ScenarioAnalysis Analysis, string GovernmentName)>();
            foreach (var s in loaded)
            {
                var pathway = s.Definition.Compute();
                items.Add((ScenarioAnalysis.Of(s, pathway, frame.RequestFor(pathway), await db.InventoryHistoryAsync(s.GovernmentId, s.Basis, ct), ScenarioAnalysis.DefaultBauYears),
                    await GovernmentNameAsync(db, s.GovernmentId, ct)));
            }
            ScenarioReport.Compare(context.Console, items, frame);
            if (parse.GetValue(xlsx) is { } file)
            {
                await File.WriteAllBytesAsync(file.FullName, ScenarioWorkbook.Compare(items), ct);
                context.Console.MarkupLineInterpolated($"Wrote {file.FullName}");
            }
            return 0;
        });
        return compare;
    }

    private static async Task<Scenario?> FindAsync(CliContext context, TansoDb db, string idOrCode, CancellationToken ct)
    {
        var found = await db.FindScenarioAsync(idOrCode, ct);
        if (found is null)
        {
            context.Console.MarkupLineInterpolated($"[red]error:[/] no scenario '{idOrCode}'; try `tanso scenario list`");
        }
        return found;
    }

    private static async Task<string> GovernmentNameAsync(TansoDb db, int governmentId, CancellationToken ct)
    {
        var directory = await GovernmentDirectory.LoadAsync(db, ct);
        var government = directory.ById(governmentId)!;
        return $"{directory.FullName(government)} ({government.NameEn})";
    }

    private static string CompareOption(string field) => field switch
    {
        "budgetFrom" => "--budget-from",
        "budgetTCo2eq" => "--budget-mt",
        _ => "scenarios",
    };

    // Like a validation problem on the web: every reason, in Korean and English, and nothing measured.
    internal static int Refuse(IAnsiConsole console, IReadOnlyList<(string Option, string Ko, string En)> problems)
    {
        foreach (var (option, ko, en) in problems)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {option}: {ko} / {en}");
        }
        return 2;
    }
}
