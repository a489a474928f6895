using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Governments;
using Tanso.Data;

namespace Tanso.Web.Governments;

internal sealed class IndexModel(TansoDb db) : PageModel
{
    private ILookup<int?, Government> _children = Enumerable.Empty<Government>().ToLookup(g => g.ParentId);

    public Government Nation { get; private set; } = null!;
    public IReadOnlyList<Government> Provinces { get; private set; } = [];

    public IReadOnlyList<Government> Children(int provinceId) => _children[provinceId].OrderBy(g => g.NameKo, StringComparer.Ordinal).ToList();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var all = await db.Governments.InDisplayOrder().ToListAsync(ct);
        Nation = all.Single(g => g.Level == GovernmentLevel.National);
        Provinces = all.Where(g => g.Level == GovernmentLevel.Province).ToList();
        _children = all.Where(g => g.Level == GovernmentLevel.Municipality).ToLookup(g => g.ParentId);
    }
}
