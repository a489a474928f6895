using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Core.Governments;
using Tanso.Data;
using Tanso.Data.Accounts;
using Tanso.Web.Accounts;

namespace Tanso.Web.Admin;

/// <summary>Users, their roles and their governments (system administrators only).</summary>
internal sealed class UsersModel(TansoDb db, UserManager<TansoUser> users) : PageModel
{
    public sealed record Row(TansoUser User, IReadOnlyList<Role> Roles, IReadOnlyList<string> Governments, bool LockedOut)
    {
        public bool Disabled => User.DisabledUtc is not null;
    }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<Government> AllGovernments { get; private set; } = [];

    [BindProperty] public UserForm Form { get; set; } = new();
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.ToActor().CanManageUsers)
        {
            return Forbid();
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (!User.ToActor().CanManageUsers)
        {
            return Forbid();
        }
        // Identity would pass a too-long name or address on to the database, which refuses it with an error.
        var refused = false;
        foreach (var p in TansoUser.TextProblems(Form.Email, Form.DisplayName))
        {
            ModelState.AddModelError(p.Field == "email" ? "Form.Email" : "Form.DisplayName", Infrastructure.Text.T(p.Ko, p.En));
            refused = true;
        }
        if (!refused)
        {
            var user = new TansoUser { UserName = Form.Email.Trim(), Email = Form.Email.Trim(), EmailConfirmed = true, DisplayName = Form.DisplayName.Trim() };
            foreach (var e in await UserAccounts.CreateAsync(db, users, user, Form.Password, Form.Roles, Form.GovernmentIds, ct))
            {
                ModelState.AddModelError("", e);
                refused = true;
            }
        }
        if (!refused)
        {
            Message = Infrastructure.Text.T($"{Form.Email.Trim()} 계정을 만들었습니다.", $"Created {Form.Email.Trim()}.");
            Form = new UserForm();
            ModelState.Clear();
        }
        else
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        AllGovernments = await db.Governments.InDisplayOrder().ToListAsync(ct);
        var names = AllGovernments.ToDictionary(g => g.Id, g => g.NameKo);
        var all = await db.Users.AsNoTracking().Include(u => u.Governments).OrderBy(u => u.Email).ToListAsync(ct);
        var rows = new List<Row>();
        foreach (var u in all)
        {
            var roles = (await users.GetRolesAsync(u)).Select(Roles.FromName).OfType<Role>().ToList();
            rows.Add(new Row(u, roles, u.Governments.Select(g => names.GetValueOrDefault(g.GovernmentId, "?")).ToList(), await users.IsLockedOutAsync(u)));
        }
        Rows = rows;
    }
}

/// <summary>The fields of a user, as posted by the admin forms.</summary>
internal sealed class UserForm
{
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Password { get; set; } = "";
    public List<string> Roles { get; set; } = [];
    public List<int> GovernmentIds { get; set; } = [];
}
