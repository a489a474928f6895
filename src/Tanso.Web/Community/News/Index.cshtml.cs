using Microsoft.AspNetCore.Mvc.RazorPages;
using Tanso.Data;

namespace Tanso.Web.Community.News;

/// <summary>The policy news board: newest first, searchable, paged.</summary>
internal sealed class NewsIndexModel(TansoDb db) : PageModel
{
    public NewsPageDto Result { get; private set; } = null!;
    public bool CanPost { get; private set; }

    public async Task OnGetAsync(string? q, CancellationToken ct, int page = 1)
    {
        Result = await NewsCommands.PageAsync(db, q, page, NewsCommands.DefaultPageSize, ct);
        CanPost = CommunityAccess.CanPostNews(User);
    }
}
