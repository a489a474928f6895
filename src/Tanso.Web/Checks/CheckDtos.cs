using Tanso.Core.Checks;

namespace Tanso.Web.Checks;

internal sealed record OpenInput(int Year, int? Month = null);

internal sealed record CycleVersionInput(int Version);

internal sealed record AssignInput(int Version, string Email);

internal sealed record CycleSummaryDto(int Id, int PlanId, int GovernmentId, int Year, int? Month, string Stage, string StageKo,
    IReadOnlyDictionary<string, DateOnly> Deadlines, DateOnly? ReportSubmittedOn, int Reported, int Version, int? ReportDaysLate = null);

/// <summary>A stage's deadline as it stands today (Korean date): days left (negative once passed) and in words.</summary>
internal sealed record DeadlineDto(string Stage, string StageKo, DateOnly DueOn, int DaysLeft, int DaysLate, string TextKo, string TextEn);

internal sealed record KpiAchievementDto(string Kpi, decimal Base, decimal Target, decimal? Actual, string Formula, decimal? RawPercent, decimal? CappedPercent, bool NotReported);

internal sealed record TaskCheckDto(string Code, string Name, string Department, string? Sector, string Status, bool Unreported, string Rule, decimal? Score,
    decimal? BudgetPlannedKrw, decimal? BudgetExecutedKrw, decimal? BudgetRatePercent, string? Grade, IReadOnlyList<KpiAchievementDto> Kpis,
    IReadOnlyList<EvidenceFileDto> EvidenceFiles);

/// <summary>A sector's or the total's emissions; <c>AchievementPercent</c> is raw (never capped), <c>ScorePercent</c> the value held to the cap and floored at 0 for the score.</summary>
internal sealed record SectorCheckDto(string? Sector, decimal BaseTCo2eq, decimal TrajectoryTCo2eq, decimal? ActualTCo2eq, decimal? GapTCo2eq, bool? OnTrack,
    decimal PlannedReductionTCo2eq, decimal? AchievedReductionTCo2eq, decimal? AchievementPercent, decimal? ScorePercent, string? Grade);

internal sealed record ComponentDto(string Kind, decimal? Value, decimal WeightPercent, decimal EffectiveWeightPercent, decimal Contribution);

internal sealed record LaggingDto(string Code, string Name, IReadOnlyList<string> Reasons);

internal sealed record EvaluationDto(int Year, string? InventoryEdition, IReadOnlyList<TaskCheckDto> Tasks, IReadOnlyList<SectorCheckDto> Sectors, SectorCheckDto? Total,
    decimal? BudgetRatePercent, IReadOnlyList<ComponentDto> Quantitative, decimal? QuantitativeScore, decimal? QualitativeScore, string? Grade, decimal? CombinedScore, IReadOnlyList<LaggingDto> Lagging,
    HeadlineDto Headline, bool IsSample);

/// <summary>The basis a target is compared on and how the actual was made (gross, LULUCF, adjustments), raw tonnes.</summary>
internal sealed record BasisDto(string Kind, IReadOnlyList<string> Adjustments, string Guidelines, string TextKo, string TextEn, string? EditionGuidelines,
    string Comparability, decimal? GrossTCo2eq, decimal? LulucfTCo2eq, IReadOnlyDictionary<string, decimal?> AdjustmentsTCo2eq, decimal? ActualTCo2eq,
    IReadOnlyList<string> NotesKo, IReadOnlyList<string> NotesEn);

/// <summary>A headline figure as raw values: the percentage from the target (negative below) and the achievement, never capped.</summary>
internal sealed record HeadlineFigureDto(string? Sector, decimal TargetTCo2eq, decimal? ActualTCo2eq, string Verdict, decimal? PercentFromTarget, decimal? AchievementPercent,
    decimal PlannedReductionTCo2eq, decimal? AchievedReductionTCo2eq, string TextKo, string TextEn);

/// <summary>The check's headline: the total on the plan's basis, every sector, the sectors that missed while the total met.</summary>
internal sealed record HeadlineDto(int Year, BasisDto? Basis, HeadlineFigureDto? Total, IReadOnlyList<HeadlineFigureDto> Sectors, IReadOnlyList<string> MissedSectors,
    bool SectorsMissedWhileTotalMet, bool IsSample);

internal sealed record CycleDto(CycleSummaryDto Cycle, EvaluationDto Evaluation, EvaluationStateDto Workflow, IReadOnlyList<DeadlineDto> DeadlinesToday);

internal static class CheckDtoMapping
{
    public static CycleSummaryDto ToSummary(this CheckCycle c) => new(c.Id, c.PlanId, c.GovernmentId, c.Year, c.Month, c.Stage.ToString(), CheckCycle.Korean(c.Stage),
        c.Deadlines.ToDictionary(d => d.Stage.ToString(), d => d.DueOn), c.ReportSubmittedOn, c.Progress.Count, c.Version, c.ReportDaysLate);

    public static IReadOnlyList<DeadlineDto> DeadlineDtos(this CheckCycle c, DateOnly today) => c.DeadlinesOn(today)
        .Select(d => new DeadlineDto(d.Stage.ToString(), CheckCycle.Korean(d.Stage), d.Status.DueOn, d.Status.DaysLeft, d.Status.DaysLate, d.Status.Korean, d.Status.English)).ToList();

    /// <summary>The evaluation, each task with its evidence files (names and sizes) when <paramref name="evidence"/> is given.</summary>
    public static EvaluationDto ToDto(this CycleEvaluation ce, ILookup<int, EvidenceFile>? evidence = null)
    {
        var e = ce.Evaluation;
        return new EvaluationDto(e.Year, ce.Edition?.Code,
            e.Tasks.Select(t => new TaskCheckDto(t.Task.Code, t.Task.Name, t.Task.Department, t.Task.Sector?.Value, t.Score.Report.Status.English(), t.Unreported,
                t.Score.RuleEn, t.Score.Score, t.Score.Report.Budget?.PlannedKrw, t.Score.Report.Budget?.ExecutedKrw, t.Score.BudgetRatePercent, t.Grade?.Grade.Ko,
                t.Score.Report.Kpis.Select(k => new KpiAchievementDto(k.Reading.Name, k.Reading.BaseValue, k.Reading.TargetValue, k.Reading.ActualValue, k.FormulaEn,
                    k.UncappedPercent, k.CappedPercent, !k.IsReported)).ToList(),
                (evidence?[t.Task.Id] ?? []).Select(f => f.ToDto()).ToList())).ToList(),
            e.Sectors.Select(s => Sector(s.Performance, s.Grade)).ToList(),
            e.Total is null ? null : Sector(e.Total, null),
            e.Budget?.RatePercent,
            e.Quantitative.Components.Select(c => new ComponentDto(c.Kind.ToString(), c.Value, c.WeightPercent, c.EffectiveWeightPercent, c.Contribution)).ToList(),
            e.Quantitative.Score, ce.QualitativeIncluded ? ce.Qualitative.Score : null, e.Overall?.Grade.Ko, e.Overall?.Score,
            e.Lagging.Select(l => new LaggingDto(l.Task.Report.TaskCode, l.Task.Report.TaskName, l.Reasons.Select(r => r.En).ToList())).ToList(),
            e.Headline.ToDto(ce.Edition?.IsSample ?? false), ce.Edition?.IsSample ?? false);
    }

    /// <summary>The headline as raw values; <paramref name="isSample"/>: the edition is sample data.</summary>
    public static HeadlineDto ToDto(this Headline h, bool isSample) => new(h.Year, h.Actual?.ToDto(), h.Total?.ToDto(), h.Sectors.Select(f => f.ToDto()).ToList(),
        h.MissedSectors.Select(f => f.Sector!.Value.Value).ToList(), h.SectorsMissedWhileTotalMet, isSample);

    // Enum values as the rest of the API writes them: "met", "not-judged", "net-with-adjustments", "1996".
    private static HeadlineFigureDto ToDto(this HeadlineFigure f) => new(f.Sector?.Value, f.Target.Value, f.Actual?.Value, Plans.PlanDtoMapping.Name(f.Verdict), f.PercentFromTarget,
        f.AchievementPercent, f.PlannedReduction.Value, f.AchievedReduction?.Value, f.TextKo, f.TextEn);

    public static BasisDto ToDto(this ComparableActual a) => new(Plans.PlanDtoMapping.Name(a.Basis.Kind), Plans.PlanBasisDto.Of(a.Basis).Adjustments, Plans.PlanBasisDto.Of(a.Basis).Guidelines,
        a.Basis.Korean, a.Basis.English, a.Edition is { } e ? Plans.PlanBasisDto.GuidelinesName(e.Guidelines) : null, Plans.PlanDtoMapping.Name(a.Status), a.Gross?.Value, a.Lulucf?.Value,
        a.Adjustments.ToDictionary(x => x.Line.Code.Value, x => x.Value?.Value), a.Value?.Value, a.Notes.Select(n => n.Ko).ToList(), a.Notes.Select(n => n.En).ToList());

    private static SectorCheckDto Sector(EmissionsPerformance p, CombinedScore? grade) => new(
        p.Reading.Sector?.Value, p.Reading.BaseEmissions.Value, p.Reading.TrajectoryValue.Value, p.Reading.Actual?.Value, p.Gap?.Value, p.OnTrack,
        p.PlannedReduction.Value, p.AchievedReduction?.Value, p.Achievement.UncappedPercent, p.ScorePercent, grade?.Grade.Ko);
}
