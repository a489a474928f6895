using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tanso.Core.Figures;
using Tanso.Core.Governments;
using Tanso.Core.Inventory;
using Tanso.Data;
using Tanso.Data.Inventory;
using Tanso.Web.Inventory;

namespace Tanso.Web.Governments;

/// <summary>What changed for a government between two inventory editions.</summary>
internal sealed class DiffModel(TansoDb db) : PageModel
{
    public Government Government { get; private set; } = null!;
    public IReadOnlyList<InventoryEdition> Editions { get; private set; } = [];
    public InventoryEdition? From { get; private set; }
    public InventoryEdition? To { get; private set; }
    public IReadOnlyList<InventoryChange> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, string? from, string? to, CancellationToken ct)
    {
        var (government, editions, _) = await InventoryApi.ChooseAsync(db, id, null, ct);
        if (government is null)
        {
            return NotFound();
        }
        Government = government;
        Editions = editions;
        From = editions.FirstOrDefault(e => e.Code == from) ?? (editions.Count > 1 ? editions[1] : null);
        To = editions.FirstOrDefault(e => e.Code == to) ?? (editions.Count > 0 ? editions[0] : null);
        if (From is not null && To is not null)
        {
            Changes = InventoryDiff.Compare(await db.EntriesAsync(id, From.Id, ct), await db.EntriesAsync(id, To.Id, ct));
        }
        return Page();
    }
}
