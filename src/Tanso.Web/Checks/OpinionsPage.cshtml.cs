using Microsoft.AspNetCore.Mvc;
using Tanso.Core.Checks;
using Tanso.Data;

namespace Tanso.Web.Checks;

/// <summary>Improvement opinions (개선의견) and the government's answers; carried opinions show where they came from.</summary>
internal sealed class OpinionsPageModel(TansoDb db, TimeProvider clock) : EvaluationPage(db, clock)
{
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? TaskCode { get; set; }
    [BindProperty] public int OpinionId { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? Answer { get; set; }
    [BindProperty] public int? PlanRevision { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? WithdrawalReason { get; set; }
    public IReadOnlyList<OpinionDto> Opinions { get; private set; } = [];
    public bool CanIssue { get; private set; }

    protected override string Section => "opinions";

    public async Task<IActionResult> OnPostIssueAsync(int id, CancellationToken ct) =>
        await FinishAsync(id, await OpinionCommands.IssueAsync(Db, User, id, new OpinionInput(Text, TaskCode), Clock, ct), ct);

    public async Task<IActionResult> OnPostAnswerAsync(int id, CancellationToken ct) =>
        await FinishAsync(id, await OpinionCommands.AnswerAsync(Db, User, id, OpinionId, new AnswerInput(Version, Answer ?? "", PlanRevision, Reason), Clock, ct), ct);

    public async Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken ct) =>
        await FinishAsync(id, await OpinionCommands.WithdrawAsync(Db, User, id, OpinionId, new WithdrawInput(Version, WithdrawalReason), Clock, ct), ct);

    protected override async Task LoadMoreAsync(CancellationToken ct)
    {
        Opinions = await EvaluationViews.OpinionsAsync(Db, User, Cycle, Evaluation.Opinions, ct);
        CanIssue = Cycle.Stage is CheckStage.Evaluation or CheckStage.CommitteeReview && (Manage || CheckAccess.IsAssignedEvaluator(User, Cycle));
    }
}
