using Tanso.Core;
using System.Security.Claims;
using System.Text.Json;
using Tanso.Core.Checks;
using Tanso.Core.Plans;
using Tanso.Core.Sectors;
using Tanso.Data;
using Tanso.Data.Inventory;
using Tanso.Web.Checks;

namespace Tanso.Web.Reports;

/// <summary>
/// Everything the statutory check report (이행점검 결과보고서) of one government and cycle shows. Each section of the
/// report is one partial fed by this model (<see cref="CheckReportSections"/>), and each table in it is built here
/// once for the page and the workbook.
/// </summary>
internal sealed record CheckReport(CheckCycle Cycle, CycleEvaluation Result, Loc Government, DateOnly Today, bool SeesResult, ILookup<int, string> EvidenceFileNames)
{
    public Plan Plan => Result.Plan;
    public CheckEvaluation Evaluation => Result.Evaluation;

    /// <summary>Made-up data shows: a sample plan, or emissions from a sample inventory edition.</summary>
    public bool IsSample => Plan.IsSample || Result.Edition?.IsSample == true;

    public DateOnly? ReportDueOn => Cycle.DueOn(CheckStage.Reporting);

    /// <summary>The report's lateness against the reporting deadline, or null when in time (or not yet due).</summary>
    public LateGovernment? Late => Cycle.LateReport(Today);

    /// <summary>Whether the qualitative result is final, or provisional with how many evaluators have scored; null for a
    /// reader who may not see the result yet.</summary>
    public Loc? QualitativeStatus => !SeesResult ? null : Result.Completion.IsFinal
        ? new Loc("확정 (" + Result.Completion.Korean + ")", "final (" + Result.Completion.English + ")")
        : new Loc("잠정: " + Result.Completion.Korean, "provisional: " + Result.Completion.English);

    /// <summary>The report as <paramref name="user"/> may read it: the qualitative part only once they may see the result.</summary>
    public static async Task<CheckReport> LoadAsync(TansoDb db, ClaimsPrincipal user, CheckCycle cycle, TimeProvider clock, CancellationToken ct)
    {
        var seesResult = CheckAccess.CanSeeResult(user, cycle, await CheckEvaluations.ReviewAsync(db, cycle, ct));
        var result = await CheckEvaluations.ForAsync(db, cycle, clock, ct, seesResult);
        var directory = await GovernmentDirectory.LoadAsync(db, ct);
        var government = directory.All.Single(g => g.Id == cycle.GovernmentId);
        // Names only: whoever reads the report sees which documents back each task, not their contents.
        var evidence = (await EvidenceFiles.OfCycleAsync(db, cycle.Id, ct)).SelectMany(g => g).ToLookup(f => f.TaskId, f => f.FileName);
        // The report of a year names the government as it was called that year (인천광역시 남구 (현 미추홀구) for 2017).
        var yearEnd = new DateOnly(cycle.Year, 12, 31);
        return new CheckReport(cycle, result, new Loc(directory.FullNameOn(government, yearEnd), GovernmentDirectory.EnglishNameOn(government, yearEnd)), KoreanTime.Today(clock),
            seesResult, evidence);
    }

    /// <summary>The submission as words: in time, so many days late, missing, or not yet due.</summary>
    public Loc Submission => (Cycle.ReportSubmittedOn, Late) switch
    {
        (_, { IsMissing: true } l) => new($"미제출 ({l.DaysLate}일 지연)", $"missing ({l.DaysLate} days late)"),
        (_, { } l) => new($"{l.DaysLate}일 지연 제출", $"submitted {l.DaysLate} days late"),
        ({ }, null) => new("기한 내 제출", "submitted in time"),
        _ => new("제출 전 (기한 전)", "not yet submitted (not yet due)"),
    };

    /// <summary>The evidence a task's report names, as text (one document a line), or null when there is none.</summary>
    public string? EvidenceText(int taskId) => Cycle.Progress.FirstOrDefault(p => p.TaskId == taskId)?.Evidence is { Length: > 0 } text ? text : null;

    /// <summary>The names of a task's evidence files, one a line, or null when there is none.</summary>
    public string? EvidenceFileList(int taskId) => EvidenceFileNames[taskId].ToList() is { Count: > 0 } names ? string.Join("\n", names) : null;

    public Loc? Grade => Evaluation.Overall is { } o ? new Loc(o.Grade.Ko, o.Grade.En) : null;

    public static Loc SectorName(SectorCode? code) =>
        code is { } c ? new Loc(SectorTaxonomy.Get(c).NameKo, SectorTaxonomy.Get(c).NameEn) : new Loc("합계", "Total");

    /// <summary>Chart data (charts.js, grouped bars): each sector's trajectory value and actual in the checked year, in tCO2eq.</summary>
    public string EmissionsChartJson(bool english)
    {
        var sectors = Evaluation.Sectors.Select(s => s.Performance).ToList();
        return JsonSerializer.Serialize(new
        {
            kind = "bars",
            unit = "tCO2eq",
            labels = sectors.Select(s => SectorName(s.Reading.Sector).In(english)),
            datasets = new[]
            {
                new { label = english ? $"Trajectory {Cycle.Year}" : $"{Cycle.Year}년 목표 경로", color = "#256ef4", data = sectors.Select(s => (decimal?)s.Reading.TrajectoryValue.Value) },
                new
                {
                    label = (english ? "Actual (inventory)" : "실적 (인벤토리)") + (Result.Edition?.IsSample == true ? (english ? " — sample data" : " — 예시 데이터") : ""),
                    color = "#e17100",
                    data = sectors.Select(s => s.Reading.Actual?.Value),
                },
            },
        });
    }
}
