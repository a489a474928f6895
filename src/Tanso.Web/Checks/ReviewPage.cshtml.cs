using Tanso.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Tanso.Core.Checks;
using Tanso.Data;

namespace Tanso.Web.Checks;

/// <summary>The result and its right of reply (결과 통보·소명): national staff draft, show, revise and finalise; the
/// government's editors reply before the deadline.</summary>
internal sealed class ReviewPageModel(TansoDb db, TimeProvider clock) : EvaluationPage(db, clock)
{
    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public DateOnly? ReplyDueOn { get; set; }
    [BindProperty] public string? Reply { get; set; }
    [BindProperty] public List<ReplyItemForm> Items { get; set; } = [];
    public ReviewDto? Review { get; private set; }
    public bool CanReply { get; private set; }

    /// <summary>What the government may reply to one by one: each evaluator's score, then each standing opinion.</summary>
    public IReadOnlyList<ReplyTargetView> Targets { get; private set; } = [];

    protected override string Section => "review";

    public async Task<IActionResult> OnPostDraftAsync(int id, CancellationToken ct) =>
        await FinishAsync(id, await ReviewCommands.DraftAsync(Db, User, id, new ReviewDraftInput(Version, Comment), Clock, ct), ct);

    public async Task<IActionResult> OnPostShowAsync(int id, CancellationToken ct) => ReplyDueOn is { } due
        ? await FinishAsync(id, await ReviewCommands.ShowAsync(Db, User, id, new ReviewShowInput(Version, due), Clock, ct), ct)
        : await FinishAsync(id, Outcome<object>.Invalid("replyDueOn", "소명 기한을 정하십시오.", "Set the reply deadline."), ct);

    public async Task<IActionResult> OnPostReplyAsync(int id, CancellationToken ct) =>
        await FinishAsync(id, await ReviewCommands.ReplyAsync(Db, User, id, new ReviewReplyInput(Version, Reply,
            Items.Where(i => !string.IsNullOrWhiteSpace(i.Text)).Select(i => new ReplyItemInput(i.Kind, i.Id, i.Text)).ToList()), Clock, ct), ct);

    public async Task<IActionResult> OnPostFinaliseAsync(int id, CancellationToken ct) =>
        await FinishAsync(id, await ReviewCommands.FinaliseAsync(Db, User, id, new CycleVersionInput(Version), Clock, ct), ct);

    protected override async Task LoadMoreAsync(CancellationToken ct)
    {
        Review = EvaluationViews.ReviewFor(User, Cycle, Evaluation.Review);
        Version = Evaluation.Review?.Version ?? 0;
        Comment ??= Evaluation.Review?.Comment;
        ReplyDueOn ??= Today.AddDays(14);
        CanReply = Evaluation.Review?.Stage == ReviewStage.ShownToGovernment && await CheckAccess.MayAsync(User, Cycle, CycleAction.Reply, Db, ct);
        if (SeesResult)
        {
            var qualitative = await EvaluationViews.QualitativeAsync(Db, User, Cycle, Evaluation, ct);
            Targets = [.. qualitative.Criteria.SelectMany(c => c.Scores.Select(s => new ReplyTargetView("score", s.Id,
                    $"{c.Criterion} — {s.Evaluator}: {s.Level} ({s.Score:0.##})" + (s.Comment.Length > 0 ? $" · {s.Comment}" : ""), s.Reply))),
                .. (await EvaluationViews.OpinionsAsync(Db, User, Cycle, Evaluation.Opinions, ct)).Where(o => o.WithdrawnOn is null)
                    .Select(o => new ReplyTargetView("opinion", o.Id, (o.TaskCode is { } code ? $"[{code}] " : "") + o.Text, o.Reply))];
        }
    }
}

/// <summary>A score or opinion as the reply form lists it, with the reply already sent to it.</summary>
internal sealed record ReplyTargetView(string Kind, int Id, string Text, string? Reply);

/// <summary>One per-score or per-opinion reply of the form; blank ones are left out.</summary>
internal sealed class ReplyItemForm
{
    public string Kind { get; set; } = "";
    public int Id { get; set; }
    public string? Text { get; set; }
}
