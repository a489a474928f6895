using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Plans;

/// <summary>A 시·군·구 plan (Haeundae, under Busan) through the review the Framework Act prescribes, over the API, with
/// every role in its place: the district's officer and its support centre, Busan's officer, the ministry.</summary>
public sealed class PlanReviewApiTests
{
    private sealed record World(TestDatabase Database, TansoApp App, int Haeundae, HttpClient Officer, HttpClient SupportCentre, HttpClient Province,
        HttpClient Ministry, HttpClient Public) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await App.DisposeAsync();
            await Database.DisposeAsync();
        }
    }

    private static async Task<World> StartAsync()
    {
        var database = TestDatabase.Create();
        var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var haeundae = await People.MunicipalityIdAsync(app, "부산광역시", "해운대구");
        async Task<HttpClient> Person(string email, Role role, params int[] governments) =>
            await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, email, [role], governments), true, governments);
        return new World(database, app, haeundae,
            await Person("officer@haeundae.example", Role.RegionalOfficer, haeundae),
            await Person("centre@busan-support.example", Role.SupportCentre, haeundae),
            await Person("officer@busan.example", Role.RegionalOfficer, busan),
            await Person("reviewer@me.example", Role.NationalOfficer),
            app.CreateRawClient());
    }

    private static async Task<JsonObject> Json(HttpResponseMessage response) => (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    private static async Task<(int Id, int Version)> DraftAsync(World w, HttpClient author)
    {
        var created = await author.PostAsJsonAsync($"/api/governments/{w.Haeundae}/plans", new
        {
            title = "해운대구 탄소중립 녹색성장 기본계획", periodStart = 2025, periodEnd = 2034, baseYear = 2018, baseEmissionsTCo2eq = 1_000_000m,
            baseSource = "해운대구 온실가스 인벤토리 (시험)", scopeNote = "", netZeroYear = 2050, interpolation = "straight-line", version = 0,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var plan = await Json(created);
        return ((int)plan["id"]!, (int)plan["version"]!);
    }

    private static Task<HttpResponseMessage> Step(HttpClient who, int id, string action, int version, string? reason = null) =>
        who.PostAsJsonAsync($"/api/plans/{id}/transitions", new { action, version, reason });

    [Fact]
    public async Task TheSupportCentre_DraftsThePlan_ButOnlyTheOfficerSubmitsIt()
    {
        await using var w = await StartAsync();
        var (id, version) = await DraftAsync(w, w.SupportCentre);
        version = await PlanReviewFlow.RecordCommitteeAsync(w.Officer, id, version);

        var byCentre = await Step(w.SupportCentre, id, "submit", version);
        var byOfficer = await Step(w.Officer, id, "submit", version);

        Assert.Equal(HttpStatusCode.Forbidden, byCentre.StatusCode);
        Assert.Equal("탄소중립지원센터는 계획 작성만 돕습니다: '제출'은(는) 지자체 담당자가 합니다.", (string)(await Json(byCentre))["detail"]!);
        Assert.Equal(HttpStatusCode.OK, byOfficer.StatusCode);
        var review = (await Json(byOfficer))["review"]!;
        Assert.Equal(("submitted", "reviewers", "officer"), ((string)review["status"]!, (string)review["waitingFor"]!, (string)review["submittedBy"]!));
        Assert.Equal(("2025-01-20", "adopted"), ((string)review["committee"]!["date"]!, (string)review["committee"]!["decision"]!));
        Assert.Equal("%PDF-1.4 회의록", await w.Officer.GetStringAsync((string)review["committee"]!["minutesUrl"]!));
    }

    [Fact]
    public async Task TheMinistryReviews_TheProvinceAddsAnOpinion_AndTheReviewEndsOnlyWhenEveryOpinionIsAnswered()
    {
        await using var w = await StartAsync();
        var (id, version) = await DraftAsync(w, w.Officer);
        version = await PlanReviewFlow.RecordCommitteeAsync(w.Officer, id, version);
        version = (int)(await Json(await Step(w.Officer, id, "submit", version)))["version"]!;

        var ownReceive = await Step(w.Officer, id, "receive", version);
        var provinceSees = await w.Province.GetAsync($"/api/plans/{id}");
        var provinceOpinion = await w.Province.PostAsJsonAsync($"/api/plans/{id}/opinions", new { version, text = "부산시 2030 목표(40 %)와 맞추십시오." });
        version = (int)(await Json(provinceOpinion))["version"]!;
        version = (int)(await Json(await Step(w.Ministry, id, "receive", version)))["version"]!;
        var early = await Step(w.Ministry, id, "approve", version);
        var opinions = (await Json(await w.Officer.GetAsync($"/api/plans/{id}")))["review"]!["opinions"]!.AsArray();
        var answered = await w.Officer.PostAsJsonAsync($"/api/plans/{id}/opinions/{(int)opinions[0]!["id"]!}/answer", new { version, text = "2030 목표를 40 %로 고쳐 위원회에 다시 보고했습니다." });
        version = (int)(await Json(answered))["version"]!;
        var approved = await Step(w.Ministry, id, "approve", version);
        var approvedPlan = await Json(approved);
        version = (int)approvedPlan["version"]!;
        var published = await Step(w.Officer, id, "publish", version);

        Assert.Equal(HttpStatusCode.Forbidden, ownReceive.StatusCode);
        Assert.Equal(HttpStatusCode.OK, provinceSees.StatusCode);
        Assert.Equal(HttpStatusCode.OK, provinceOpinion.StatusCode);
        Assert.True((bool)opinions[0]!["fromProvince"]!);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Contains("답변을 기다리는 검토 의견이 1건 있습니다", (string)(await Json(early))["detail"]!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(("approved", "reviewer"), ((string)approvedPlan["review"]!["status"]!, (string)approvedPlan["review"]!["reviewer"]!));
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal("published", (string)(await w.Public.GetFromJsonAsync<JsonObject>($"/api/plans/{id}"))!["status"]!);
        await using var db = w.Database.Open();
        var actions = await db.AuditEntries.Where(a => a.EntityType == "Plan" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(a => a.After ?? "").ToListAsync();
        Assert.Contains(actions, a => a.Contains("UnderReview", StringComparison.Ordinal));
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.EntityType == "PlanReviewOpinion" && a.Action == "insert"));
    }

    [Fact]
    public async Task TheNationalPlan_IsNotApprovedByTheOfficerWhoSubmittedIt()
    {
        await using var w = await StartAsync();
        var nation = await People.NationIdAsync(w.App);
        var created = await Json(await w.Ministry.PostAsJsonAsync($"/api/governments/{nation}/plans", new
        {
            title = "국가 탄소중립 녹색성장 기본계획 (시험)", periodStart = 2023, periodEnd = 2042, baseYear = 2018, baseEmissionsTCo2eq = 727_600_000m,
            baseSource = "시험", scopeNote = "", netZeroYear = 2050, interpolation = "straight-line", version = 0,
        }));
        var (id, version) = ((int)created["id"]!, (int)created["version"]!);
        version = await PlanReviewFlow.RecordCommitteeAsync(w.Ministry, id, version);
        version = (int)(await Json(await Step(w.Ministry, id, "submit", version)))["version"]!;

        var self = await Step(w.Ministry, id, "receive", version);
        var other = await PlanReviewFlow.ReviewerAsync(w.App, "second-reviewer");
        var next = await other.GetFromJsonAsync<JsonObject>($"/api/plans/{id}/next-steps");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, self.StatusCode);
        Assert.Equal("계획을 제출한 사람은 그 계획을 '접수'할 수 없습니다: 다른 검토자가 해야 합니다.", (string)(await Json(self))["detail"]!);
        // Another national officer is both a reviewer and (for the nation's own plan) its government: they may also answer.
        Assert.Equal(["receive", "opine", "answer", "return"], next!["nextSteps"]!.AsArray().Select(s => (string)s!).ToArray());
        Assert.Equal(HttpStatusCode.OK, (await Step(other, id, "receive", version)).StatusCode);
    }

    [Fact]
    public async Task AReturnedPlan_IsADraftAgain_WithTheReasonShown()
    {
        await using var w = await StartAsync();
        var (id, version) = await DraftAsync(w, w.Officer);
        version = await PlanReviewFlow.RecordCommitteeAsync(w.Officer, id, version);
        version = (int)(await Json(await Step(w.Officer, id, "submit", version)))["version"]!;

        var noReason = await Step(w.Ministry, id, "return", version);
        var returned = await Step(w.Ministry, id, "return", version, "기준연도 배출량의 출처를 밝히십시오.");
        var plan = await w.Officer.GetFromJsonAsync<JsonObject>($"/api/plans/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("reason", (await Json(noReason))["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Equal(("draft", "government", "기준연도 배출량의 출처를 밝히십시오."),
            ((string)plan!["status"]!, (string)plan["review"]!["waitingFor"]!, (string)plan["review"]!["returnReason"]!));
        Assert.Equal(HttpStatusCode.NotFound, (await w.Ministry.GetAsync($"/api/plans/{id}")).StatusCode);
    }

    [Fact]
    public async Task ACommitteeRecord_WithoutMinutesOrWithAFutureDate_IsRefusedFieldByField()
    {
        await using var w = await StartAsync();
        var (id, version) = await DraftAsync(w, w.Officer);

        using var form = new MultipartFormDataContent
        {
            { new StringContent(version.ToString(System.Globalization.CultureInfo.InvariantCulture)), "version" },
            { new StringContent("2027-01-01"), "date" },
            { new StringContent("adopted"), "decision" },
            { new ByteArrayContent("minutes"u8.ToArray()), "file", "회의록.pdf" },
        };
        var future = await w.Officer.PostAsync($"/api/plans/{id}/committee", form);
        using var wrongType = new MultipartFormDataContent
        {
            { new StringContent(version.ToString(System.Globalization.CultureInfo.InvariantCulture)), "version" },
            { new ByteArrayContent("x"u8.ToArray()), "file", "회의록.exe" },
        };
        var exe = await w.Officer.PostAsync($"/api/plans/{id}/committee", wrongType);

        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Contains("2027-01-01이(가) 오늘(2026-11-16)보다 뒤입니다", (string)(await Json(future))["errors"]!["date"]![0]!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, exe.StatusCode);
        Assert.Contains("회의록.exe", (string)(await Json(exe))["errors"]!["file"]![0]!, StringComparison.Ordinal);
        Assert.Equal("draft", (string)(await w.Officer.GetFromJsonAsync<JsonObject>($"/api/plans/{id}"))!["status"]!);
    }
}
