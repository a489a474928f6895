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

    /// <summary>Per year with a change: how many values changed, and the net change of the totals (null when no total
    /// changed).</summary>
    public IReadOnlyList<(int Year, int Count, decimal? Net)> Years { get; private set; } = [];

    /// <summary>The year whose changes the table lists: two full GIR series differ in thousands of values, too many for
    /// one page (256 KB on the wire), so the table shows one year at a time and the API serves all of them at once.</summary>
    public int? Year { get; private set; }

    public IEnumerable<InventoryChange> ChangesOfYear => Changes.Where(c => c.Year == Year);

    public async Task<IActionResult> OnGetAsync(int id, string? from, string? to, int? year, CancellationToken ct)
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
            var net = InventoryDiff.ByYear(Changes);
            Years = Changes.GroupBy(c => c.Year).OrderBy(g => g.Key)
                .Select(g => (g.Key, g.Count(), net.TryGetValue(g.Key, out var n) ? n.Value : (decimal?)null)).ToList();
            // The latest year by default: the one a reader of a new edition looks at first.
            Year = Years.Any(y => y.Year == year) ? year : Years.Count > 0 ? Years[^1].Year : null;
        }
        return Page();
    }
}
