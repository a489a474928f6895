using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Tanso.Data.Statistics;

namespace Tanso.Cli;

internal static class StatisticsCommands
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "CSV or .xlsx: government, year, population, grdp_million_krw, [source]; or a KOSIS CSV download as it is" };
        var source = new Option<string?>("--source") { Description = "Source of every row without a source column; for a KOSIS download its table id, e.g. DT_1B040A3" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check only" };
        var import = new Command("import", "Import population and GRDP by government and year, all or nothing (인구·지역내총생산)") { file, source, dryRun };
        import.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                context.Console.MarkupLineInterpolated($"[red]error:[/] {path.FullName} does not exist.");
                return 2;
            }
            await using var db = await context.OpenMigratedAsync(ct);
            db.Actor = () => new Data.Auditing.AuditActor(null, "cli:" + Environment.UserName);
            var result = await StatisticsImporter.RunAsync(db, path.Name, await File.ReadAllBytesAsync(path.FullName, ct), parse.GetValue(source), _ => true, parse.GetValue(dryRun), ct);
            foreach (var p in result.Problems)
            {
                context.Console.MarkupLineInterpolated($"{p.Location}, row {p.Row.ToString(CultureInfo.InvariantCulture)}, column {p.Column}: {p.MessageKo} / {p.Message}");
            }
            if (result.Problems.Count > 0)
            {
                context.Console.MarkupLineInterpolated($"[red]{result.Problems.Count} problem(s): nothing was imported.[/]");
                return 1;
            }
            context.Console.MarkupLineInterpolated($"{(result.Committed ? "Imported" : "Checked")}: {result.Inserted} new, {result.Updated} revised.");
            foreach (var left in result.LeftOut)
            {
                context.Console.MarkupLineInterpolated($"left out (not a government in Tanso) / 제외: {left}");
            }
            return 0;
        });
        return new Command("statistics", "Population and GRDP per government (인구·GRDP)") { import };
    }
}
