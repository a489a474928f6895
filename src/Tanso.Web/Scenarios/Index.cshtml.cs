using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tanso.Core.Governments;
using Tanso.Core.Pathways;
using Tanso.Data;
using Tanso.Data.Inventory;

namespace Tanso.Web.Scenarios;

/// <summary>Every scenario the reader may see, a form to compare two to four, and a form to start one.</summary>
internal sealed class IndexModel(TansoDb db) : PageModel
{
    public IReadOnlyList<Scenario> Scenarios { get; private set; } = [];
    public IReadOnlyList<Government> Editable { get; private set; } = [];
    public GovernmentDirectory Directory { get; private set; } = null!;
    [BindProperty] public ScenarioForm Form { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await ScenarioCommands.CreateAsync(db, User, Form.GovernmentId, Form.ToHeader(), ct);
        if (outcome.Ok)
        {
            return Redirect($"/scenarios/{outcome.Value!.Id}");
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
        await LoadAsync(ct);
        return Page();
    }

    public string GovernmentName(int id) => Directory.ById(id) is { } g
        ? (Infrastructure.Text.IsEnglish ? g.NameEn : Directory.FullName(g)) : "";

    private async Task LoadAsync(CancellationToken ct)
    {
        Scenarios = await ScenarioAccess.VisibleAsync(User, db, null, ct);
        Editable = await ScenarioAccess.EditableGovernmentsAsync(User, db, ct);
        Directory = await GovernmentDirectory.LoadAsync(db, ct);
    }
}

/// <summary>The scenario header fields of the forms.</summary>
internal sealed class ScenarioForm
{
    public int GovernmentId { get; set; }
    public string NameKo { get; set; } = "";
    public string? NameEn { get; set; }
    public string? Description { get; set; }
    public int BaseYear { get; set; } = 2018;
    public int EndYear { get; set; } = 2050;
    public string Method { get; set; } = "straight-line";
    public bool IsPublic { get; set; }
    public bool FromInventory { get; set; } = true;

    public ScenarioHeader ToHeader(int version = 0) => new(version, NameKo, NameEn, Description, BaseYear, EndYear, Method, IsPublic, FromInventory);
}
