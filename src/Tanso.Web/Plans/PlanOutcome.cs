using Microsoft.AspNetCore.Http.HttpResults;
using Tanso.Core.Plans;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Plans;

/// <summary>What a plan command did: the plan (saved), or a status with a message or field errors.</summary>
internal sealed record PlanOutcome(Plan? Plan, int Status, string? Message = null, Dictionary<string, string[]>? Errors = null, PlanDto? Current = null)
{
    /// <summary>Sector bases for the answer's resolved sector targets.</summary>
    public IReadOnlyDictionary<Tanso.Core.Sectors.SectorCode, Tanso.Core.Quantities.TonnesCo2e>? SectorBases { get; init; }

    public bool Ok => Status is 200 or 201;

    /// <summary>Core's refusal of a change: the plan's state (field "plan") is a conflict, anything else names its fields.</summary>
    public static PlanOutcome Refused(IReadOnlyList<Tanso.Core.Problem> problems) =>
        problems.FirstOrDefault(p => p.Field == "plan") is { } state
            ? new PlanOutcome(null, 409, Text.T(state.Ko, state.En))
            : new PlanOutcome(null, 400, Errors: PlanInput.Errors(problems));

    /// <summary>A refusal by the policy or the workflow, in the caller's language.</summary>
    public static PlanOutcome Refused(int status, Verdict verdict) => new(null, status, Text.T(verdict.Reason!.Value.Ko, verdict.Reason.Value.En));

    public Results<Ok<PlanDto>, Created<PlanDto>, ValidationProblem, NotFound, ProblemHttpResult> ToResult()
    {
        var bases = SectorBases ?? new Dictionary<Tanso.Core.Sectors.SectorCode, Tanso.Core.Quantities.TonnesCo2e>();
        return Status switch
        {
            200 => TypedResults.Ok(Plan!.ToDto(bases)),
            201 => TypedResults.Created($"/api/plans/{Plan!.Id}", Plan.ToDto(bases)),
            400 => TypedResults.ValidationProblem(Errors!),
            404 => TypedResults.NotFound(),
            409 when Current is not null => Editing.Conflict(Current),
            _ => TypedResults.Problem(statusCode: Status, detail: Message, title: Status switch
            {
                403 => Text.T("이 작업을 할 권한이 없습니다.", "You may not do this."),
                422 => Text.T("지금 상태에서는 할 수 없는 작업입니다.", "The step is not open now."),
                _ => Text.T("지금은 계획을 바꿀 수 없습니다.", "The plan cannot be changed now."),
            }),
        };
    }
}
