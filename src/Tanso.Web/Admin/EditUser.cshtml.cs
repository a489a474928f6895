using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Governments;
using Tanso.Data;
using Tanso.Data.Accounts;
using Tanso.Web.Accounts;

namespace Tanso.Web.Admin;

internal sealed class EditUserModel(TansoDb db, UserManager<TansoUser> users) : PageModel
{
    public TansoUser? Subject { get; private set; }
    public bool LockedOut { get; private set; }
    public IReadOnlyList<Government> AllGovernments { get; private set; } = [];
    [BindProperty] public UserForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (await GuardAsync(id, ct) is { } refused)
        {
            return refused;
        }
        Form.Roles = [.. await users.GetRolesAsync(Subject!)];
        Form.GovernmentIds = await db.UserGovernments.Where(g => g.UserId == id).Select(g => g.GovernmentId).ToListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (await GuardAsync(id, ct) is { } refused)
        {
            return refused;
        }
        var errors = await UserAccounts.UpdateAsync(db, users, Subject!, Form.Roles, Form.GovernmentIds, ct);
        if (errors.Count == 0)
        {
            return RedirectToPage("/Admin/Users");
        }
        foreach (var e in errors)
        {
            ModelState.AddModelError("", e);
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken ct)
    {
        if (await GuardAsync(id, ct) is { } refused)
        {
            return refused;
        }
        await users.SetLockoutEndDateAsync(Subject!, null);
        await users.ResetAccessFailedCountAsync(Subject!);
        return RedirectToPage("/Admin/EditUser", new { id });
    }

    // Only administrators, and only for an existing user.
    private async Task<IActionResult?> GuardAsync(string id, CancellationToken ct) =>
        !User.ToActor().CanManageUsers ? Forbid() : !await LoadAsync(id, ct) ? NotFound() : null;

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        Subject = await users.FindByIdAsync(id);
        AllGovernments = await db.Governments.InDisplayOrder().ToListAsync(ct);
        LockedOut = Subject is not null && await users.IsLockedOutAsync(Subject);
        return Subject is not null;
    }
}
