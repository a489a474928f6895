using Microsoft.AspNetCore.Mvc;
using Tanso.Core.Checks;
using Tanso.Data;

namespace Tanso.Web.Checks;

/// <summary>A cycle's settings (점검 설정) and rubric (정성평가 기준표): everyone who sees the cycle reads them; national
/// staff edit them until committee review (the rubric only until an evaluator has scored).</summary>
internal sealed class SettingsPageModel(TansoDb db, TimeProvider clock) : EvaluationPage(db, clock)
{
    private bool keepSettings;
    private bool keepRubric;

    [BindProperty] public int Version { get; set; }
    [BindProperty] public SettingsForm Settings { get; set; } = new();
    [BindProperty] public RubricForm Rubric { get; set; } = new();
    public bool CanEditSettings { get; private set; }
    public bool CanEditRubric { get; private set; }

    protected override string Section => "settings";

    public async Task<IActionResult> OnPostSettingsAsync(int id, CancellationToken ct)
    {
        keepSettings = true;
        var s = Settings;
        var input = new SettingsInput(Version, new(s.TasksPercent, s.EmissionsPercent, s.BudgetPercent), new(s.QuantitativePercent, s.QualitativePercent),
            s.Grades.Where(g => !string.IsNullOrWhiteSpace(g.Ko) || !string.IsNullOrWhiteSpace(g.En)).Select(g => new GradeBandInput(g.Ko, g.En, g.MinScore ?? 0m)).ToList(),
            new(s.TrimFromEvaluators, s.MaxStandardDeviation, s.MaxRange),
            s.Deadlines.Where(d => d.Value is not null).ToDictionary(d => d.Key, d => d.Value!.Value), s.RefuseLateReports, s.Quorum);
        return await FinishAsync(id, await SettingsCommands.ConfigureAsync(Db, User, id, input, ct), ct);
    }

    public async Task<IActionResult> OnPostRubricAsync(int id, CancellationToken ct)
    {
        keepRubric = true;
        var criteria = Rubric.Criteria.Where(c => !string.IsNullOrWhiteSpace(c.Name))
            .Select(c => new RubricCriterionInput(c.Name, c.WeightPercent ?? 0m, c.Levels.Where(l => !string.IsNullOrWhiteSpace(l.Label))
                .Select(l => new RubricLevelInput(l.Label, l.Description, l.Score ?? 0m)).ToList())).ToList();
        return await FinishAsync(id, await SettingsCommands.ReplaceRubricAsync(Db, User, id, new RubricInput(Version, Rubric.Name, criteria), ct), ct);
    }

    protected override async Task LoadMoreAsync(CancellationToken ct)
    {
        Version = Cycle.Version;
        var locked = Cycle.SettingsLocked ?? SettingsCommands.ResultLock(Evaluation.Review);
        CanEditSettings = Manage && locked is null;
        CanEditRubric = CanEditSettings && Evaluation.Sheets.All(s => s.Scores.Count == 0);
        if (!keepSettings)
        {
            Settings = SettingsForm.Of(Cycle);
        }
        if (!keepRubric)
        {
            Rubric = RubricForm.Of(Cycle.Rubric);
        }
        await Task.CompletedTask;
    }
}

/// <summary>The settings form; blank grade rows are left out.</summary>
internal sealed class SettingsForm
{
    public decimal TasksPercent { get; set; }
    public decimal EmissionsPercent { get; set; }
    public decimal BudgetPercent { get; set; }
    public decimal QuantitativePercent { get; set; }
    public decimal QualitativePercent { get; set; }
    public List<GradeRow> Grades { get; set; } = [];
    public int TrimFromEvaluators { get; set; }
    public decimal MaxStandardDeviation { get; set; }
    public decimal MaxRange { get; set; }
    public Dictionary<string, DateOnly?> Deadlines { get; set; } = [];
    public bool RefuseLateReports { get; set; }
    public int? Quorum { get; set; }

    public static SettingsForm Of(CheckCycle cycle)
    {
        var s = cycle.Settings;
        return new SettingsForm
        {
            TasksPercent = s.Quantitative.TasksPercent, EmissionsPercent = s.Quantitative.EmissionsPercent, BudgetPercent = s.Quantitative.BudgetPercent,
            QuantitativePercent = s.Combination.QuantitativePercent, QualitativePercent = s.Combination.QualitativePercent,
            Grades = [.. s.Grades.Bands.Select(b => new GradeRow { Ko = b.Ko, En = b.En, MinScore = b.MinScore }), new GradeRow(), new GradeRow()],
            TrimFromEvaluators = s.Qualitative.TrimFromEvaluators, MaxStandardDeviation = s.Qualitative.MaxStandardDeviation, MaxRange = s.Qualitative.MaxRange,
            Deadlines = Enum.GetValues<CheckStage>().ToDictionary(st => st.ToString(), st => cycle.DueOn(st)),
            RefuseLateReports = s.LateReports == LateReportPolicy.Refuse, Quorum = s.Quorum,
        };
    }
}

internal sealed class GradeRow
{
    public string? Ko { get; set; }
    public string? En { get; set; }
    public decimal? MinScore { get; set; }
}

/// <summary>The rubric form: the criteria and one blank criterion to add; blank names and labels are left out.</summary>
internal sealed class RubricForm
{
    public string? Name { get; set; }
    public List<CriterionRow> Criteria { get; set; } = [];

    public static RubricForm Of(Rubric rubric) => new()
    {
        Name = rubric.Name,
        Criteria = [.. rubric.Criteria.Select(c => new CriterionRow { Name = c.Name, WeightPercent = c.WeightPercent,
            Levels = c.Levels.Select(l => new LevelRow { Label = l.Label, Description = l.Description, Score = l.Score }).ToList() }),
            new CriterionRow { Levels = Core.Checks.Rubric.FiveLevels("", "", "", "", "").Select(l => new LevelRow { Label = l.Label, Score = l.Score }).ToList() }],
    };
}

internal sealed class CriterionRow
{
    public string? Name { get; set; }
    public decimal? WeightPercent { get; set; }
    public List<LevelRow> Levels { get; set; } = [];
}

internal sealed class LevelRow
{
    public string? Label { get; set; }
    public string? Description { get; set; }
    public decimal? Score { get; set; }
}
