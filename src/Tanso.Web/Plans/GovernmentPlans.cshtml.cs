using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Governments;
using Tanso.Core.Plans;
using Tanso.Data;
using Tanso.Data.Inventory;

namespace Tanso.Web.Plans;

/// <summary>A government's plans (the ones the reader may see) and, for its editors, a form to start one.</summary>
internal sealed class GovernmentPlansModel(TansoDb db) : PageModel
{
    public Government Government { get; private set; } = null!;
    public string Name { get; private set; } = "";
    public IReadOnlyList<Plan> Plans { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public IReadOnlyList<Tanso.Core.Figures.InventoryEdition> Editions { get; private set; } = [];
    [BindProperty] public PlanForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var outcome = await PlanCommands.CreateAsync(db, User, id, Form.ToHeader(), ct);
        if (outcome.Ok)
        {
            return Redirect($"/plans/{outcome.Plan!.Id}");
        }
        if (outcome.Status is 403 or 404)
        {
            return StatusCode(outcome.Status);
        }
        foreach (var (field, messages) in outcome.Errors ?? [])
        {
            ModelState.AddModelError(field, string.Join(" ", messages));
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var government = await db.Governments.FindAsync([id], ct);
        if (government is null)
        {
            return false;
        }
        Government = government;
        Name = Infrastructure.Text.IsEnglish ? government.NameEn : (await GovernmentDirectory.LoadAsync(db, ct)).FullName(government);
        CanEdit = await PlanAccess.CanEditAsync(User, id, db, ct);
        Editions = await db.EditionsForAsync(id, ct);
        ViewData["Editions"] = Editions;
        var national = await PlanAccess.IsNationalAsync(db, id, ct);
        var actor = Accounts.TansoClaims.ToActor(User);
        Plans = (await db.Plans.AsNoTracking().Where(p => p.GovernmentId == id).ToListAsync(ct))
            .Where(p => PlanAccess.CanSee(actor, p.Status, id, national)).OrderByDescending(p => p.LineageId).ThenByDescending(p => p.Revision).ToList();
        return true;
    }
}

/// <summary>The plan header fields of the forms.</summary>
internal sealed class PlanForm
{
    public string Title { get; set; } = "";
    public int PeriodStart { get; set; } = 2024;
    public int PeriodEnd { get; set; } = 2033;
    public int BaseYear { get; set; } = 2018;
    public decimal BaseEmissions { get; set; }
    public string BaseSource { get; set; } = "";
    public string? ScopeNote { get; set; }
    public int? NetZeroYear { get; set; } = 2050;
    public string Interpolation { get; set; } = "straight-line";
    public string? BaseEdition { get; set; }
    public string Basis { get; set; } = "gross";
    public List<string> Adjustments { get; set; } = [];
    public string Guidelines { get; set; } = "not-stated";

    /// <summary>The form filled from a plan's header, to edit it.</summary>
    public static PlanForm From(Plan plan)
    {
        var basis = PlanBasisDto.Of(plan.Basis);
        return new PlanForm
        {
            Title = plan.Title, PeriodStart = plan.PeriodStart, PeriodEnd = plan.PeriodEnd, BaseYear = plan.BaseYear, BaseEmissions = plan.BaseEmissions.Value,
            BaseSource = plan.BaseSource, ScopeNote = plan.ScopeNote, NetZeroYear = plan.NetZeroYear, Interpolation = plan.Interpolation.Name(),
            Basis = basis.Basis, Adjustments = [.. basis.Adjustments], Guidelines = basis.Guidelines,
        };
    }

    public PlanHeader ToHeader(int version = 0) =>
        new(Title, PeriodStart, PeriodEnd, BaseYear, BaseEmissions, string.IsNullOrWhiteSpace(BaseSource) && !string.IsNullOrWhiteSpace(BaseEdition) ? "inventory" : BaseSource,
            ScopeNote, NetZeroYear, Interpolation, version, string.IsNullOrWhiteSpace(BaseEdition) ? null : BaseEdition, Basis, Adjustments, Guidelines);
}
