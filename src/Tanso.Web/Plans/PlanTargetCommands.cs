using System.Security.Claims;
using Tanso.Core.Plans;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;
using Tanso.Data;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Plans;

/// <summary>Targets and hand-entered trajectory values of a draft: the request is read here, the plan's rules are
/// <see cref="Plan.SetTargets"/>' and <see cref="Plan.SetManualPoints"/>'.</summary>
internal static class PlanTargetCommands
{
    /// <summary>Replaces every target (<paramref name="merge"/> false) or sets the given ones, keeping the rest.</summary>
    public static Task<PlanOutcome> SetTargetsAsync(TansoDb db, ClaimsPrincipal user, int id, TargetsInput input, bool merge, CancellationToken ct) =>
        PlanCommands.EditDraftAsync(db, user, id, input.Version, plan =>
        {
            var (targets, errors) = PlanInput.Targets(input.Targets ?? []);
            return errors.Count > 0 ? errors : PlanInput.Errors(plan.SetTargets(targets, merge));
        }, ct);

    /// <summary>Removes one target (year and sector; no sector: the total).</summary>
    public static Task<PlanOutcome> RemoveTargetAsync(TansoDb db, ClaimsPrincipal user, int id, int version, int year, string? sector, CancellationToken ct) =>
        PlanCommands.EditDraftAsync(db, user, id, version, plan =>
        {
            SectorCode? code = null;
            if (sector is { Length: > 0 } s)
            {
                if (!SectorCode.TryParse(s, out var c))
                {
                    return new() { ["sector"] = [Text.T($"알 수 없는 부문 '{s}'", $"Unknown sector '{s}'.")] };
                }
                code = c;
            }
            return PlanInput.Errors(plan.RemoveTarget(year, code));
        }, ct);

    /// <summary>Replaces the hand-entered trajectory values of a draft.</summary>
    public static Task<PlanOutcome> SetTrajectoryAsync(TansoDb db, ClaimsPrincipal user, int id, TrajectoryInput input, CancellationToken ct) =>
        PlanCommands.EditDraftAsync(db, user, id, input.Version, plan =>
        {
            var points = new List<PlanTrajectoryPoint>();
            var errors = PlanInput.Check(problem =>
            {
                foreach (var (p, i) in (input.Points ?? []).Select((p, i) => (p, i)))
                {
                    SectorCode? sector = null;
                    if (p.Sector is { Length: > 0 } s)
                    {
                        if (SectorCode.TryParse(s, out var c)) { sector = c; }
                        else { problem($"points[{i}].sector", Text.T($"알 수 없는 부문 '{s}'", $"Unknown sector '{s}'.")); continue; }
                    }
                    if (Plausible.Tonnes($"points[{i}].valueTCo2eq", p.ValueTCo2eq) is { } range) { problem(range.Field, Text.T(range.Ko, range.En)); continue; }
                    if (Plausible.Year($"points[{i}].year", p.Year) is { } year) { problem(year.Field, Text.T(year.Ko, year.En)); continue; }
                    points.Add(new PlanTrajectoryPoint(sector, p.Year, new TonnesCo2e(p.ValueTCo2eq)));
                }
            });
            return errors.Count > 0 ? errors : PlanInput.Errors(plan.SetManualPoints(points));
        }, ct);
}
