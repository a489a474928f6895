using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tanso.Data;
using Tanso.Web.Accounts;

namespace Tanso.Web.Checks;

/// <summary>Qualitative scores (정성평가): the aggregation per criterion for whoever may see it, and the assigned
/// evaluator's own form (a level, a comment and evidence per criterion).</summary>
internal sealed class ScoringPageModel(TansoDb db, TimeProvider clock) : EvaluationPage(db, clock)
{
    [BindProperty] public int Version { get; set; }
    [BindProperty] public List<ScoreRow> Scores { get; set; } = [];
    public QualitativeDto Qualitative { get; private set; } = null!;
    public SheetDto? Mine { get; private set; }
    [BindProperty] public string? Criterion { get; set; }
    [BindProperty] public string? Note { get; set; }
    public bool CanCalibrate { get; private set; }

    protected override string Section => "scoring";

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct) =>
        await FinishAsync(id, await ScoringCommands.ScoreAsync(Db, User, id,
            new SheetInput(Version, Scores.Where(s => !string.IsNullOrWhiteSpace(s.Level)).Select(s => new ScoreInput(s.Criterion, s.Level!, s.Comment, s.Evidence)).ToList()), ct), ct);

    public async Task<IActionResult> OnPostCalibrateAsync(int id, CancellationToken ct) =>
        await FinishAsync(id, await CalibrationCommands.ResolveAsync(Db, User, id, new CalibrationInput(Criterion, Note), Clock, ct), ct);

    protected override async Task LoadMoreAsync(CancellationToken ct)
    {
        Qualitative = await EvaluationViews.QualitativeAsync(Db, User, Cycle, Evaluation, ct);
        CanCalibrate = Cycle.WhyNot(Core.Checks.CycleAction.ResolveCalibration, await CheckAccess.PartyAsync(User, Cycle, Db, ct)) is null;
        if (CheckAccess.IsAssignedEvaluator(User, Cycle))
        {
            var me = User.ToActor().UserId;
            var sheet = await Db.ScoreSheets.Include(s => s.Scores).AsNoTracking().SingleOrDefaultAsync(s => s.CycleId == Cycle.Id && s.EvaluatorId == me, ct);
            Mine = ScoringCommands.SheetOf(Cycle, sheet, Evaluation.Review);
            Version = Mine.Version;
            Scores = Cycle.Rubric.Criteria.Select(c => sheet?.Scores.FirstOrDefault(s => s.Criterion == c.Name) is { } s
                ? new ScoreRow { Criterion = c.Name, Level = s.Level, Comment = s.Comment, Evidence = s.Evidence }
                : new ScoreRow { Criterion = c.Name }).ToList();
        }
    }
}

/// <summary>One criterion of the evaluator's form; a criterion without a level is left unscored.</summary>
internal sealed class ScoreRow
{
    public string Criterion { get; set; } = "";
    public string? Level { get; set; }
    public string? Comment { get; set; }
    public string? Evidence { get; set; }
}
