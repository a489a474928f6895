using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Governments;
using Tanso.Core.Pathways;
using Tanso.Core.Plans;
using Tanso.Data;
using Tanso.Data.Inventory;
using Tanso.Data.Scenarios;
using Tanso.Web.Infrastructure;
using Tanso.Web.Plans;

namespace Tanso.Web.Scenarios;

/// <summary>One scenario: its lines and totals, every metric with a what-if beside it, its BAU, and for its
/// editors the milestone, line and header forms.</summary>
internal sealed class ScenarioPageModel(TansoDb db) : PageModel
{
    public Scenario Scenario { get; private set; } = null!;
    public string GovernmentName { get; private set; } = "";
    public bool CanEdit { get; private set; }
    public Evaluation Evaluation { get; private set; } = null!;
    public IReadOnlyList<Plan> Plans { get; private set; } = [];
    public IReadOnlyList<Government> CopyTargets { get; private set; } = [];
    public GovernmentDirectory Directory { get; private set; } = null!;

    [BindProperty(SupportsGet = true)] public MetricsForm Query { get; set; } = new();
    [BindProperty] public int Version { get; set; }
    [BindProperty] public PointForm Point { get; set; } = new();
    [BindProperty] public ScenarioForm Header { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPointAsync(int id, CancellationToken ct) =>
        await Finish(id, await ScenarioCommands.EditLinesAsync(db, User, id, new LinesInput(Version,
            Set: [new PointInput(Point.Sector, Point.Year, Point.ValueMt * 1_000_000m, null, Point.Source)]), ct), ct);

    public async Task<IActionResult> OnPostRemoveAsync(int id, string sector, int year, CancellationToken ct) =>
        await Finish(id, await ScenarioCommands.EditLinesAsync(db, User, id, new LinesInput(Version, Remove: [new PointKey(sector, year)]), ct), ct);

    public async Task<IActionResult> OnPostMethodAsync(int id, string sector, string? method, CancellationToken ct) =>
        await Finish(id, await ScenarioCommands.EditLinesAsync(db, User, id, new LinesInput(Version,
            Methods: new Dictionary<string, string?> { [sector] = string.IsNullOrEmpty(method) ? null : method }), ct), ct);

    public async Task<IActionResult> OnPostHeaderAsync(int id, CancellationToken ct) =>
        await Finish(id, await ScenarioCommands.DescribeAsync(db, User, id, Header.ToHeader(Version), ct), ct);

    public async Task<IActionResult> OnPostCopyAsync(int id, int governmentId, CancellationToken ct)
    {
        var outcome = await ScenarioCommands.CopyAsync(db, User, id, new CopyInput(governmentId), ct);
        return outcome.Ok ? Redirect($"/scenarios/{outcome.Value!.Id}") : await Finish(id, outcome, ct);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        var outcome = await ScenarioCommands.DeleteAsync(db, User, id, Version, ct);
        return outcome.Ok ? Redirect("/scenarios") : await Finish(id, outcome, ct);
    }

    public string Name(int governmentId) => Directory.ById(governmentId) is { } g ? (Text.IsEnglish ? g.NameEn : Directory.FullName(g)) : "";

    private async Task<IActionResult> Finish(int id, Outcome<Scenario> outcome, CancellationToken ct)
    {
        if (outcome.Ok)
        {
            return Redirect($"/scenarios/{id}");
        }
        if (outcome.Status is 403 or 404)
        {
            return StatusCode(outcome.Status);
        }
        foreach (var (field, messages) in outcome.Errors ?? [])
        {
            ModelState.AddModelError(field, $"{field}: {string.Join(" ", messages)}");
        }
        if (outcome.Status == 409)
        {
            ModelState.AddModelError("", outcome.Message ?? Text.T("다른 사람이 먼저 이 시나리오를 고쳤습니다. 아래의 현재 내용을 보고 다시 하십시오.",
                "Someone changed this scenario first. Check the current values below and try again."));
        }
        Response.StatusCode = outcome.Status;
        ModelState.Remove(nameof(Version));
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var scenario = await db.LoadScenarioAsync(id, ct);
        if (scenario is null || !await ScenarioAccess.CanSeeAsync(User, scenario, db, ct))
        {
            return false;
        }
        Scenario = scenario;
        Version = scenario.Version;
        Directory = await GovernmentDirectory.LoadAsync(db, ct);
        GovernmentName = Name(scenario.GovernmentId);
        CanEdit = await ScenarioAccess.CanEditAsync(User, scenario, db, ct);
        Evaluation = await ScenarioEvaluation.RunAsync(db, User, scenario, Query.ToQuery(), ct);
        foreach (var (field, messages) in Evaluation.Errors)
        {
            ModelState.AddModelError(field, string.Join(" ", messages));
        }
        var (actor, national) = (Accounts.TansoClaims.ToActor(User), await PlanAccess.IsNationalAsync(db, scenario.GovernmentId, ct));
        Plans = (await db.Plans.AsNoTracking().Where(p => p.GovernmentId == scenario.GovernmentId).ToListAsync(ct))
            .Where(p => PlanAccess.CanSee(actor, p.Status, scenario.GovernmentId, national)).OrderByDescending(p => p.Id).ToList();
        CopyTargets = await ScenarioAccess.EditableGovernmentsAsync(User, db, ct);
        Header = new ScenarioForm
        {
            GovernmentId = scenario.GovernmentId, NameKo = scenario.NameKo, NameEn = scenario.NameEn, Description = scenario.Description,
            BaseYear = scenario.BaseYear, EndYear = scenario.EndYear, Method = scenario.Method.Name(), IsPublic = scenario.IsPublic,
        };
        return true;
    }
}

/// <summary>The metric and what-if fields (a GET form; megatonnes on screen).</summary>
internal sealed class MetricsForm
{
    public int? SpanFrom { get; set; }
    public int? SpanTo { get; set; }
    public int? RateFrom { get; set; }
    public int? RateTo { get; set; }
    public decimal? BudgetMt { get; set; }
    public int? BudgetFrom { get; set; }
    public int? BauYears { get; set; }
    public string? Sector { get; set; }
    public int? Year { get; set; }
    public decimal? ValueMt { get; set; }
    public int? PlanId { get; set; }

    public AnalysisQuery ToQuery() => new(SpanFrom, SpanTo, RateFrom, RateTo, BudgetMt * 1_000_000m, BudgetFrom, BauYears,
        string.IsNullOrEmpty(Sector) ? null : Sector, Year, ValueMt * 1_000_000m, PlanId);
}

/// <summary>One point to set (megatonnes on screen).</summary>
internal sealed class PointForm
{
    public string Sector { get; set; } = "power";
    public int Year { get; set; } = 2040;
    public decimal ValueMt { get; set; }
    public string? Source { get; set; }
}
