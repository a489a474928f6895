using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Tanso.Core.Figures;
using Tanso.Core.Quantities;
using Tanso.Data;

namespace Tanso.Cli;

internal static class FigureCommands
{
    public static Command Create(CliContext context)
    {
        var series = new Option<string?>("--series", "-s") { Description = "Series code, e.g. ndc-2021 (all series when omitted)" };
        var year = new Option<int?>("--year", "-y") { Description = "Year the figures refer to, e.g. 2030" };
        year.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is { } y && !ReportingYear.IsValid(y))
            {
                r.AddError(ReportingYear.OutOfRangeMessage(y));
            }
        });

        var list = new Command("list", "List official national figures with source and status (국가 공식 수치)") { series, year };
        list.SetAction(async (parse, ct) =>
        {
            await using var db = await context.OpenMigratedAsync(ct);
            var seriesCode = parse.GetValue(series);
            var query = db.OfficialFigures.WithProvenance();
            if (seriesCode is not null)
            {
                var (match, error) = await db.FindSeriesAsync(seriesCode, ct);
                if (match is null)
                {
                    context.Console.MarkupLineInterpolated($"[red]error:[/] {error}");
                    return 2;
                }
                query = query.Where(f => f.SeriesId == match.Id);
            }
            if (parse.GetValue(year) is { } y)
            {
                var reportingYear = ReportingYear.Of(y);
                query = query.Where(f => f.Year == reportingYear);
            }
            var figures = (await query.ToListAsync(ct)).OrderBy(f => f.Series!.Order).ThenBy(f => f.Line.DisplayOrder).ToList();
            context.Console.Write(ToTable(figures));
            context.Console.MarkupLineInterpolated($"{figures.Count} figure(s). Unit: MtCO2eq. Status: verified = read in the source, derived = computed from verified figures, unverified = not read in a primary source.");
            return 0;
        });
        return new Command("figures", "Official national figures") { list };
    }

    private static Table ToTable(IEnumerable<OfficialFigure> figures)
    {
        var table = new Table().AddColumns("series", "year", "line", "부문", "MtCO2eq", "status", "source");
        table.Columns[4].RightAligned();
        foreach (var f in figures)
        {
            var status = f.Status == FigureStatus.Unverified ? $"[yellow]{f.Status.English()}[/]" : f.Status.English();
            table.AddRow(
                Markup.Escape(f.Series!.Code), f.Year.ToString(), Markup.Escape(f.Line.Code), Markup.Escape(f.Line.NameKo),
                f.Value.ToMegatonnes().Value.ToString("0.0", CultureInfo.InvariantCulture), status, Markup.Escape(f.Source));
        }
        return table;
    }
}
