using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Checks;
using Tanso.Core.Figures;
using Tanso.Core.Governments;
using Tanso.Core.Inventory;
using Tanso.Core.Plans;
using Tanso.Data;
using Tanso.Data.Inventory;

namespace Tanso.Web.National;

/// <summary>One year of the national series: the current edition's gross and net, the NDC-basis edition's, and the
/// latest provisional totals under each guidelines (null where an edition has no such year).</summary>
internal sealed record SeriesYear(int Year, decimal? Gross, decimal? Net, decimal? NdcGross, decimal? NdcNet, decimal? ProvisionalGross, decimal? ProvisionalNdcGross);

/// <summary>
/// The nation's inventory over time on the home page: the current official edition (newest confirmed, in force) by
/// sector, the edition under the NDC targets' guidelines beside it, and the provisional totals of the latest release
/// under each guidelines. Each part names its edition and guidelines: the two series differ by 7–8 % (2018: 783.9
/// against 725.0 Mt) and are never mixed into one line.
/// </summary>
internal sealed class NationalSeries
{
    public int NationId { get; private init; }
    public InventoryEdition? Current { get; private init; }
    public InventorySummary? CurrentSummary { get; private init; }
    public InventoryEdition? NdcBasis { get; private init; }
    public IReadOnlyList<InventoryEdition> Provisional { get; private init; } = [];
    public IReadOnlyList<SeriesYear> Years { get; private init; } = [];

    public static async Task<NationalSeries> LoadAsync(TansoDb db, CancellationToken ct)
    {
        var nation = await db.Governments.AsNoTracking().SingleOrDefaultAsync(g => g.Level == GovernmentLevel.National, ct);
        if (nation is null)
        {
            return new NationalSeries();
        }
        var editions = (await db.EditionsForAsync(nation.Id, ct)).Where(e => !e.IsSample).ToList();
        var current = editions.FirstOrDefault();
        var ndc = ComparableEmissions.ChooseEdition(editions, EmissionsBasis.NationalNdc) is { } e && e.Guidelines == IpccGuidelines.Ipcc1996 && e.Id != current?.Id ? e : null;
        var ids = new[] { current?.Id, ndc?.Id }.OfType<int>().ToList();
        var entries = await db.InventoryEntries.AsNoTracking().Where(x => x.GovernmentId == nation.Id && ids.Contains(x.EditionId)).ToListAsync(ct);
        var summary = current is null ? null : InventorySummary.Build(entries.Where(x => x.EditionId == current.Id));
        var ndcSummary = ndc is null ? null : InventorySummary.Build(entries.Where(x => x.EditionId == ndc.Id));
        // Provisional totals: the newest release's figure for each year and guidelines (older releases stay on the data page).
        var provisional = await db.InventoryEditions.AsNoTracking().Where(x => x.IsProvisional && !x.IsSample && x.SupersededById == null && x.WithdrawnUtc == null).ToListAsync(ct);
        var provisionalIds = provisional.Select(x => x.Id).ToList();
        var totals = await db.InventoryReportedLines.AsNoTracking()
            .Where(l => l.GovernmentId == nation.Id && l.Role == LineRole.Total && provisionalIds.Contains(l.EditionId)).ToListAsync(ct);
        var byId = provisional.ToDictionary(x => x.Id);
        decimal? Latest(int year, IpccGuidelines g) => totals.Where(l => l.Year == year && byId[l.EditionId].Guidelines == g && l.Tonnes is not null)
            .OrderByDescending(l => byId[l.EditionId].PublishedOn).Select(l => l.Tonnes).FirstOrDefault();
        var confirmedYears = (summary?.Years ?? []).Concat(ndcSummary?.Years ?? []).ToHashSet();
        var years = confirmedYears.Concat(totals.Select(l => l.Year)).Distinct().Order()
            .Select(y => new SeriesYear(y,
                summary?.Years.Contains(y) == true ? summary.Gross(y).Value : null, summary?.Years.Contains(y) == true ? summary.Net(y).Value : null,
                ndcSummary?.Years.Contains(y) == true ? ndcSummary.Gross(y).Value : null, ndcSummary?.Years.Contains(y) == true ? ndcSummary.Net(y).Value : null,
                summary?.Years.Contains(y) == true ? null : Latest(y, current?.Guidelines ?? IpccGuidelines.Ipcc2006),
                ndcSummary?.Years.Contains(y) == true ? null : Latest(y, IpccGuidelines.Ipcc1996)))
            .Where(y => y.Gross is not null || y.NdcGross is not null || y.ProvisionalGross is not null || y.ProvisionalNdcGross is not null).ToList();
        var used = totals.Select(l => l.EditionId).Distinct().Where(id => years.Any(y => Latest(y.Year, byId[id].Guidelines) is not null)).ToHashSet();
        return new NationalSeries
        {
            NationId = nation.Id, Current = current, CurrentSummary = summary, NdcBasis = ndc, Years = years,
            Provisional = provisional.Where(x => used.Contains(x.Id)).OrderByDescending(x => x.PublishedOn).ThenBy(x => x.Guidelines).ToList(),
        };
    }

    /// <summary>"edition name (IPCC 2006 GL)", the words every chart and table of national emissions carries.</summary>
    public static string Label(InventoryEdition e, bool english) =>
        $"{(english ? e.NameEn : e.NameKo)}{(e.Guidelines == IpccGuidelines.Unknown ? "" : $" · {e.Guidelines.Label()}")}";

    /// <summary>The chart block: the current edition's sectors stacked per year, its net total, and the other series as lines.</summary>
    public string ToJson(bool english)
    {
        if (Current is null || CurrentSummary is null)
        {
            return "{}";
        }
        static decimal? Mt(decimal? t) => t is { } v ? Math.Round(v / 1_000_000m, 2) : null;
        var s = CurrentSummary;
        var datasets = s.Sectors.Select(sector => new
        {
            label = $"{sector.Name(english ? "en" : "ko")}",
            color = NationalChart.Colours.GetValueOrDefault(sector.Code.Value, "#6d7882"),
            data = Years.Select(y => s.Years.Contains(y.Year) ? Mt(s.Value(y.Year, sector)?.Value) : null).ToArray(),
        });
        var gl = Current.Guidelines.Label();
        var lines = new List<object>();
        if (Years.Any(y => y.ProvisionalGross is not null))
        {
            lines.Add(new { label = english ? $"Provisional gross ({gl})" : $"잠정 총배출량 ({gl})", color = "#e17100", dashed = true, data = Years.Select(y => Mt(y.ProvisionalGross)).ToArray() });
        }
        if (NdcBasis is not null)
        {
            var ndcGl = NdcBasis.Guidelines.Label();
            lines.Add(new { label = english ? $"Gross, {ndcGl} (NDC basis)" : $"총배출량, {ndcGl} (NDC 기준)", color = "#6d7882", dashed = true,
                data = Years.Select(y => Mt(y.NdcGross ?? y.ProvisionalNdcGross)).ToArray() });
        }
        return JsonSerializer.Serialize(new
        {
            kind = "stacked",
            labels = Years.Select(y => y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
            unit = "MtCO2eq",
            datasets,
            lines,
            net = new { label = english ? $"Net total ({gl})" : $"순배출량 ({gl})", data = Years.Select(y => Mt(y.Net)).ToArray() },
        });
    }
}
