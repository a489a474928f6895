using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tanso.Core.Figures;
using Tanso.Core.Governments;
using Tanso.Core.Inventory;
using Tanso.Data;
using Tanso.Data.Inventory;
using Tanso.Web.Infrastructure;
using Tanso.Web.Inventory;

namespace Tanso.Web.Governments;

/// <summary>A government's inventory: chart, table, shares and change against a base year, for one edition.</summary>
internal sealed class GovernmentModel(TansoDb db) : PageModel
{
    public Government Government { get; private set; } = null!;
    public string FullName { get; private set; } = "";
    public IReadOnlyList<InventoryEdition> Editions { get; private set; } = [];
    public InventoryEdition? Edition { get; private set; }
    public InventorySummary? Summary { get; private set; }
    public string ChartJson { get; private set; } = "{}";
    public int? BaseYear { get; private set; }
    public int? LatestYear => Summary?.Years.Count > 0 ? Summary.Years[^1] : null;

    public async Task<IActionResult> OnGetAsync(int id, string? edition, int? @base, CancellationToken ct)
    {
        var (government, editions, chosen) = await InventoryApi.ChooseAsync(db, id, edition, ct);
        if (government is null)
        {
            return NotFound();
        }
        Government = government;
        FullName = (await GovernmentDirectory.LoadAsync(db, ct)).FullName(government);
        Editions = editions;
        Edition = chosen;
        if (chosen is not null)
        {
            Summary = InventorySummary.Build(await db.EntriesAsync(id, chosen.Id, ct));
            ChartJson = InventoryChart.Stacked(Summary, Text.Language);
            BaseYear = @base is { } b && Summary.Years.Contains(b) ? b : Summary.Years.Contains(2018) ? 2018 : Summary.Years.Count > 0 ? Summary.Years[0] : null;
        }
        return Page();
    }
}
