using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Tanso.Data;
using Tanso.Data.Inventory;

namespace Tanso.Cli;

internal static class InventoryCommands
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "CSV (UTF-8 or CP949) or .xlsx, wide or long layout" };
        var edition = new Option<string>("--edition", "-e") { Description = "Edition code: an existing edition, or a new one described by the options below", Required = true };
        var name = new Option<string?>("--edition-name") { Description = "New edition: its name (Korean)" };
        var publisher = new Option<string?>("--publisher") { Description = "New edition: who published it" };
        var published = new Option<string?>("--published") { Description = "New edition: publication date, yyyy-MM-dd" };
        var source = new Option<string?>("--source") { Description = "New edition: where it is documented" };
        var method = new Option<string?>("--method-note") { Description = "New edition: method and scope" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the file and show what would be imported, without writing" };

        var import = new Command("import", "Import an inventory file, all or nothing (인벤토리 가져오기)") { file, edition, name, publisher, published, source, method, dryRun };
        import.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                context.Console.MarkupLineInterpolated($"[red]error:[/] {path.FullName} does not exist.");
                return 2;
            }
            var spec = new EditionSpec(parse.GetValue(edition)!, parse.GetValue(name), null, parse.GetValue(publisher),
                DateOnly.TryParseExact(parse.GetValue(published), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
                parse.GetValue(method), parse.GetValue(source));
            await using var db = context.Connection().Open();
            db.Actor = () => new Data.Auditing.AuditActor(null, "cli:" + Environment.UserName);
            var content = await File.ReadAllBytesAsync(path.FullName, ct);
            ImportResult? result = null;
            // The CLI acts as the database's operator, who may write every government.
            await context.Console.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask($"{path.Name}: reading and checking", maxValue: 1);
                    result = await InventoryImporter.RunAsync(db, path.Name, content, spec, _ => true, parse.GetValue(dryRun), new SynchronousProgress(task), ct);
                    task.MaxValue = Math.Max(1, result.Plan.Entries.Count);
                    task.Value = task.MaxValue;
                });
            return Report(context.Console, result!, parse.GetValue(dryRun));
        });

        var layout = new Argument<string>("layout") { Description = "wide or long" };
        layout.AcceptOnlyFromAmong("wide", "long");
        var output = new Option<FileInfo>("--output", "-o") { Description = "Where to write (.csv or .xlsx)", Required = true };
        var template = new Command("template", "Write an empty import template (양식)") { layout, output };
        template.SetAction(async (parse, ct) =>
        {
            var target = parse.GetValue(output)!;
            var (header, rows) = InventoryExport.Template(parse.GetValue(layout)!);
            var bytes = target.Extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase) ? InventoryExport.Xlsx("인벤토리", header, rows) : InventoryExport.Csv(header, rows);
            await File.WriteAllBytesAsync(target.FullName, bytes, ct);
            context.Console.MarkupLineInterpolated($"Wrote {target.FullName}");
            return 0;
        });
        return new Command("inventory", "GHG inventories (온실가스 인벤토리)") { import, template };
    }

    private static int Report(IAnsiConsole console, ImportResult result, bool dryRun)
    {
        if (result.Problems.Count > 0)
        {
            var table = new Table().AddColumns("file / sheet", "row", "column", "problem");
            foreach (var p in result.Problems)
            {
                table.AddRow(Markup.Escape(p.Location), p.Row.ToString(CultureInfo.InvariantCulture), Markup.Escape(p.Column), Markup.Escape(p.MessageKo + " / " + p.Message));
            }
            console.Write(table);
            console.MarkupLineInterpolated($"[red]{result.Problems.Count} problem(s): nothing was imported.[/]");
            return 1;
        }
        var verb = dryRun ? "would import" : "imported";
        console.MarkupLineInterpolated($"{result.Plan.Format}, {result.Plan.Layout} layout: {verb} {result.Plan.Entries.Count:N0} entries into edition '{result.Edition!.Code}'{(result.EditionIsNew ? " (new)" : "")}.");
        return 0;
    }

    // Progress<T> posts to the thread pool; the bar wants the value at once.
    private sealed class SynchronousProgress(ProgressTask task) : IProgress<int>
    {
        public void Report(int value)
        {
            task.MaxValue = Math.Max(task.MaxValue, value);
            task.Value = value;
            task.Description = $"{value:N0} entries written";
        }
    }
}
