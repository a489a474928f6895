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
                problem("interpolation", "use straight-line, constant-rate, s-curve or manual");
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
                problem("plan", e.Message);
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
                    else { problem($"targets[{i}].sector", $"unknown sector '{s}'"); continue; }
                }
                if (!TryEnum<TargetKind>(t.Kind, out var kind))
                {
                    problem($"targets[{i}].kind", "use amount or reduction-percent");
                    continue;
                }
                if (Plausible.Tonnes($"targets[{i}].value", t.Value) is { } range)
                {
                    problem(range.Field, Text.T(range.Ko, range.En));
                    continue;
                }
                try
                {
                    targets.Add(new PlanTarget(t.Year, sector, kind, t.Value));
                }
                catch (ArgumentException e)
                {
                    problem($"targets[{i}]", e.Message);
                }
            }
            foreach (var dup in targets.GroupBy(t => (t.Year, t.Sector)).Where(g => g.Count() > 1))
            {
                problem("targets", $"two targets for {dup.Key.Year} {dup.Key.Sector?.Value ?? "total"}");
            }
        });
        return (targets, errors);
    }

    public static (PlanTask? Task, Dictionary<string, string[]> Errors) Task(TaskInput t, Plan plan)
    {
        PlanTask? task = null;
        var errors = Check(problem =>
        {
            if (!TryEnum<TaskLevel>(t.Level, out var level)) { problem("level", "use area, task or sub-project"); return; }
            SectorCode? sector = null;
            if (t.Sector is { Length: > 0 } s)
            {
                if (SectorCode.TryParse(s, out var code)) { sector = code; } else { problem("sector", $"unknown sector '{s}'"); }
            }
            if (plan.Tasks.Any(x => x.Code == t.Code?.Trim())) { problem("code", $"the plan already has a task {t.Code}"); }
            foreach (var p in PlanTexts.Task(t.Code, t.Name, t.Department)) { problem(p.Field, Text.T(p.Ko, p.En)); }
            PlanTask? parent = null;
            if (level != TaskLevel.Area)
            {
                parent = plan.Tasks.FirstOrDefault(x => x.Code == t.ParentCode?.Trim());
                var wanted = level == TaskLevel.Task ? TaskLevel.Area : TaskLevel.Task;
                if (parent is null || parent.Level != wanted) { problem("parentCode", $"a {level.Name()} belongs to an existing {wanted.Name()}: give its code"); }
            }
            try
            {
                task = new PlanTask(level, t.Code ?? "", t.Name ?? "", t.Department ?? "", sector, t.StartYear, t.EndYear) { Parent = parent };
            }
            catch (ArgumentException e)
            {
                problem("task", e.Message);
                return;
            }
            foreach (var y in t.Years ?? [])
            {
                if (y.Year < t.StartYear || y.Year > t.EndYear) { problem("years", $"{y.Year} is outside the task's years {t.StartYear}–{t.EndYear}"); }
                if (y.BudgetKrw < 0 || y.ExpectedReductionTCo2eq < 0) { problem("years", $"{y.Year}: budget and expected reduction cannot be negative"); }
                foreach (var range in new[] { Plausible.Krw($"years[{y.Year}].budgetKrw", y.BudgetKrw), Plausible.Tonnes($"years[{y.Year}].expectedReductionTCo2eq", y.ExpectedReductionTCo2eq) })
                {
                    if (range is not null) { problem(range.Field, Text.T(range.Ko, range.En)); }
                }
                task.Years.Add(new PlanTaskYear(y.Year, y.BudgetKrw, y.ExpectedReductionTCo2eq is { } r ? new TonnesCo2e(r) : null));
            }
            if (task.Years.GroupBy(y => y.Year).Any(g => g.Count() > 1)) { problem("years", "a year appears twice"); }
            foreach (var (k, i) in (t.Kpis ?? []).Select((k, i) => (k, i)))
            {
                if (!TryEnum<KpiDirection>(k.Direction, out var direction)) { problem($"kpis[{i}].direction", "use increase or decrease"); continue; }
                foreach (var tooLong in PlanTexts.Kpi(k.Name, k.Unit)) { problem($"kpis[{i}].{tooLong.Field}", Text.T(tooLong.Ko, tooLong.En)); }
                var ranges = (k.Targets ?? []).Select(x => Plausible.Indicator($"kpis[{i}].targets[{x.Key}]", x.Value) ?? Plausible.Year($"kpis[{i}].targets", x.Key))
                    .Prepend(Plausible.Indicator($"kpis[{i}].baseValue", k.BaseValue)).OfType<RangeProblem>().ToList();
                if (ranges.Count > 0) { ranges.ForEach(r => problem(r.Field, Text.T(r.Ko, r.En))); continue; }
                var kpi = new PlanKpi(k.Name?.Trim() ?? "", k.Unit?.Trim() ?? "", direction, k.BaseValue);
                kpi.Targets.AddRange((k.Targets ?? []).Select(x => new PlanKpiTarget(x.Key, x.Value)));
                if (kpi.ToKpi().Problem() is { } p) { problem($"kpis[{i}]", p); }
                task.Kpis.Add(kpi);
            }
        });
        return (errors.Count == 0 ? task : null, errors);
    }
}
