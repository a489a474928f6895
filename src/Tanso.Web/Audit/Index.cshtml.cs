using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tanso.Data;
using Tanso.Data.Auditing;
using Tanso.Web.Accounts;

namespace Tanso.Web.Audit;

internal sealed class IndexModel(TansoDb db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? EntityType { get; set; }
    [BindProperty(SupportsGet = true)] public string? EntityId { get; set; }
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.ToActor().CanReadAudit)
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }
        Entries = await db.AuditEntries.For(EntityType, EntityId).Take(AuditApi.PageSize).ToListAsync(ct);
        return Page();
    }
}
