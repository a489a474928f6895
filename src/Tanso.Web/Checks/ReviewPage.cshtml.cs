using Microsoft.AspNetCore.Mvc;
using Tanso.Core.Checks;
using Tanso.Data;
using Tanso.Web.Plans;

namespace Tanso.Web.Checks;

/// <summary>The result and its right of reply (결과 통보·소명): national staff draft, show, revise and finalise; the
/// government's editors reply before the deadline.</summary>
internal sealed class ReviewPageModel(TansoDb db, TimeProvider clock) : EvaluationPage(db, clock)
{
    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public DateOnly? ReplyDueOn { get; set; }
    [BindProperty] public string? Reply { get; set; }
    public ReviewDto? Review { get; private set; }
    public bool CanReply { get; private set; }

    protected override string Section => "review";

    public async Task<IActionResult> OnPostDraftAsync(int id, CancellationToken ct) =>
        await FinishAsync(id, await ReviewCommands.DraftAsync(Db, User, id, new ReviewDraftInput(Version, Comment), Clock, ct), ct);

    public async Task<IActionResult> OnPostShowAsync(int id, CancellationToken ct) => ReplyDueOn is { } due
        ? await FinishAsync(id, await ReviewCommands.ShowAsync(Db, User, id, new ReviewShowInput(Version, due), Clock, ct), ct)
        : await FinishAsync(id, EvaluationOutcome.Invalid("replyDueOn", "소명 기한을 정하십시오.", "Set the reply deadline."), ct);

    public async Task<IActionResult> OnPostReplyAsync(int id, CancellationToken ct) =>
        await FinishAsync(id, await ReviewCommands.ReplyAsync(Db, User, id, new ReviewReplyInput(Version, Reply), Clock, ct), ct);

    public async Task<IActionResult> OnPostFinaliseAsync(int id, CancellationToken ct) =>
        await FinishAsync(id, await ReviewCommands.FinaliseAsync(Db, User, id, new CycleVersionInput(Version), Clock, ct), ct);

    protected override async Task LoadMoreAsync(CancellationToken ct)
    {
        Review = EvaluationViews.ReviewFor(User, Cycle, Evaluation.Review);
        Version = Evaluation.Review?.Version ?? 0;
        Comment ??= Evaluation.Review?.Comment;
        ReplyDueOn ??= Today.AddDays(14);
        CanReply = Evaluation.Review?.Stage == ReviewStage.ShownToGovernment && await PlanAccess.CanEditAsync(User, Cycle.GovernmentId, Db, ct);
    }
}
