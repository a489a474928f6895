using Tanso.Core.Inventory;
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
        var guidelines = new Option<string?>("--guidelines") { Description = "New edition: IPCC guidelines, 1996 or 2006; rows of a 'guideline' column for other guidelines are left out (and listed)" };
        var provisional = new Option<bool?>("--provisional") { Description = "New edition: provisional figures (잠정치); by default when every year is provisional" };
        var unit = new Option<string?>("--unit") { Description = "Unit of the values when the file names none: t, kt (천톤, Gg), 10kt (만톤) or Mt (백만톤)" };
        var headerRow = new Option<int?>("--header-row") { Description = "The header row (1-based), when not the detected one" };
        var government = new Option<string?>("--government") { Description = "The government of every row, for a file without a government column (e.g. 전국)" };
        var numbering = new Option<string>("--numbering") { Description = "Category codes: nir (Korea's NIR, default), ipcc1996 or ipcc2006", DefaultValueFactory = _ => "nir" };
        var ignore = new Option<string?>("--ignore-columns") { Description = "Columns to leave out, by letter or heading, comma-separated" };

        var import = new Command("import", "Import an inventory file, all or nothing (인벤토리 가져오기)")
        {
            file, edition, name, publisher, published, source, method, guidelines, provisional, unit, headerRow, government, numbering, ignore, dryRun,
        };
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
                parse.GetValue(method), parse.GetValue(source),
                Core.Inventory.IpccGuidelinesNames.Parse(parse.GetValue(guidelines)) ?? Core.Inventory.IpccGuidelines.Unknown, parse.GetValue(provisional));
            var options = new ImportOptions
            {
                Unit = parse.GetValue(unit), HeaderRow = parse.GetValue(headerRow), Government = parse.GetValue(government),
                Numbering = parse.GetValue(numbering) ?? "nir", IgnoreColumns = ImportOptions.ParseColumns(parse.GetValue(ignore)),
            };
            await using var db = await context.OpenMigratedAsync(ct);
            db.Actor = () => new Data.Auditing.AuditActor(null, "cli:" + Environment.UserName);
            await using var content = path.OpenRead();
            ImportResult? result = null;
            // The CLI acts as the database's operator, who may write every government.
            try
            {
                await context.Console.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .StartAsync(async progress =>
                    {
                        var task = progress.AddTask($"{path.Name}: reading and checking", maxValue: 1);
                        result = await InventoryImporter.RunAsync(db, path.Name, content, spec, options, _ => true, parse.GetValue(dryRun), new SynchronousProgress(task), ct);
                        task.MaxValue = Math.Max(1, result.Report.Entries);
                        task.Value = task.MaxValue;
                    });
            }
            catch (Data.Tabular.UploadLimitExceededException e)
            {
                // A file beyond what Tanso reads (a dimension, row or zip bomb): refused in words, nothing written.
                context.Console.MarkupLineInterpolated($"[red]{e.Korean}[/]");
                context.Console.MarkupLineInterpolated($"[red]{e.Message}[/]");
                context.Console.MarkupLine("[red]Nothing was imported.[/]");
                return 1;
            }
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
        return new Command("inventory", "GHG inventories (온실가스 인벤토리)") { import, template, InventoryEditionCommands.Editions(context), InventoryEditionCommands.Aliases(context) };
    }

    private static int Report(IAnsiConsole console, ImportResult result, bool dryRun)
    {
        var report = result.Report;
        foreach (var w in report.Warnings)
        {
            console.MarkupLineInterpolated($"[yellow]warning:[/] row {w.Row}, {w.Column}: {w.MessageKo} / {w.Message}");
        }
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
        var totals = new Table().AddColumns("year", "gross (tCO2eq)", "net (tCO2eq)", "file's total");
        foreach (var (year, provisional) in report.Years)
        {
            var gross = report.Governments.Sum(g => report.Gross(g, year));
            var net = report.Governments.Sum(g => report.Net(g, year));
            var file = report.FileTotals.Where(kv => kv.Key.Year == year && kv.Key.Role == Core.Inventory.LineRole.Total).Sum(kv => kv.Value);
            totals.AddRow(year + (provisional ? " (잠정)" : ""), gross.ToString("N0", CultureInfo.InvariantCulture), net.ToString("N0", CultureInfo.InvariantCulture), file == 0 ? "-" : file.ToString("N0", CultureInfo.InvariantCulture));
        }
        console.Write(totals);
        console.MarkupLineInterpolated($"{report.Format}, {report.Layout!.Name} layout, header row {report.Layout.HeaderRow}, unit {report.Unit!.NameKo}: {verb} {report.Entries:N0} entries and {report.ReportedLines.Count:N0} total/memo lines into edition '{result.Edition!.Code}'{(result.EditionIsNew ? " (new)" : "")}.");
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
