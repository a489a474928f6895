using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Tanso.Core;
using static Tanso.Web.Tests.Checks.EvaluationWorld;

namespace Tanso.Web.Tests.Checks;

public sealed class LateReportTests
{
    // 4 December 2026, 10:00 in Korea: 552 days after the 2024 report was due (31 May 2025).
    private static readonly DateTimeOffset FourDecember2026 = new(2026, 12, 4, 10, 0, 0, KoreanTime.Offset);

    private static async Task<(int Id, int Version)> ReportingAsync(EvaluationWorld world, int year)
    {
        var opened = await Json(await world.Officer.PostAsJsonAsync($"/api/plans/{world.PlanId}/checks", new { year }));
        var id = (int)opened["id"]!;
        var moved = await world.Officer.PostAsJsonAsync($"/api/checks/{id}/transitions", new { version = (int)opened["version"]! });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        return (id, (int)(await Json(moved))["version"]!);
    }

    /// <summary>The cycle's settings as they are, with the late-report rule and the quorum changed.</summary>
    internal static async Task<HttpResponseMessage> SettingsAsync(EvaluationWorld world, int id, bool refuseLateReports = false, int? quorum = null)
    {
        var s = (await CycleAsync(world.National, id))["workflow"]!["settings"]!;
        return await world.National.PutAsJsonAsync($"/api/checks/{id}/settings", new
        {
            version = (int)s["version"]!, quantitative = s["quantitative"], combination = s["combination"], grades = s["grades"], qualitative = s["qualitative"],
            deadlines = s["deadlines"], refuseLateReports, quorum,
        });
    }

    [Fact]
    public async Task AReport552DaysLate_IsAccepted_RecordedWithItsDaysLate_AndShownLateInTheReportAndTheRollUp()
    {
        await using var world = await CreateAsync(evaluators: 0);
        var (id, version) = await ReportingAsync(world, 2024);
        await world.MoveClockToAsync(FourDecember2026);

        var submitted = await world.Officer.PostAsJsonAsync($"/api/checks/{id}/transitions", new { version });

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var cycle = await Json(submitted);
        Assert.Equal(("Evaluation", "2026-12-04", 552), ((string)cycle["stage"]!, (string)cycle["reportSubmittedOn"]!, (int)cycle["reportDaysLate"]!));
        var reporting = (await CycleAsync(world.National, id))["deadlinesToday"]!.AsArray().Single(d => (string)d!["stage"]! == "Reporting")!;
        Assert.Equal((-552, 552, "552 days overdue"), ((int)reporting["daysLeft"]!, (int)reporting["daysLate"]!, (string)reporting["textEn"]!));

        var report = await world.Officer.GetStringAsync($"/checks/{id}/report");
        Assert.Contains("552일 지연 제출", report, StringComparison.Ordinal);
        var page = await world.Officer.GetStringAsync($"/checks/{id}");
        Assert.Contains("(기한 후 552일 지연 제출)", page, StringComparison.Ordinal);

        var rollUp = (await world.National.GetFromJsonAsync<JsonObject>("/api/checks/consolidated?year=2024&level=province"))!;
        var busan = rollUp["rows"]!.AsArray().Single(r => (string)r!["name"]! == "부산광역시")!;
        Assert.Equal((true, 552, "2026-12-04"), ((bool)busan["late"]!, (int)busan["daysLate"]!, (string)busan["reportSubmittedOn"]!));
    }

    [Fact]
    public async Task ACycleThatRefusesLateReports_Refuses552DaysLate_SayingWhy_AndStaysInReporting()
    {
        await using var world = await CreateAsync(evaluators: 0);
        var (id, _) = await ReportingAsync(world, 2024);
        Assert.Equal(HttpStatusCode.OK, (await SettingsAsync(world, id, refuseLateReports: true)).StatusCode);
        await world.MoveClockToAsync(FourDecember2026);
        var version = (int)(await CycleAsync(world.Officer, id))["cycle"]!["version"]!;

        var refused = await world.Officer.PostAsJsonAsync($"/api/checks/{id}/transitions", new { version });

        Assert.Equal((HttpStatusCode)422, refused.StatusCode);
        Assert.Contains("552", (string)(await Json(refused))["detail"]!, StringComparison.Ordinal);
        var cycle = (await CycleAsync(world.Officer, id))["cycle"]!;
        Assert.Equal(("Reporting", null, version), ((string)cycle["stage"]!, (string?)cycle["reportSubmittedOn"], (int)cycle["version"]!));
        Assert.True((bool)(await CycleAsync(world.National, id))["workflow"]!["settings"]!["refuseLateReports"]!);
    }

    [Fact]
    public async Task TheCyclePage_CountsDownEachStageDeadline()
    {
        await using var world = await CreateAsync(evaluators: 0);
        var (id, _) = await ReportingAsync(world, 2026); // reports due 31 May 2027; today is 16 November 2026

        var page = await world.Officer.GetStringAsync($"/checks/{id}");

        var left = new DateOnly(2027, 5, 31).DayNumber - world.Clock.Today.DayNumber;
        Assert.Equal(196, left);
        Assert.Contains($"D-{left} ({left}일 남음)", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherGovernmentsOfficer_CannotSubmitTheReport_AndOnlyNationalStaffReferToTheCommittee()
    {
        await using var world = await CreateAsync(evaluators: 0);
        var (id, version) = await ReportingAsync(world, 2026);
        Assert.Equal(HttpStatusCode.OK, (await world.Officer.PostAsJsonAsync($"/api/checks/{id}/transitions", new { version })).StatusCode);
        version = (int)(await CycleAsync(world.Officer, id))["cycle"]!["version"]!;

        var byOfficer = await world.Officer.PostAsJsonAsync($"/api/checks/{id}/transitions", new { version });

        Assert.Equal(HttpStatusCode.Forbidden, byOfficer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.National.PostAsJsonAsync($"/api/checks/{id}/transitions", new { version })).StatusCode);
    }
}
