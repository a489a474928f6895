using Tanso.Core.Checks;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanso.Core;
using Tanso.Data;
using Tanso.Web.Infrastructure;
using Tanso.Web.Plans;

namespace Tanso.Web.Checks;

internal static class CheckApi
{
    private static readonly (string Ko, string En) Cannot = ("지금은 점검을 바꿀 수 없습니다.", "The check cycle cannot be changed now.");

    public static void MapCheckApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Checks");
        api.MapGet("/plans/{id:int}/checks", List).WithSummary("A plan's check cycles the caller may see");
        api.MapPost("/plans/{id:int}/checks", Open).WithSummary("Open a check cycle of an approved or published plan for a year (or a month: task-force review)").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/checks/{id:int}", Get).WithSummary("A cycle with its evaluation (KPI achievements, task scores, emissions against the trajectory, budget, quantitative and qualitative scores, overall grade, lagging tasks) and its workflow: settings, rubric, qualitative aggregation, result and right of reply, improvement opinions");
        api.MapPost("/checks/{id:int}/transitions", Move).WithSummary("Move the cycle to its next stage; leaving reporting submits the report, recording its days late (reportDaysLate), or refuses it (422) when the cycle refuses late reports")
            .RequireAuthorization().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapPut("/checks/{id:int}/progress", Report).WithSummary("Report progress on tasks (status, budget executed, KPI actuals, narrative, evidence), all or nothing")
            .RequireAuthorization().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/checks/{id:int}/progress-template.xlsx", Template).WithSummary("The cycle's progress template, prefilled with the plan's tasks and KPI targets").ProducesFile(FileAnswers.Xlsx);
        api.MapPost("/checks/{id:int}/progress/import", Import).WithSummary("Report progress from the filled-in template, all or nothing, with sheet/row/column problems")
            .RequireAuthorization().DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(RequestBodyLimits.Workbook));
        app.MapEvaluationApi();
        app.MapEvidenceApi();
        api.MapPost("/checks/{id:int}/evaluators", Assign).WithSummary("Assign an evaluator (by account e-mail) to the cycle; national officers and administrators").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        app.MapMyCyclesApi();
    }

    private static async Task<Results<Ok<CycleSummaryDto[]>, NotFound>> List(int id, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null || !await PlanAccess.CanSeeAsync(user, plan, db, ct))
        {
            return TypedResults.NotFound();
        }
        var cycles = await db.CheckCycles.Include(c => c.Deadlines).Include(c => c.Progress).Include(c => c.Evaluators).AsSplitQuery().AsNoTracking()
            .Where(c => c.PlanId == id).OrderByDescending(c => c.Year).ThenByDescending(c => c.Month).ToListAsync(ct);
        var visible = new List<CycleSummaryDto>();
        foreach (var c in cycles)
        {
            if (await CheckAccess.CanSeeAsync(user, c, db, ct))
            {
                visible.Add(c.ToSummary());
            }
        }
        return TypedResults.Ok(visible.ToArray());
    }

    private static async Task<Results<Created<CycleSummaryDto>, ValidationProblem, ForbidHttpResult, NotFound, ProblemHttpResult>> Open(int id, OpenInput input,
        ClaimsPrincipal user, TansoDb db, CancellationToken ct) =>
        (await CheckCommands.OpenAsync(db, user, id, input.Year, input.Month, ct)).ToCreated(c => c.ToSummary(), c => $"/api/checks/{c.Id}", Cannot);

    private static async Task<Results<Ok<CycleDto>, NotFound>> Get(int id, ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct)
    {
        var cycle = await CheckAccess.LoadAsync(db, id, ct);
        if (cycle is null || !await CheckAccess.CanSeeAsync(user, cycle, db, ct))
        {
            return TypedResults.NotFound();
        }
        var review = await CheckEvaluations.ReviewAsync(db, cycle, ct);
        var evaluation = await CheckEvaluations.ForAsync(db, cycle, clock, ct, CheckAccess.CanSeeResult(user, cycle, review));
        return TypedResults.Ok(new CycleDto(cycle.ToSummary(), evaluation.ToDto(await EvidenceFiles.OfCycleAsync(db, cycle.Id, ct)), await EvaluationViews.StateAsync(db, user, cycle, evaluation, ct),
            cycle.DeadlineDtos(KoreanTime.Today(clock))));
    }

    private static async Task<Results<Ok<CycleSummaryDto>, ValidationProblem, ForbidHttpResult, NotFound, ProblemHttpResult>> Move(int id, CycleVersionInput input,
        ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct) =>
        (await CheckCommands.MoveAsync(db, user, id, input.Version, clock, ct)).ToOk(c => c.ToSummary(), Cannot);

    private static async Task<Results<Ok<CycleSummaryDto>, ValidationProblem, ForbidHttpResult, NotFound, ProblemHttpResult>> Report(int id, ProgressInput input,
        ClaimsPrincipal user, TansoDb db, CancellationToken ct) =>
        input.Tasks is null || input.Tasks.Any(t => t is null) // JSON binds "tasks": null or [null] whatever the annotations say
            ? Editing.Invalid("tasks", Text.T("tasks: 보고할 과제 목록이 필요합니다.", "tasks: the list of tasks to report is required."))
            : (await CheckCommands.ReportAsync(db, user, id, input.Version, input.Tasks.Select((t, i) => ($"tasks[{i}]", t)).ToList(), ct)).ToOk(c => c.ToSummary(), Cannot);

    private static async Task<Results<FileContentHttpResult, NotFound>> Template(int id, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        var cycle = await CheckAccess.LoadAsync(db, id, ct);
        if (cycle is null || !await CheckAccess.CanSeeAsync(user, cycle, db, ct))
        {
            return TypedResults.NotFound();
        }
        var plan = (await PlanAccess.LoadAsync(db, cycle.PlanId, ct))!;
        return TypedResults.File(CheckWorkbook.Template(plan, cycle), FileAnswers.Xlsx, $"tanso-check-{cycle.Id}-{cycle.Period}.xlsx");
    }

    private static async Task<Saved<CycleSummaryDto>> Import(int id, HttpRequest request, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        var (form, file, refusal) = await WorkbookUpload.ReadAsync(request, [".xlsx"], Tanso.Data.Tabular.UploadLimits.Workbook, ct);
        if (refusal is not null)
        {
            return new(refusal.Status == 400 && refusal.Field == "file" && form?.Files.GetFile("file") is { Length: > 0 }
                ? Editing.Invalid("file", "Progress is imported from the cycle's .xlsx template (GET /api/checks/{id}/progress-template.xlsx).")
                : refusal.ToResult());
        }
        _ = int.TryParse(form!["version"], CultureInfo.InvariantCulture, out var version);
        return new((await ImportAsync(db, user, id, version, file!.Value.Name, file.Value.Content, ct)).ToResult(c => c.ToSummary(), title: Cannot));
    }

    public static async Task<Outcome<CheckCycle>> ImportAsync(TansoDb db, ClaimsPrincipal user, int id, int version, string name, byte[] content, CancellationToken ct)
    {
        // Problems of reading and of the rows' contents are reported together; nothing is saved while there are any.
        var (rows, problems) = CheckWorkbook.Read(name, content, ct);
        return await CheckCommands.ReportAsync(db, user, id, version, rows, ct, problems);
    }

    private static async Task<Results<Ok<CycleSummaryDto>, ValidationProblem, ForbidHttpResult, NotFound, ProblemHttpResult>> Assign(int id, AssignInput input,
        ClaimsPrincipal user, TansoDb db, CancellationToken ct) =>
        (await CheckCommands.AssignAsync(db, user, id, input.Version, input.Email, ct)).ToOk(c => c.ToSummary(), Cannot);
}
