using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tanso.Core;
using Tanso.Data;
using Tanso.Data.Accounts;

namespace Tanso.Web.Accounts;

/// <summary>The signed-in user's personal access tokens for API clients.</summary>
[Authorize]
internal sealed class TokensModel(TansoDb db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<PersonalAccessToken> Tokens { get; private set; } = [];
    public IReadOnlyDictionary<int, string> GovernmentNames { get; private set; } = new Dictionary<int, string>();
    public string? NewToken { get; private set; }

    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public bool CanWrite { get; set; }
    [BindProperty] public List<int> GovernmentIds { get; set; } = [];
    [BindProperty] public int Days { get; set; } = 90;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var actor = User.ToActor();
        if (string.IsNullOrWhiteSpace(Name))
        {
            ModelState.AddModelError(nameof(Name), Infrastructure.Text.T("토큰 이름을 적어 주십시오.", "Give the token a name."));
        }
        else if (TextLimits.Check(nameof(Name), Name, TextLimits.Name, "토큰 이름", "Token name") is { } tooLong)
        {
            ModelState.AddModelError(nameof(Name), Infrastructure.Text.T(tooLong.Ko, tooLong.En));
        }
        if (Days is < 1 or > 366)
        {
            ModelState.AddModelError(nameof(Days), Infrastructure.Text.T("유효 기간은 1–366일입니다.", "Validity is 1–366 days."));
        }
        // A token never reaches further than its owner.
        var outside = GovernmentIds.Where(id => !actor.GovernmentIds.Contains(id)).ToList();
        if (outside.Count > 0)
        {
            ModelState.AddModelError(nameof(GovernmentIds), Infrastructure.Text.T("담당하지 않는 지자체는 고를 수 없습니다.", "You can only choose governments you are bound to."));
        }
        if (ModelState.IsValid)
        {
            var (token, hash) = PersonalAccessToken.Generate();
            var now = clock.GetUtcNow().UtcDateTime;
            db.AccessTokens.Add(new PersonalAccessToken
            {
                UserId = actor.UserId!, Name = Name.Trim(), TokenHash = hash, Hint = token[..10], CanWrite = CanWrite,
                GovernmentIds = string.Join(',', GovernmentIds.Distinct()), CreatedUtc = now, ExpiresUtc = now.AddDays(Days),
            });
            await db.SaveChangesAsync(ct);
            NewToken = token;
        }
        else
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        var userId = User.ToActor().UserId;
        var token = await db.AccessTokens.SingleOrDefaultAsync(t => t.Id == id && t.UserId == userId, ct);
        if (token is null)
        {
            return NotFound();
        }
        token.RevokedUtc ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var userId = User.ToActor().UserId;
        Tokens = await db.AccessTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.Id).ToListAsync(ct);
        var mine = User.ToActor().GovernmentIds;
        GovernmentNames = await db.Governments.Where(g => mine.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Name(Infrastructure.Text.Language), ct);
    }
}
