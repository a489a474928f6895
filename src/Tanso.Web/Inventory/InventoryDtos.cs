using Tanso.Core.Figures;
using Tanso.Core.Inventory;
using Tanso.Data.Inventory;

namespace Tanso.Web.Inventory;

internal sealed record EditionDto(string Code, string NameKo, string NameEn, string Publisher, DateOnly PublishedOn, string MethodNote, string Source, bool IsSample,
    string Guidelines, bool IsProvisional, string? SupersededBy, DateTime? WithdrawnUtc, string? WithdrawnReason);

internal sealed record EntryDto(string Sector, string SubSector, string Gas, int Year, decimal ValueTCo2eq, string Category, int Level, bool Nested, bool Provisional, string Mark);

internal sealed record ReportedLineDto(string Role, string Label, string Category, int Level, string Gas, int Year, decimal? ValueTCo2eq, string Mark, bool Provisional);

internal sealed record GovernmentInventoryDto(int GovernmentId, string GovernmentNameKo, EditionDto Edition, bool IsSample, IReadOnlyList<EditionDto> OtherEditions,
    IReadOnlyList<EntryDto> Entries, IReadOnlyList<ReportedLineDto> ReportedLines);

internal sealed record ProblemDto(string Location, int Row, string Column, string Message, string MessageKo);

internal sealed record ColumnDto(string Letter, string Heading, string Role, int? Year, bool Provisional);

internal sealed record PreviewYearDto(int Year, bool Provisional, IReadOnlyDictionary<string, decimal> SectorsTCo2eq, decimal GrossTCo2eq, decimal NetTCo2eq,
    decimal? FileGrossTCo2eq, decimal? FileNetTCo2eq, decimal? FileDifferenceTCo2eq, decimal? CurrentGrossTCo2eq, decimal? CurrentDifferenceTCo2eq, decimal? PreviousYearChangePercent);

internal sealed record ImportResultDto(bool Committed, bool DryRun, string Format, string? Layout, int? HeaderRow, int HeaderRows, string? Unit, string? UnitSource, bool NeedsUnit,
    string? Edition, bool EditionIsNew, int Entries, int ReportedLines, int BlankCells, IReadOnlyDictionary<string, int> Marks,
    IReadOnlyList<ColumnDto> Columns, IReadOnlyList<string> RowsAbove, IReadOnlyList<string> NoteRows, string? CurrentEdition,
    IReadOnlyList<PreviewYearDto> Preview, IReadOnlyList<ProblemDto> Warnings, IReadOnlyList<ProblemDto> Problems, ImportChoicesDto Choices);

/// <summary>The choices the request made, echoed in every answer (a refusal too) under the form field names, so a client
/// corrects the one that was refused and sends the rest unchanged.</summary>
internal sealed record ImportChoicesDto(string Edition, string? EditionName, string? EditionNameEn, string? Publisher, DateOnly? PublishedOn,
    string? MethodNote, string? Source, string? Guidelines, bool? Provisional, string? Unit, int? HeaderRow, string? Government, string Numbering,
    IReadOnlyList<string> IgnoreColumns);

internal sealed record ChangeDto(string Sector, string SubSector, string Gas, int Year, decimal? Before, decimal? After, decimal Delta);

internal sealed record DiffDto(string From, string To, IReadOnlyList<ChangeDto> Changes, IReadOnlyDictionary<int, decimal> NetChangeByYear);

internal static class InventoryDtoMapping
{
    public static EditionDto ToDto(this InventoryEdition e, string? supersededBy = null) => new(e.Code, e.NameKo, e.NameEn, e.Publisher, e.PublishedOn, e.MethodNote, e.Source, e.IsSample,
        e.Guidelines.Label(), e.IsProvisional, supersededBy, e.WithdrawnUtc, e.WithdrawnReason);

    public static EntryDto ToDto(this InventoryEntry e) => new(e.Sector.Value, e.SubSector, e.Gas.Label(), e.Year.Value, e.Emissions.Value, e.Category, e.Level, e.Nested, e.Provisional, e.Mark.Code());

    public static ReportedLineDto ToDto(this ReportedLine l) => new(l.Role.ToString(), l.Label, l.Category, l.Level, l.Gas.Label(), l.Year, l.Tonnes, l.Mark.Code(), l.Provisional);

    public static ProblemDto ToDto(this ImportProblem p) => new(p.Location, p.Row, p.Column, p.Message, p.MessageKo);

    public static ImportChoicesDto ToDto(this EditionSpec e, ImportOptions o) => new(e.Code, e.NameKo, e.NameEn, e.Publisher, e.PublishedOn, e.MethodNote, e.Source,
        e.Guidelines == Core.Inventory.IpccGuidelines.Unknown ? null : e.Guidelines.ToString(), e.Provisional, o.Unit, o.HeaderRow, o.Government, o.Numbering, o.IgnoreColumns);

    public static ImportResultDto ToDto(this ImportResult r, bool dryRun, ImportPreview? preview, ImportChoicesDto choices)
    {
        var report = r.Report;
        var layout = report.Layout;
        return new ImportResultDto(r.Committed, dryRun, report.Format, layout?.Name, layout?.HeaderRow, layout?.HeaderRows ?? 0, report.Unit?.NameKo, layout?.UnitSource, report.NeedsUnit,
            r.Edition?.Code, r.EditionIsNew, report.Entries, report.ReportedLines.Count, report.BlankCells,
            report.Marks.ToDictionary(kv => kv.Key.Code(), kv => kv.Value),
            layout?.Columns.Select(c => new ColumnDto(ImportProblem.Letter(c.Index), c.Heading, c.Role.ToString(), c.Year?.Year, c.Year?.Provisional ?? false)).ToList() ?? [],
            layout?.RowsAbove.Select(a => $"{a.Row}: {a.Text}").ToList() ?? [],
            report.NoteRows.Select(n => $"{n.Row}: {n.Text}").ToList(),
            preview?.CurrentEdition,
            preview?.Years.Select(y => new PreviewYearDto(y.Year, y.Provisional, y.Sectors, y.Gross, y.Net, y.FileGross, y.FileNet, y.FileDifference, y.CurrentGross, y.CurrentDifference,
                y.PreviousYearChange is { } c ? Math.Round(c, 2) : null)).ToList() ?? [],
            report.Warnings.Select(p => p.ToDto()).ToList(),
            report.Problems.Select(p => p.ToDto()).ToList(), choices);
    }
}
