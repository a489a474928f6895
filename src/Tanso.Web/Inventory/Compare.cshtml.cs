using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Governments;
using Tanso.Core.Inventory;
using Tanso.Data;
using Tanso.Data.Inventory;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Inventory;

/// <summary>Several governments' gross emissions over time, each from its current edition.</summary>
internal sealed class CompareModel(TansoDb db) : PageModel
{
    public sealed record Row(Government Government, string Name, string EditionCode, string Edition, bool IsSample, InventorySummary Summary);

    public IReadOnlyList<Government> Choices { get; private set; } = [];
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    public string ChartJson { get; private set; } = "{}";
    [BindProperty(SupportsGet = true, Name = "g")] public List<int> Selected { get; set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var directory = await GovernmentDirectory.LoadAsync(db, ct);
        var withData = await db.InventoryEntries.Select(e => e.GovernmentId).Distinct().ToListAsync(ct);
        Choices = directory.All.Where(g => withData.Contains(g.Id)).OrderBy(g => g.Level)
            .ThenBy(g => Text.IsEnglish ? g.NameEn : directory.FullName(g), StringComparer.Ordinal).ToList();
        if (Selected.Count == 0)
        {
            Selected = Choices.Where(g => g.Level == GovernmentLevel.Province).Take(4).Select(g => g.Id).ToList();
        }
        var rows = new List<Row>();
        foreach (var id in Selected.Distinct().Take(8))
        {
            var (government, _, edition) = await InventoryApi.ChooseAsync(db, id, null, ct);
            if (government is not null && edition is not null)
            {
                var name = Text.IsEnglish ? government.NameEn : directory.FullName(government);
                rows.Add(new Row(government, name, edition.Code, Text.IsEnglish ? edition.NameEn : edition.NameKo, edition.IsSample, InventorySummary.Build(await db.EntriesAsync(id, edition.Id, ct))));
            }
        }
        Rows = rows;
        Years = rows.SelectMany(r => r.Summary.Years).Distinct().Order().ToList();
        ChartJson = InventoryChart.Lines(rows.Select(r => (r.IsSample ? r.Name + (Text.IsEnglish ? " (sample)" : " (예시)") : r.Name, r.Summary)).ToList(), "MtCO2eq");
    }
}
