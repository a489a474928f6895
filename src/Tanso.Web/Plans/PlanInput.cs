using Tanso.Core.Inventory;
using Tanso.Core.Plans;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Plans;

/// <summary>Turns request records into plan objects, collecting every field problem (names as the client sent them).</summary>
internal static class PlanInput
{
    public static bool TryEnum<T>(string? text, out T value) where T : struct, Enum =>
        Enum.TryParse((text ?? "").Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out value) && Enum.IsDefined(value);

    public static Dictionary<string, string[]> Check(Action<Action<string, string>> rules)
    {
        var errors = new Dictionary<string, List<string>>();
        rules((field, message) => (errors.TryGetValue(field, out var l) ? l : errors[field] = []).Add(message));
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    public static (Plan? Plan, Dictionary<string, string[]> Errors) NewPlan(int governmentId, PlanHeader h)
    {
        Plan? plan = null;
        var errors = Check(problem =>
        {
            if (h.Interpolation is not null && !TryEnum<Interpolation>(h.Interpolation, out _))
            {
                problem("interpolation", Text.T("연도별 경로는 straight-line, constant-rate, s-curve, manual 중 하나입니다.", "Use straight-line, constant-rate, s-curve or manual."));
            }
            foreach (var p in PlanTexts.Header(h.Title, h.BaseSource, h.ScopeNote))
            {
                problem(p.Field, Text.T(p.Ko, p.En));
            }
            if (Plausible.Tonnes("baseEmissionsTCo2eq", h.BaseEmissionsTCo2eq) is { } range)
            {
                problem(range.Field, Text.T(range.Ko, range.En));
                return;
            }
            var header = Plan.CheckHeader(h.Title, h.PeriodStart, h.PeriodEnd, h.BaseYear, h.BaseEmissionsTCo2eq, h.BaseSource, h.NetZeroYear);
            foreach (var p in header)
            {
                problem(p.Field, Text.T(p.Ko, p.En));
            }
            if (header.Count > 0)
            {
                return;
            }
            try
            {
                plan = new Plan(governmentId, h.Title?.Trim() ?? "", h.PeriodStart, h.PeriodEnd, h.BaseYear, new TonnesCo2e(h.BaseEmissionsTCo2eq), h.BaseSource?.Trim() ?? "");
                plan.Describe(plan.Title, h.PeriodStart, h.PeriodEnd, h.BaseYear, plan.BaseEmissions, plan.BaseSource, null, h.ScopeNote ?? "", h.NetZeroYear,
                    TryEnum<Interpolation>(h.Interpolation ?? "straight-line", out var i) ? i : Interpolation.StraightLine);
                if (Basis(h, problem) is { } basis)
                {
                    plan.CountOn(basis);
                }
            }
            catch (ArgumentException e)
            {
                problem("plan", e.Message); // CheckHeader passed, so this is a bug worth seeing
            }
        });
        return (errors.Count == 0 ? plan : null, errors);
    }

    /// <summary>The header's emissions basis (null when it states none), reporting bad fields to <paramref name="problem"/>.</summary>
    public static EmissionsBasis? Basis(PlanHeader h, Action<string, string> problem) => Basis(h.Basis, h.Adjustments, h.Guidelines, problem);

    /// <summary>An emissions basis from its three fields (null when none is stated), reporting bad fields to <paramref name="problem"/>;
    /// plans and scenarios state theirs alike.</summary>
    public static EmissionsBasis? Basis(string? basis, IReadOnlyList<string>? adjustmentNames, string? guidelinesText, Action<string, string> problem)
    {
        var h = (Basis: basis, Adjustments: adjustmentNames, Guidelines: guidelinesText);
        if (h.Basis is null && h.Adjustments is null && h.Guidelines is null)
        {
            return null;
        }
        var kind = BasisKind.Gross;
        if (h.Basis is not null && !TryEnum(h.Basis, out kind))
        {
            problem("basis", Text.T("gross, net, net-with-adjustments 중 하나를 쓰십시오", "use gross, net or net-with-adjustments"));
            return null;
        }
        var adjustments = BasisAdjustments.None;
        foreach (var a in h.Adjustments ?? [])
        {
            if (!TryEnum<BasisAdjustments>(a, out var one) || one == BasisAdjustments.None)
            {
                problem("adjustments", Text.T($"알 수 없는 조정 항목 '{a}': ccus, international-credits, direct-air-capture", $"unknown adjustment '{a}': use ccus, international-credits or direct-air-capture"));
                return null;
            }
            adjustments |= one;
        }
        var guidelines = h.Guidelines switch
        {
            null or "" or "not-stated" => IpccGuidelines.Unknown,
            _ => EmissionsBasis.ParseGuidelines(h.Guidelines),
        };
        if (guidelines == IpccGuidelines.Unknown && h.Guidelines is { Length: > 0 } g && g != "not-stated")
        {
            problem("guidelines", Text.T("1996, 2006, not-stated 중 하나를 쓰십시오", "use 1996, 2006 or not-stated"));
            return null;
        }
        try
        {
            return new EmissionsBasis(kind, adjustments, guidelines);
        }
        catch (ArgumentException)
        {
            problem("adjustments", Text.T("조정 항목(CCUS, 국제감축)은 net-with-adjustments 기준에만, 그리고 하나 이상 적습니다",
                "adjustments (CCUS, international reductions) go with net-with-adjustments only, which needs at least one"));
            return null;
        }
    }

    public static (List<PlanTarget> Targets, Dictionary<string, string[]> Errors) Targets(IReadOnlyList<TargetInput> input)
    {
        var targets = new List<PlanTarget>();
        var errors = Check(problem =>
        {
            for (var i = 0; i < input.Count; i++)
            {
                var t = input[i];
                SectorCode? sector = null;
                if (t.Sector is { Length: > 0 } s)
                {
                    if (SectorCode.TryParse(s, out var code)) { sector = code; }
                    else { problem($"targets[{i}].sector", Text.T($"알 수 없는 부문 '{s}'", $"Unknown sector '{s}'.")); continue; }
                }
                if (!TryEnum<TargetKind>(t.Kind, out var kind))
                {
                    problem($"targets[{i}].kind", Text.T("목표 방식은 amount(배출량) 또는 reduction-percent(감축률)입니다.", "Use amount or reduction-percent."));
                    continue;
                }
                if (Plausible.Tonnes($"targets[{i}].value", t.Value) is { } range)
                {
                    problem(range.Field, Text.T(range.Ko, range.En));
                    continue;
                }
                if (PlanTarget.Check($"targets[{i}]", t.Year, sector, kind, t.Value) is [var refused, ..])
                {
                    problem(refused.Field, Text.T(refused.Ko, refused.En));
                    continue;
                }
                targets.Add(new PlanTarget(t.Year, sector, kind, t.Value));
            }
        });
        return (targets, errors);
    }

    /// <summary>The draft a task request describes (its words parsed), or the fields that could not be read.</summary>
    public static (TaskDraft? Draft, Dictionary<string, string[]> Errors) Task(TaskInput t)
    {
        TaskDraft? draft = null;
        var errors = Check(problem =>
        {
            if (!TryEnum<TaskLevel>(t.Level, out var level))
            {
                problem("level", Text.T("단계는 area(분야), task(이행과제), sub-project(세부사업) 중 하나입니다.", "Use area, task or sub-project."));
            }
            SectorCode? sector = null;
            if (t.Sector is { Length: > 0 } s)
            {
                if (SectorCode.TryParse(s, out var code)) { sector = code; }
                else { problem("sector", Text.T($"알 수 없는 부문 '{s}'", $"Unknown sector '{s}'.")); }
            }
            var kpis = new List<KpiDraft>();
            foreach (var (k, i) in (t.Kpis ?? []).Select((k, i) => (k, i)))
            {
                if (!TryEnum<KpiDirection>(k.Direction, out var direction))
                {
                    problem($"kpis[{i}].direction", Text.T("방향은 increase(상향) 또는 decrease(하향)입니다.", "Use increase or decrease."));
                    continue;
                }
                kpis.Add(new KpiDraft(k.Name, k.Unit, direction, k.BaseValue, k.Targets ?? []));
            }
            draft = new TaskDraft(level, t.Code, t.ParentCode, t.Name, t.Department, sector, t.StartYear, t.EndYear,
                (t.Years ?? []).Select(y => new TaskYearDraft(y.Year, y.BudgetKrw, y.ExpectedReductionTCo2eq)).ToList(), kpis);
        });
        return (errors.Count == 0 ? draft : null, errors);
    }

    /// <summary>Core's refusals as field errors in the caller's language.</summary>
    public static Dictionary<string, string[]> Errors(IEnumerable<Tanso.Core.Problem> problems) =>
        problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => Text.T(p.Ko, p.En)).ToArray());
}
