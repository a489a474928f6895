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
        api.MapPost("/plans/{id:int}/transitions", Transition).WithSummary("submit, return, approve or publish").RequireAuthorization();
        api.MapPost("/plans/{id:int}/revisions", Revise).WithSummary("Start the next revision of an approved or published plan").RequireAuthorization();
    }

    private static async Task<Ok<PlanSummaryDto[]>> List(int id, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        var plans = await db.Plans.AsNoTracking().Where(p => p.GovernmentId == id).OrderByDescending(p => p.Revision).ToListAsync(ct);
        var drafts = await PlanAccess.CanEditAsync(user, id, db, ct) || user.ToActorCanSee(id, await PlanAccess.IsNationalAsync(db, id, ct));
        return TypedResults.Ok(plans.Where(p => drafts || p.Status == PlanStatus.Published).Select(p => p.ToSummary()).ToArray());
    }

    private static bool ToActorCanSee(this ClaimsPrincipal user, int governmentId, bool national) =>
        Accounts.TansoClaims.ToActor(user).CanSeeDrafts(governmentId, national);

    private static async Task<Results<Created<PlanDto>, ForbidHttpResult, NotFound, ValidationProblem>> Create(
        int id, PlanHeader header, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        if (await db.Governments.FindAsync([id], ct) is null)
        {
            return TypedResults.NotFound();
        }
        if (!await PlanAccess.CanEditAsync(user, id, db, ct))
        {
            return TypedResults.Forbid();
        }
        var (plan, errors) = PlanInput.NewPlan(id, header);
        if (plan is null)
        {
            return TypedResults.ValidationProblem(errors);
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Plans.Add(plan);
        await db.SaveChangesAsync(ct);
        plan.StartLineage();
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return TypedResults.Created($"/api/plans/{plan.Id}", plan.ToDto());
    }

    private static async Task<Results<Ok<PlanDto>, NotFound>> Get(int id, ClaimsPrincipal user, TansoDb db, CancellationToken ct) =>
        await PlanAccess.LoadAsync(db, id, ct) is { } plan && await PlanAccess.CanSeeAsync(user, plan, db, ct)
            ? TypedResults.Ok(plan.ToDto())
            : TypedResults.NotFound();

    /// <summary>Loads an editable draft the caller may change, or the answer explaining why not.</summary>
    private static async Task<(Plan? Plan, IResult? Refusal)> EditableAsync(int id, int version, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        var plan = await PlanAccess.LoadAsync(db, id, ct);
        if (plan is null || !await PlanAccess.CanSeeAsync(user, plan, db, ct))
        {
            return (null, TypedResults.NotFound());
        }
        if (!await PlanAccess.CanEditAsync(user, plan.GovernmentId, db, ct))
        {
            return (null, TypedResults.Forbid());
        }
        if (plan.Version != version)
        {
            return (null, Editing.Conflict(plan.ToDto()));
        }
        if (!PlanWorkflow.IsEditable(plan.Status))
        {
            return (null, TypedResults.Problem(statusCode: 409, title: "Only a draft is edited.",
                detail: $"Revision {plan.Revision} is {plan.Status.Name()}: start a new revision (POST /api/plans/{plan.Id}/revisions) to change it."));
        }
        return (plan, null);
    }

    private static async Task<IResult> SaveAsync(TansoDb db, Plan plan, int version, CancellationToken ct)
    {
        // Children changed too: the plan's own version moves, so two edits of its targets or tasks cannot both win.
        db.Entry(plan).State = EntityState.Modified;
        return await Editing.TrySaveAsync(db, plan, version, ct)
            ? TypedResults.Ok((await PlanAccess.LoadAsync(db, plan.Id, ct))!.ToDto())
            : Editing.Conflict((await PlanAccess.LoadAsync(db, plan.Id, ct))!.ToDto());
    }

    private static async Task<IResult> Update(int id, PlanHeader header, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        var (plan, refusal) = await EditableAsync(id, header.Version, user, db, ct);
        if (plan is null)
        {
            return refusal!;
        }
        var (draft, errors) = PlanInput.NewPlan(plan.GovernmentId, header);
        if (draft is null)
        {
            return TypedResults.ValidationProblem(errors);
        }
        plan.Describe(draft.Title, draft.PeriodStart, draft.PeriodEnd, draft.BaseYear, draft.BaseEmissions, draft.BaseSource, null, draft.ScopeNote, draft.NetZeroYear, draft.Interpolation);
        return await SaveAsync(db, plan, header.Version, ct);
    }

    private static async Task<IResult> SetTargets(int id, TargetsInput input, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        var (plan, refusal) = await EditableAsync(id, input.Version, user, db, ct);
        if (plan is null)
        {
            return refusal!;
        }
        var (targets, errors) = PlanInput.Targets(input.Targets ?? []);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        // Replace in one transaction: the old rows go first (the unique (year, sector) index must not see both),
        // and a lost race rolls the removal back.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        plan.Targets.Clear();
        await db.SaveChangesAsync(ct);
        plan.Targets.AddRange(targets);
        var result = await SaveAsync(db, plan, input.Version, ct);
        if (result is Ok<PlanDto>)
        {
            await tx.CommitAsync(ct);
        }
        return result;
    }

    private static async Task<IResult> AddTask(int id, TaskInput input, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        var (plan, refusal) = await EditableAsync(id, input.Version, user, db, ct);
        if (plan is null)
        {
            return refusal!;
        }
        var (task, errors) = PlanInput.Task(input, plan);
        if (task is null)
        {
            return TypedResults.ValidationProblem(errors);
        }
        plan.Tasks.Add(task);
        return await SaveAsync(db, plan, input.Version, ct);
    }

    private static async Task<IResult> Transition(int id, TransitionInput input, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        var plan = await PlanAccess.LoadAsync(db, id, ct);
        if (plan is null || !await PlanAccess.CanSeeAsync(user, plan, db, ct))
        {
            return TypedResults.NotFound();
        }
        if (!await PlanAccess.CanEditAsync(user, plan.GovernmentId, db, ct))
        {
            return TypedResults.Forbid();
        }
        if (!PlanInput.TryEnum<PlanAction>(input.Action, out var action))
        {
            return Editing.Invalid("action", "use submit, return, approve or publish");
        }
        if (plan.Version != input.Version)
        {
            return Editing.Conflict(plan.ToDto());
        }
        var moved = plan.Apply(action);
        if (!moved.Allowed)
        {
            return TypedResults.Problem(statusCode: 422, title: "This move is not allowed.", detail: Text.IsEnglish ? moved.Refusal!.Value.En : moved.Refusal!.Value.Ko,
                extensions: new Dictionary<string, object?> { ["en"] = moved.Refusal.Value.En, ["ko"] = moved.Refusal.Value.Ko });
        }
        return await SaveAsync(db, plan, input.Version, ct);
    }

    private static async Task<IResult> Revise(int id, VersionInput input, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        var plan = await PlanAccess.LoadAsync(db, id, ct);
        if (plan is null || !await PlanAccess.CanSeeAsync(user, plan, db, ct))
        {
            return TypedResults.NotFound();
        }
        if (!await PlanAccess.CanEditAsync(user, plan.GovernmentId, db, ct))
        {
            return TypedResults.Forbid();
        }
        if (!PlanWorkflow.CanRevise(plan.Status))
        {
            return TypedResults.Problem(statusCode: 422, title: "Only an approved or published plan is revised.", detail: $"Revision {plan.Revision} is {plan.Status.Name()}.");
        }
        if (await db.Plans.AnyAsync(p => p.LineageId == plan.LineageId && p.Revision > plan.Revision, ct))
        {
            return TypedResults.Problem(statusCode: 409, title: "A newer revision exists.", detail: "Revise the newest revision of the plan.");
        }
        var next = plan.Revise();
        db.Plans.Add(next);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/plans/{next.Id}", (await PlanAccess.LoadAsync(db, next.Id, ct))!.ToDto());
    }
}
