using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Figures;
using Tanso.Core.Governments;
using Tanso.Core.Quantities;
using Tanso.Core.Regional;

namespace Tanso.Data.Seeding;

/// <summary>
/// Loads the published regional data shipped in Seed/Reference — regional inventories (경상남도 and its 18 시·군) and
/// the 시·도 targets — with each row's status, note and source, exactly as the reference files give them, in bulk (<see cref="BulkRows"/>).
/// A row that names an unknown government, unit, scope or status stops the whole seed with the file and row; what
/// exists is never updated.
/// </summary>
public static class RegionalSeeding
{
    /// <summary>The regional inventory files shipped, each a byte-identical copy of the project's reference file.</summary>
    public static readonly string[] InventoryFiles = ["regional-inventory-gyeongnam.csv"];

    /// <summary>The regional targets file shipped.</summary>
    public const string TargetsFile = "regional-targets.csv";

    /// <summary>Inserts the missing figures and targets; returns how many rows were inserted.</summary>
    public static async Task<int> SeedAsync(TansoDb db, CancellationToken ct)
    {
        var governments = await db.Governments.AsNoTracking().Where(g => g.Level != GovernmentLevel.National).ToListAsync(ct);
        var provinces = governments.Where(g => g.Level == GovernmentLevel.Province).ToDictionary(g => g.AdministrativeCode!.Value.Value);
        var inserted = 0;
        foreach (var file in InventoryFiles)
        {
            var rows = ReadFigures(file, provinces, governments);
            var existing = (await db.RegionalFigures.AsNoTracking().Select(f => new { f.GovernmentId, f.Series, f.Year, f.Scope, f.LineKo }).ToListAsync(ct))
                .Select(f => (f.GovernmentId, f.Series, f.Year.Value, f.Scope, f.LineKo)).ToHashSet();
            var missing = rows.Where(r => !existing.Contains((r.GovernmentId, r.Series, r.Year.Value, r.Scope, r.LineKo))).ToList();
            inserted += await BulkRows.InsertAsync(db, missing, file, ct);
        }
        var targets = ReadTargets(provinces);
        var known = (await db.PublishedTargets.AsNoTracking().Select(t => new { t.GovernmentId, t.Plan, t.TargetYear }).ToListAsync(ct))
            .Select(t => (t.GovernmentId, t.Plan, t.TargetYear)).ToHashSet();
        var newTargets = targets.Where(t => !known.Contains((t.GovernmentId, t.Plan, t.TargetYear))).ToList();
        await BulkRows.InsertAsync(db, newTargets, TargetsFile, ct);
        await db.SaveChangesAsync(ct); // the audit events of the two sets
        return inserted + newTargets.Count;
    }

    /// <summary>The rows of a shipped regional inventory file, resolved to governments.</summary>
    public static IReadOnlyList<RegionalFigure> ReadFigures(string file, IReadOnlyDictionary<string, Government> provinces, IReadOnlyList<Government> governments)
    {
        var order = 0;
        return EmbeddedCsv.Read("Reference." + file, r =>
        {
            var province = provinces.GetValueOrDefault(r.Text("region_code"))
                ?? throw new FormatException($"region_code '{r.Text("region_code")}' is not a 시·도 code.");
            var area = r.Text("area");
            // 창원시 has no SGIS code of its own (its 일반구 do), so governments are found by name inside their province.
            var government = area == province.NameKo ? province
                : governments.SingleOrDefault(g => g.ParentId == province.Id && g.NameKo == area)
                  ?? throw new FormatException($"area '{area}' is not a 시·군·구 of {province.NameKo}.");
            return new RegionalFigure(
                government.Id,
                r.Text("series"),
                ReportingYear.Of(r.Int("year")),
                EmissionScopes.TryParse(r.Text("scope"), out var scope) ? scope : throw new FormatException($"unknown scope '{r.Text("scope")}'."),
                r.Text("sector"),
                r.GetField("sector_en") is { Length: > 0 } en ? en : r.Text("sector"),
                // An empty value is a "-" cell in the source: no value, which is not zero.
                r.GetField("value") is { Length: > 0 } ? new TonnesCo2e(r.Decimal("value") * TonnesPer(r.Text("unit"))) : null,
                r.GetField("note") ?? "",
                r.Text("source"),
                Status(r),
                ++order);
        });
    }

    private static IReadOnlyList<PublishedTarget> ReadTargets(IReadOnlyDictionary<string, Government> provinces) =>
        EmbeddedCsv.Read("Reference." + TargetsFile, r =>
        {
            var province = provinces.GetValueOrDefault(r.Text("region_code"))
                ?? throw new FormatException($"region_code '{r.Text("region_code")}' is not a 시·도 code.");
            var baseText = r.GetField("base_emissions_MtCO2eq") ?? "";
            return new PublishedTarget(
                province.Id,
                r.Text("plan"),
                r.Int("base_year"),
                baseText,
                OptionalDecimal(baseText),
                r.GetField("base_scope") ?? "",
                r.Int("target_year"),
                OptionalDecimal(r.GetField("target_reduction_pct")),
                OptionalDecimal(r.GetField("target_emissions_MtCO2eq")),
                r.GetField("net_zero_year") is { Length: > 0 } z ? int.Parse(z, NumberStyles.None, CultureInfo.InvariantCulture) : null,
                r.GetField("note") ?? "",
                r.Text("source"),
                Status(r));
        });

    // A base published as two numbers ("8.97 or 9.43") has no single value: kept as text only.
    private static decimal? OptionalDecimal(string? text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static FigureStatus Status(IReaderRow r) =>
        FigureStatuses.TryParse(r.Text("status"), out var status) ? status : throw new FormatException($"unknown status '{r.Text("status")}'.");

    private static decimal TonnesPer(string unit) => unit switch
    {
        "Gg CO2eq" or "thousand tCO2eq (= Gg CO2eq)" or "kt CO2eq" => 1000m,
        "tCO2eq" => 1m,
        _ => throw new FormatException($"unknown unit '{unit}'."),
    };
}
