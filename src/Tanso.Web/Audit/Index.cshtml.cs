using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tanso.Data;
using Tanso.Data.Auditing;
using Tanso.Web.Accounts;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Audit;

/// <summary>/audit: the trail for people — filtered by who, what and when, 50 entries a page, each as field / before / after.</summary>
internal sealed class IndexModel(TansoDb db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? EntityType { get; set; }
    [BindProperty(SupportsGet = true)] public string? EntityId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Who { get; set; }
    [BindProperty(SupportsGet = true, Name = "action")] public string? Act { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    public int PageNumber { get; private set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public IReadOnlyList<string> EntityTypes { get; private set; } = [];
    public int Total { get; private set; }
    public Pager Pager { get; private set; } = new(1, 1, _ => "");

    public static IReadOnlyList<string> Actions { get; } = ["insert", "update", "delete", "import", "seed"];

    // "page" is also Razor Pages' own route value: read the page number from the query string alone.
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        if (!User.ToActor().CanReadAudit)
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }
        var q = db.AuditEntries.For(EntityType, EntityId);
        if (Who is { Length: > 0 } who)
        {
            q = q.Where(a => a.ActorName.Contains(who));
        }
        if (Act is { Length: > 0 } act && Actions.Contains(act))
        {
            q = q.Where(a => a.Action == act);
        }
        if (From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            q = q.Where(a => a.AtUtc >= start);
        }
        if (To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            q = q.Where(a => a.AtUtc < end);
        }
        Total = await q.CountAsync(ct);
        var pages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(page ?? 1, 1, pages);
        Entries = await q.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        EntityTypes = await db.AuditEntries.Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);
        Pager = new(PageNumber, pages, n => Link(new() { ["page"] = n.ToString(CultureInfo.InvariantCulture) }));
        return Page();
    }

    /// <summary>This page's address with the current filters, changed by <paramref name="set"/>.</summary>
    public string Link(Dictionary<string, string?> set)
    {
        var query = new Dictionary<string, string?>
        {
            ["entityType"] = EntityType, ["entityId"] = EntityId, ["who"] = Who, ["action"] = Act,
            ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        foreach (var (k, v) in set)
        {
            query[k] = v;
        }
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/audit", query.Where(p => p.Value is { Length: > 0 }));
    }

    public static string ActionName(string action) => action switch
    {
        "insert" => Text.T("추가", "added"),
        "update" => Text.T("수정", "changed"),
        "delete" => Text.T("삭제", "deleted"),
        "import" => Text.T("가져오기 (일괄)", "imported (in bulk)"),
        "seed" => Text.T("기준 데이터 입력 (일괄)", "seeded (in bulk)"),
        _ => action,
    };
}
