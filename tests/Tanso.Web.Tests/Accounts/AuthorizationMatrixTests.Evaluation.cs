using Tanso.Core;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Checks;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Accounts;

/// <summary>Requests for the evaluation workflow's endpoints and pages, each on a fresh cycle in 점검·평가 with the
/// matrix's evaluator assigned and the state the endpoint needs, so that only authorization decides the answer.</summary>
public sealed partial class AuthorizationMatrixTests
{
    private static readonly string[] EvaluationPaths = ["/settings", "/rubric", "/scores", "/review", "/opinions", "/scoring", "/calibrations"];

    private static async Task<HttpRequestMessage?> EvaluationRequestAsync(string endpoint, int government, TestDatabase database, string evaluatorEmail)
    {
        var verb = new HttpMethod(endpoint[..endpoint.IndexOf(' ', StringComparison.Ordinal)]);
        var path = endpoint[(endpoint.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        if (!path.Contains("checks/{id:int}/", StringComparison.Ordinal) || !EvaluationPaths.Any(p => path.Contains(p, StringComparison.Ordinal)))
        {
            return null;
        }
        var (planId, _) = await FreshPlanAsync(database, government, approved: true);
        await using var db = database.Open();
        var normalized = evaluatorEmail.ToUpperInvariant();
        var evaluator = await db.Users.SingleAsync(u => u.NormalizedEmail == normalized);
        var cycle = new CheckCycle(planId, government, CheckPeriod.OfYear(2025));
        cycle.MoveTo(CheckStage.Reporting);
        cycle.MoveTo(CheckStage.Evaluation);
        cycle.AssignEvaluator(evaluator.Id);
        db.CheckCycles.Add(cycle);
        await db.SaveChangesAsync();
        var today = TestClock.Today;
        // An evaluator's opinion to withdraw, so that the evaluator's row shows they may withdraw what they may issue.
        var issuer = endpoint.EndsWith("/withdraw", StringComparison.Ordinal) ? OpinionIssuer.Evaluator : OpinionIssuer.Committee;
        var opinion = new ImprovementOpinion(cycle.Id, government, null, issuer, "행렬 시험 의견", today);
        db.ImprovementOpinions.Add(opinion);
        if (endpoint == "PUT /api/checks/{id:int}/review")
        {
            // A complete qualitative evaluation, so that a draft has a score.
            var sheet = new ScoreSheet(cycle.Id, evaluator.Id);
            foreach (var criterion in cycle.Rubric.Criteria)
            {
                sheet.Set(cycle.Rubric, criterion.Name, "우수", "", "");
            }
            db.ScoreSheets.Add(sheet);
        }
        else if (endpoint == "POST /api/checks/{id:int}/calibrations")
        {
            // Two sheets 80 points apart on 추진체계, so that it is flagged for calibration (the second from another account).
            var other = await db.Users.FirstAsync(u => u.Id != evaluator.Id);
            foreach (var (who, level) in new[] { (evaluator.Id, "매우 우수"), (other.Id, "매우 미흡") })
            {
                var sheet = new ScoreSheet(cycle.Id, who);
                sheet.Set(cycle.Rubric, "추진체계", level, "", "");
                db.ScoreSheets.Add(sheet);
            }
        }
        else if (path.Contains("/review", StringComparison.Ordinal))
        {
            var review = new EvaluationReview(cycle.Id, government, ReviewScope.Whole);
            review.Revise(70m, "행렬 시험");
            if (!endpoint.EndsWith("/show", StringComparison.Ordinal))
            {
                review.Show(today.AddDays(30), today);
            }
            if (endpoint.EndsWith("/finalise", StringComparison.Ordinal))
            {
                review.ReplyWith("행렬 시험 소명", today);
            }
            db.EvaluationReviews.Add(review);
        }
        await db.SaveChangesAsync();
        var url = path.Replace("checks/{id:int}", $"checks/{cycle.Id}", StringComparison.Ordinal).Replace("{opinionId:int}", $"{opinion.Id}", StringComparison.Ordinal);
        object? body = endpoint switch
        {
            "PUT /api/checks/{id:int}/settings" => new
            {
                version = 0, quantitative = new { tasksPercent = 40m, emissionsPercent = 40m, budgetPercent = 20m }, combination = new { quantitativePercent = 60m, qualitativePercent = 40m },
                grades = new[] { new { ko = "우수", en = "Excellent", minScore = 80m }, new { ko = "미흡", en = "Poor", minScore = 0m } },
                qualitative = new { trimFromEvaluators = 5, maxStandardDeviation = 15m, maxRange = 40m }, deadlines = new Dictionary<string, string> { ["Reporting"] = "2026-05-31" },
            },
            "PUT /api/checks/{id:int}/rubric" => new
            {
                version = 0, name = "행렬 시험 기준표",
                criteria = new[] { new { name = "계획", weightPercent = 100m, levels = new[] { new { label = "상", description = "", score = 100m }, new { label = "하", description = "", score = 0m } } } },
            },
            "PUT /api/checks/{id:int}/scores" => new { version = 0, scores = new[] { new { criterion = "추진체계", level = "우수", comment = "", evidence = "" } } },
            "PUT /api/checks/{id:int}/review" => new { version = 0, comment = "행렬 시험" },
            "POST /api/checks/{id:int}/review/show" => new { version = 0, replyDueOn = today.AddDays(10) },
            "POST /api/checks/{id:int}/review/reply" => new { version = 0, reply = "행렬 시험 소명" },
            "POST /api/checks/{id:int}/calibrations" => new { criterion = "추진체계", note = "행렬 시험 조정" },
            "POST /api/checks/{id:int}/review/finalise" => new { version = 0 },
            "POST /api/checks/{id:int}/opinions" => new { text = "행렬 시험 의견" },
            "PUT /api/checks/{id:int}/opinions/{opinionId:int}/answer" => new { version = 0, response = "accepted" },
            "POST /api/checks/{id:int}/opinions/{opinionId:int}/withdraw" => new { version = 0, reason = "행렬 시험 철회" },
            _ => null,
        };
        return new HttpRequestMessage(verb, url)
        {
            Content = body is not null ? JsonContent.Create(body) : verb == HttpMethod.Post ? new FormUrlEncodedContent([]) : null,
        };
    }
}
