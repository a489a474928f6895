using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Inventory;
using Tanso.Data.Inventory;

namespace Tanso.Data.Seeding;

/// <summary>
/// The nation's GIR inventories, seeded through <see cref="InventoryImporter"/> exactly as an officer imports them
/// (<c>tanso inventory import FILE --government 전국 --guidelines …</c>): categories placed through the shipped sector
/// mapping with their codes and levels, memo items kept as memo, confidential cells as marks, every year's totals
/// checked against the file's own total and net rows. The importer joins the seeding transaction and writes in bulk
/// (prepared statement on SQLite, binary COPY on PostgreSQL). An edition whose code exists is left alone.
/// </summary>
internal static class NationalInventorySeeding
{
    private const string Publisher = "환경부 온실가스종합정보센터 (GIR)";
    private const string Kept = "Categories placed on Tanso's sectors through the shipped sector mapping (1.A.1 → 전환, 1.A.2 → 산업, 1.A.3 → 수송, "
        + "1.A.4.a/b → 건물, 1.A.4.c → 농축수산, 1.B → 탈루등), every sub-category kept with its code and level; LULUCF is not in the gross total "
        + "(net = gross + LULUCF); memo items (international bunkers) kept as memo lines, never summed; confidential cells (C) kept as confidential.";

    /// <summary>A shipped file, the edition it goes into, and which of its rows (all when null).</summary>
    internal sealed record Shipment(string File, EditionSpec Edition, string? Release = null);

    /// <summary>Code of the current official series (2006 GL).</summary>
    public const string Gir2006 = "gir-2006gl-1990-2022";

    /// <summary>Code of the 1996-GL series, the basis of the NDC's targets.</summary>
    public const string Gir1996 = "gir-1996gl-1990-2021";

    public static IReadOnlyList<Shipment> Shipments { get; } =
    [
        new("national-inventory-gir-2006gl.csv", new EditionSpec(Gir2006,
            "국가 온실가스 인벤토리 1990–2022 (2006 IPCC 지침, 확정)", "National GHG inventory 1990–2022 (2006 IPCC Guidelines, confirmed)",
            Publisher, new DateOnly(2025, 1, 3),
            "The current official series: IPCC 2006 Guidelines, 1990–2022, 161 categories. " + Kept
            + " 2018 gross 783.9 Mt, not the NDC's 727.6 Mt (1996 GL): never compare a year of this edition with the NDC base.",
            "공공데이터포털 파일 '환경부 온실가스종합정보센터_국가 온실가스 인벤토리 배출량_20250103.csv' (read from wavico/K-ETS_Dashboard @98636ced1748107741dd1931faeec49fb9a7dc41); Seed/Reference/national-inventory-gir-2006gl.csv",
            IpccGuidelines.Ipcc2006, false)),
        new("national-inventory-gir-1996gl.csv", new EditionSpec(Gir1996,
            "국가 온실가스 인벤토리 1990–2021 (1996 IPCC 지침, 확정)", "National GHG inventory 1990–2021 (1996 IPCC Guidelines, confirmed)",
            Publisher, new DateOnly(2024, 9, 10),
            "The previous series, under the 1996 IPCC Guidelines on which the 2030 NDC and the 1st National Basic Plan set their targets: "
            + "targets on that basis are compared with this edition. 1990–2021, 144 categories. " + Kept
            + " 2018 gross 725.0 Mt (recalculated; the NDC keeps 727.6 Mt). The file is undated: the date is GIR's release of 2024-09-10, "
            + "which quotes this edition's 2021 total (676.6 Mt) as confirmed, so it was published by then.",
            "GIR 국가 온실가스 인벤토리(1990_2021).csv (read from wavico/Dash_carbon_dashboard @43daadcd994a71e53bd8b9d0eb0a73c3e42559a4); Seed/Reference/national-inventory-gir-1996gl.csv",
            IpccGuidelines.Ipcc1996, false)),
        Provisional("2025-08-20", IpccGuidelines.Ipcc2006, "2023 (705.77 Mt, derived: 691.58 + 14.19) and 2024 (691.58 Mt)"),
        Provisional("2025-08-20", IpccGuidelines.Ipcc1996, "2023 (648.60 Mt, derived: 638.97 + 9.63) and 2024 (638.97 Mt), computed in parallel for checking the NDC"),
        Provisional("2024-09-10", IpccGuidelines.Ipcc1996, "2023 (624.2 Mt) and 2022 as quoted (652.89 Mt); guidelines inferred (the release's 2021 figure is the 1996-GL edition's)"),
        Provisional("2024-04-07", IpccGuidelines.Ipcc1996, "2022 (654.0 Mt); guidelines inferred"),
    ];

    // One edition per release and guidelines: the releases disagree (2023: 624.2 in 2024-09, 648.60 in 2025-08; 2022:
    // 654.0 and 652.89), and the reference README keeps both with their release date rather than choosing.
    private static Shipment Provisional(string release, IpccGuidelines guidelines, string years)
    {
        var gl = guidelines == IpccGuidelines.Ipcc2006 ? "2006" : "1996";
        var date = DateOnly.ParseExact(release, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new("national-inventory-provisional.csv", new EditionSpec($"gir-provisional-{release}-{gl}gl",
            $"국가 온실가스 잠정배출량 ({gl} IPCC 지침, {release} 발표)", $"Provisional national GHG emissions ({gl} IPCC Guidelines, released {release})",
            "온실가스종합정보센터 발표 / GIR release", date,
            $"Provisional totals (잠정치) of GIR's release of {release}: {years}. Gross totals only; replaced by confirmed figures about a year later. "
            + "Releases that disagree are kept side by side, each as its own edition. The release's 2018 figure implied as confirmed (732.86 Mt, unverified) "
            + "and its 'reduction still needed' are not emissions of a year and are not loaded; the 2024 sector figures state no guidelines and stay on the data page.",
            "Seed/Reference/national-inventory-provisional.csv, rows published " + release + " (sources per row: 2050cnc.go.kr, news reports)",
            guidelines, true), release);
    }

    /// <summary>Imports every shipment whose edition is missing; the editions and entries inserted.</summary>
    public static async Task<(int Editions, int Entries)> SeedAsync(TansoDb db, CancellationToken ct)
    {
        var editions = 0;
        var existing = (await db.InventoryEditions.AsNoTracking().Select(e => e.Code).ToListAsync(ct)).ToHashSet();
        var entries = 0;
        foreach (var s in Shipments.Where(s => !existing.Contains(s.Edition.Code)))
        {
            var content = Content(s);
            var result = await InventoryImporter.RunAsync(db, s.File, content, s.Edition, new ImportOptions { Government = "전국" }, _ => true, dryRun: false, ct: ct);
            if (!result.Committed)
            {
                throw new InvalidDataException($"Seed file {s.File} ({s.Edition.Code}) does not import: {string.Join("; ", result.Problems.Take(3))}");
            }
            entries += result.Report.Entries;
            editions++;
        }
        return (editions, entries);
    }

    /// <summary>The shipped file with its confidential cells as GIR wrote them, or for one release its header and the rows of
    /// that release that are provisional emissions of a year (not the confirmed figure a release implies, not a future
    /// year's reduction), byte for byte.</summary>
    internal static byte[] Content(Shipment s)
    {
        using var stream = typeof(NationalInventorySeeding).Assembly.GetManifestResourceStream("Tanso.Data.Seed.Reference." + s.File)
            ?? throw new InvalidOperationException($"Seed file {s.File} is not embedded in Tanso.Data.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        if (s.Release is null)
        {
            // The reference copy writes GIR's confidential cells as empty with the note "source cell 'C'": the importer is
            // given the cell as GIR published it, so that it is stored as confidential (a mark), not as "not reported".
            return Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(memory.ToArray()).Replace(",,\"source cell 'C'", ",C,\"source cell 'C'", StringComparison.Ordinal));
        }
        var releaseYear = int.Parse(s.Release[..4], CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        using var reader = new StringReader(Encoding.UTF8.GetString(memory.ToArray()));
        using var csv = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        csv.Read();
        var header = csv.Record!;
        text.Append(csv.RawRecord);
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException($"{s.File} has no column '{name}'.");
        var (year, published, type) = (Column("year"), Column("published"), Column("value_type"));
        while (csv.Read())
        {
            var row = csv.Record!;
            if (row[published] == s.Release && int.Parse(row[year], CultureInfo.InvariantCulture) <= releaseYear
                && !row[type].StartsWith("confirmed", StringComparison.OrdinalIgnoreCase))
            {
                text.Append(csv.RawRecord);
            }
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
