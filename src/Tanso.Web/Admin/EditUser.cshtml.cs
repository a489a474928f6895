using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Governments;
using Tanso.Data;
using Tanso.Data.Accounts;
using Tanso.Web.Accounts;

namespace Tanso.Web.Admin;

internal sealed class EditUserModel(TansoDb db, UserManager<TansoUser> users, AccountMail mail, TimeProvider clock) : PageModel
{
    public TansoUser? Subject { get; private set; }
    public bool LockedOut { get; private set; }
    public bool IsSelf => Subject is not null && Subject.Id == User.ToActor().UserId;
    public Uri? ResetLink { get; private set; }
    public bool ResetMailed { get; private set; }
    public string? Message { get; private set; }
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

    public async Task<IActionResult> OnPostDisableAsync(string id, CancellationToken ct)
    {
        if (await GuardAsync(id, ct) is { } refused)
        {
            return refused;
        }
        if (IsSelf)
        {
            // The last administrator could otherwise shut everyone out, themselves included.
            ModelState.AddModelError("", Infrastructure.Text.T("자기 계정은 사용 중지할 수 없습니다.", "You cannot disable your own account."));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ReloadAsync(id, ct);
        }
        if (Subject!.DisabledUtc is null)
        {
            await AccountControl.DisableAsync(db, users, Subject, clock.GetUtcNow().UtcDateTime, ct);
        }
        return RedirectToPage("/Admin/EditUser", new { id });
    }

    public async Task<IActionResult> OnPostEnableAsync(string id, CancellationToken ct)
    {
        if (await GuardAsync(id, ct) is { } refused)
        {
            return refused;
        }
        if (Subject!.DisabledUtc is not null)
        {
            await AccountControl.EnableAsync(users, Subject);
        }
        return RedirectToPage("/Admin/EditUser", new { id });
    }

    public async Task<IActionResult> OnPostResetLinkAsync(string id, CancellationToken ct)
    {
        if (await GuardAsync(id, ct) is { } refused)
        {
            return refused;
        }
        if (Subject!.DisabledUtc is not null)
        {
            ModelState.AddModelError("", Infrastructure.Text.T("사용 중지된 계정입니다. 먼저 다시 사용하게 하십시오.", "The account is disabled; enable it first."));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ReloadAsync(id, ct);
        }
        var origin = new Uri($"{Request.Scheme}://{Request.Host}");
        (ResetLink, ResetMailed, var failure) = await AccountControl.IssueResetLinkAsync(db, users, mail, Subject, origin, clock.GetUtcNow().UtcDateTime, ct);
        Message = ResetMailed
            ? Infrastructure.Text.T($"{Subject.Email}(으)로 재설정 링크를 보냈습니다.", $"A reset link was sent to {Subject.Email}.")
            : failure is not null
                ? Infrastructure.Text.T($"메일을 보내지 못했습니다({failure}). 아래 링크를 본인에게 직접 안전하게 전하십시오(24시간 동안 한 번 쓸 수 있습니다).",
                    $"The mail could not be sent ({failure}): hand this link to the person yourself, safely (it works once, for 24 hours).")
                : Infrastructure.Text.T("메일이 설정되어 있지 않습니다. 아래 링크를 본인에게 직접 안전하게 전하십시오(24시간 동안 한 번 쓸 수 있습니다).",
                    "No mail is configured: hand this link to the person yourself, safely (it works once, for 24 hours).");
        if (ResetMailed)
        {
            ResetLink = null; // mailed links are not shown: only the owner of the mailbox should hold one
        }
        return await ReloadAsync(id, ct);
    }

    private async Task<IActionResult> ReloadAsync(string id, CancellationToken ct)
    {
        Form.Roles = [.. await users.GetRolesAsync(Subject!)];
        Form.GovernmentIds = await db.UserGovernments.Where(g => g.UserId == id).Select(g => g.GovernmentId).ToListAsync(ct);
        return Page();
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
