using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Plans;
using Tanso.Data;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Plans;

internal static class PlanApi
{
    public static void MapPlanApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Plans");
        api.MapGet("/governments/{id:int}/plans", List).WithSummary("A government's plan revisions the caller may see (the public: published ones)");
        api.MapPost("/governments/{id:int}/plans", Create).WithSummary("Start a plan as a draft").RequireAuthorization();
        api.MapGet("/plans/{id:int}", Get).WithSummary("A plan revision with its targets, tasks and KPIs");
        api.MapPut("/plans/{id:int}", Update).WithSummary("Change a draft's header; send the version you read").RequireAuthorization();
        api.MapPut("/plans/{id:int}/targets", SetTargets).WithSummary("Replace a draft's targets").RequireAuthorization();
        api.MapPost("/plans/{id:int}/tasks", AddTask).WithSummary("Add an area, task or sub-project with yearly budget, expected reduction and KPIs").RequireAuthorization();
        api.MapPut("/plans/{id:int}/tasks/{taskId:int}", ReviseTask).WithSummary("Rewrite a draft's task: every field, every year's budget and expected reduction, its KPIs").RequireAuthorization();
        api.MapDelete("/plans/{id:int}/tasks/{taskId:int}", DeleteTask).WithSummary("Delete a draft's task (after the tasks under it); send ?version= you read").RequireAuthorization();
        api.MapPost("/plans/{id:int}/tasks/{taskId:int}/retirement", RetireTask)
            .WithSummary("Retire a task of a submitted, reviewed or published plan from a year on, with a reason (officers of the government)").RequireAuthorization();
        api.MapGet("/plans/{id:int}/compare/{otherId:int}", Compare).WithSummary("What changed between two revisions: targets and tasks");
        api.MapGet("/plans/{id:int}/workbook", Workbook).WithSummary("The whole plan as .xlsx: header, targets, tasks, budgets and reductions, KPIs").ProducesFile(Xlsx);
        api.MapGet("/plans/tasks-template.xlsx", () => TypedResults.File(PlanWorkbook.Template(), Xlsx, "tanso-plan-tasks.xlsx")).WithSummary("Template for importing tasks and KPIs").ProducesFile(Xlsx);
        api.MapPost("/plans/{id:int}/tasks/import", ImportTasks).WithSummary("Add tasks, budgets and KPIs from an .xlsx (sheets 이행과제, 예산·감축, 성과지표), all or nothing")
            .RequireAuthorization().DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(RequestBodyLimits.Workbook));
        api.MapGet("/plans/{id:int}/trajectory", GetTrajectory).WithSummary("Yearly paths of the total and of each sector with a target, beside the actual inventory");
        api.MapPut("/plans/{id:int}/trajectory", SetTrajectory).WithSummary("Hand-entered yearly values (for a plan whose interpolation is manual)").RequireAuthorization();
        api.MapPost("/plans/{id:int}/revisions", Revise).WithSummary("Start the next revision of a reviewed or published plan").RequireAuthorization();
        app.MapPlanReviewApi();
    }

    private static async Task<Ok<PlanSummaryDto[]>> List(int id, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        var plans = await db.Plans.AsNoTracking().Where(p => p.GovernmentId == id).OrderByDescending(p => p.Revision).ToListAsync(ct);
        var (actor, national) = (Accounts.TansoClaims.ToActor(user), await PlanAccess.IsNationalAsync(db, id, ct));
        return TypedResults.Ok(plans.Where(p => PlanAccess.CanSee(actor, p.Status, id, national)).Select(p => p.ToSummary()).ToArray());
    }

    private static async Task<Results<Ok<PlanDto>, Created<PlanDto>, ValidationProblem, NotFound, ProblemHttpResult>> Create(int id, PlanHeader header, ClaimsPrincipal user, TansoDb db, CancellationToken ct) =>
        (await PlanCommands.CreateAsync(db, user, id, header, ct)).ToResult();

    private static async Task<Results<Ok<PlanDto>, NotFound>> Get(int id, ClaimsPrincipal user, TansoDb db, CancellationToken ct) =>
        await PlanAccess.LoadAsync(db, id, ct) is { } plan && await PlanAccess.CanSeeAsync(user, plan, db, ct)
            ? TypedResults.Ok(plan.ToDto((await SectorBases.ForAsync(db, plan, ct)).Bases))
            : TypedResults.NotFound();

    internal sealed record PathDto(string? Sector, decimal BaseTCo2eq, IReadOnlyList<YearValueDto> Values, IReadOnlyList<YearValueDto> Actual, IReadOnlyList<string> Notes);

    internal sealed record YearValueDto(int Year, decimal ValueTCo2eq);

    private static async Task<Results<Ok<PathDto[]>, NotFound>> GetTrajectory(int id, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        var plan = await PlanAccess.LoadAsync(db, id, ct);
        if (plan is null || !await PlanAccess.CanSeeAsync(user, plan, db, ct))
        {
            return TypedResults.NotFound();
        }
        var (bases, inventory, edition) = await SectorBases.ForAsync(db, plan, ct);
        var total = PlanTrajectory.Build(plan, inventory, edition);
        static IReadOnlyList<YearValueDto> Dto(IEnumerable<Core.Plans.YearValue> v) => v.Select(x => new YearValueDto(x.Year, Math.Round(x.Value.Value, 4))).ToList();
        return TypedResults.Ok(SectorPath.For(plan, bases, inventory)
            .Select(s => new PathDto(s.Sector.Code.Value, s.Base.Value, Dto(s.Path), Dto(s.Actual.Select(a => new Core.Plans.YearValue(a.Key, a.Value))), s.Notes))
            .Prepend(new PathDto(null, plan.BaseEmissions.Value, Dto(total.Path), Dto(total.Actual.Select(a => new Core.Plans.YearValue(a.Key, a.Value))), total.Notes))
            .ToArray());
    }

    private static async Task<Results<Ok<PlanDto>, Created<PlanDto>, ValidationProblem, NotFound, ProblemHttpResult>> SetTrajectory(int id, TrajectoryInput input, ClaimsPrincipal user, TansoDb db, CancellationToken ct) =>
        (await PlanTargetCommands.SetTrajectoryAsync(db, user, id, input, ct)).ToResult();

    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static async Task<Results<FileContentHttpResult, NotFound>> Workbook(int id, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        var plan = await PlanAccess.LoadAsync(db, id, ct);
        if (plan is null || !await PlanAccess.CanSeeAsync(user, plan, db, ct))
        {
            return TypedResults.NotFound();
        }
        var government = (await db.Governments.FindAsync([plan.GovernmentId], ct))!;
        return TypedResults.File(PlanWorkbook.Export(plan, government.NameKo, (await SectorBases.ForAsync(db, plan, ct)).Bases), Xlsx, $"tanso-plan-{plan.LineageId}-r{plan.Revision}.xlsx");
    }

    private static async Task<Results<Ok<PlanDto>, Created<PlanDto>, ValidationProblem, NotFound, ProblemHttpResult>> ImportTasks(int id, HttpRequest request, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        var (form, file, refusal) = await WorkbookUpload.ReadAsync(request, [".xlsx"], Tanso.Data.Tabular.UploadLimits.Workbook, ct);
        if (refusal is not null)
        {
            if (refusal.Status == StatusCodes.Status413PayloadTooLarge)
            {
                return TypedResults.Problem(statusCode: refusal.Status, title: Text.T("파일이 Tanso가 받는 한도보다 큽니다.", "The upload is larger than Tanso accepts."), detail: refusal.Message,
                    extensions: new Dictionary<string, object?> { ["limit"] = refusal.Limit, ["allowed"] = refusal.Allowed });
            }
            return refusal.Field == "file" && form?.Files.GetFile("file") is { Length: > 0 }
                ? Editing.Invalid("file", "Tasks are imported from an .xlsx workbook (see /api/plans/tasks-template.xlsx).")
                : TypedResults.ValidationProblem(new Dictionary<string, string[]> { [refusal.Field] = [refusal.Message] }, title: Text.T("파일을 받지 않았습니다.", "The upload was refused."));
        }
        _ = int.TryParse(form!["version"], System.Globalization.CultureInfo.InvariantCulture, out var version);
        return (await PlanTaskCommands.ImportAsync(db, user, id, version, file!.Value.Name, file.Value.Content, ct)).ToResult();
    }

    internal sealed record PlanComparisonDto(int From, int To, IReadOnlyList<TargetChange> Targets, IReadOnlyList<TaskChange> Tasks);

    private static async Task<Results<Ok<PlanComparisonDto>, NotFound>> Compare(int id, int otherId, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        var a = await PlanAccess.LoadAsync(db, id, ct);
        var b = await PlanAccess.LoadAsync(db, otherId, ct);
        if (a is null || b is null || !await PlanAccess.CanSeeAsync(user, a, db, ct) || !await PlanAccess.CanSeeAsync(user, b, db, ct))
        {
            return TypedResults.NotFound();
        }
        var (older, newer) = a.Revision <= b.Revision ? (a, b) : (b, a);
        var (targets, tasks) = PlanDiff.Compare(older, newer);
        return TypedResults.Ok(new PlanComparisonDto(older.Id, newer.Id, targets, tasks));
    }

    private static async Task<Results<Ok<PlanDto>, Created<PlanDto>, ValidationProblem, NotFound, ProblemHttpResult>> Update(int id, PlanHeader header, ClaimsPrincipal user, TansoDb db, CancellationToken ct) =>
        (await PlanCommands.DescribeAsync(db, user, id, header, ct)).ToResult();

    private static async Task<Results<Ok<PlanDto>, Created<PlanDto>, ValidationProblem, NotFound, ProblemHttpResult>> SetTargets(int id, TargetsInput input, ClaimsPrincipal user, TansoDb db, CancellationToken ct) =>
        (await PlanTargetCommands.SetTargetsAsync(db, user, id, input, merge: false, ct)).ToResult();

    private static async Task<Results<Ok<PlanDto>, Created<PlanDto>, ValidationProblem, NotFound, ProblemHttpResult>> AddTask(int id, TaskInput input, ClaimsPrincipal user, TansoDb db, CancellationToken ct) =>
        (await PlanTaskCommands.AddAsync(db, user, id, input, ct)).ToResult();

    private static async Task<Saved<PlanDto>> ReviseTask(int id, int taskId, TaskInput input, ClaimsPrincipal user, TansoDb db, CancellationToken ct) =>
        new((await PlanTaskCommands.ReviseAsync(db, user, id, taskId, input, ct)).ToResult());

    private static async Task<Saved<PlanDto>> DeleteTask(int id, int taskId, int version, ClaimsPrincipal user, TansoDb db, CancellationToken ct) =>
        new((await PlanTaskCommands.DeleteAsync(db, user, id, taskId, version, ct)).ToResult());

    private static async Task<Saved<PlanDto>> RetireTask(int id, int taskId, RetireInput input, ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct) =>
        new((await PlanTaskCommands.RetireAsync(db, user, clock, id, taskId, input, ct)).ToResult());

    private static async Task<Results<Ok<PlanDto>, Created<PlanDto>, ValidationProblem, NotFound, ProblemHttpResult>> Revise(int id, VersionInput input, ClaimsPrincipal user, TansoDb db, CancellationToken ct) =>
        (await PlanCommands.ReviseAsync(db, user, id, input.Version, ct)).ToResult();
}
