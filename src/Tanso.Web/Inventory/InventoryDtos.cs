using Tanso.Core.Figures;
using Tanso.Core.Inventory;
using Tanso.Data.Inventory;

namespace Tanso.Web.Inventory;

internal sealed record EditionDto(string Code, string NameKo, string NameEn, string Publisher, DateOnly PublishedOn, string MethodNote, string Source, bool IsSample);

internal sealed record EntryDto(string Sector, string SubSector, string Gas, int Year, decimal ValueTCo2eq);

internal sealed record GovernmentInventoryDto(int GovernmentId, string GovernmentNameKo, EditionDto Edition, bool IsSample, IReadOnlyList<EditionDto> OtherEditions, IReadOnlyList<EntryDto> Entries);

internal sealed record ProblemDto(string Location, int Row, string Column, string Message, string MessageKo);

internal sealed record ImportSummaryDto(string Government, string Sector, int FirstYear, int LastYear, int Entries);

internal sealed record ImportResultDto(bool Committed, bool DryRun, string Format, string Layout, string? Edition, bool EditionIsNew, int Entries,
    IReadOnlyList<ImportSummaryDto> Summary, IReadOnlyList<ProblemDto> Problems);

internal sealed record ChangeDto(string Sector, string SubSector, string Gas, int Year, decimal? Before, decimal? After, decimal Delta);

internal sealed record DiffDto(string From, string To, IReadOnlyList<ChangeDto> Changes, IReadOnlyDictionary<int, decimal> NetChangeByYear);

internal static class InventoryDtoMapping
{
    public static EditionDto ToDto(this InventoryEdition e) => new(e.Code, e.NameKo, e.NameEn, e.Publisher, e.PublishedOn, e.MethodNote, e.Source, e.IsSample);

    public static EntryDto ToDto(this InventoryEntry e) => new(e.Sector.Value, e.SubSector, e.Gas.Label(), e.Year.Value, e.Emissions.Value);

    public static ProblemDto ToDto(this ImportProblem p) => new(p.Location, p.Row, p.Column, p.Message, p.MessageKo);

    public static ImportResultDto ToDto(this ImportResult r, bool dryRun, Func<int, string> governmentName) => new(
        r.Committed, dryRun, r.Plan.Format, r.Plan.Layout, r.Edition?.Code, r.EditionIsNew, r.Plan.Entries.Count,
        r.Plan.Entries.GroupBy(e => (e.GovernmentId, e.Sector))
            .Select(g => new ImportSummaryDto(governmentName(g.Key.GovernmentId), Core.Sectors.SectorTaxonomy.Get(g.Key.Sector).NameKo, g.Min(e => e.Year.Value), g.Max(e => e.Year.Value), g.Count()))
            .ToList(),
        r.Problems.Select(p => p.ToDto()).ToList());
}
