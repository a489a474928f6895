using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tanso.Data;

namespace Tanso.Web.Community.Practices;

/// <summary>The signed-in user's bookmarked good practices (only theirs, only those they may still see).</summary>
[Authorize]
internal sealed class BookmarksModel(TansoDb db) : PageModel
{
    public IReadOnlyList<PracticeSummaryDto> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var names = await GovernmentNames.LoadAsync(db, ct);
        Items = (await PracticeCommands.BookmarksAsync(db, User, ct)).Select(p => p.ToSummary(names)).ToList();
    }
}
