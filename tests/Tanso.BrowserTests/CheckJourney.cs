using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Tanso.BrowserTests;

/// <summary>Issue 7's journey: a check cycle from opening to a published report, each step by the person who does it.</summary>
public sealed partial class CheckJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Password = "check-journey-pass-1";

    [Fact]
    public async Task OfficerReports_EvaluatorScores_NationalShowsTheResult_OfficerReplies_ResultIsFinal_AndThePublicReadsThePublishedReport()
    {
        var (admin, adminErrors) = await app.NewPageAsync();
        await Journeys.SignInAsync(admin, BrowserApp.AdminEmail, BrowserApp.AdminPassword);
        await Journeys.CreateRegionalOfficerAsync(admin, "check@busan.example", "부산 점검 담당", Password, "부산광역시 (26)");
        await admin.GotoAsync("/admin/users");
        await admin.GetByLabel("이메일").FillAsync("panel@evaluators.example");
        await admin.GetByLabel("이름(소속)").FillAsync("점검위원");
        await admin.GetByLabel("처음 비밀번호").FillAsync(Password);
        await admin.Locator("label[for=role-evaluator]").ClickAsync();
        await Journeys.SubmitAsync(admin, "사용자 만들기");
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("panel@evaluators.example 계정을 만들었습니다");

        // The officer opens the 2025 check of Busan's (sample) plan, reports progress and sends it up to evaluation.
        var (officer, officerErrors) = await app.NewPageAsync();
        await Journeys.SignInAsync(officer, "check@busan.example", Password);
        var planId = await BusanPlanAsync(officer);
        await officer.GotoAsync($"/plans/{planId}/checks");
        await officer.GetByLabel("점검 연도").FillAsync("2025");
        await Journeys.SubmitAsync(officer, "점검 열기");
        await Assertions.Expect(officer).ToHaveURLAsync(CyclePath());
        var cycle = officer.Url[(officer.Url.IndexOf("/checks/", StringComparison.Ordinal))..];
        await officer.Locator("select[name='Rows[0].Status']").SelectOptionAsync(new SelectOptionValue { Label = "완료" });
        await officer.Locator("textarea[name='Rows[0].Narrative']").FillAsync("전기버스 120대 도입 완료");
        await Journeys.SubmitAsync(officer, "실적 저장");
        await Assertions.Expect(officer.Locator("textarea[name='Rows[0].Narrative']")).ToHaveValueAsync("전기버스 120대 도입 완료");

        // The officer attaches the evidence document to task 1-1 on the evidence page.
        await officer.GotoAsync($"{cycle}/evidence");
        await officer.GetByLabel("1-1 증빙 파일 올리기").SetInputFilesAsync(new FilePayload
        {
            Name = "전기버스_도입_결과보고.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 전기버스 도입 결과"u8.ToArray(),
        });
        await Journeys.ClickAndWaitForNextPageAsync(officer, officer.Locator("#task-1-1").GetByRole(AriaRole.Button, new() { Name = "올리기", Exact = true }));
        await Assertions.Expect(officer.Locator("#task-1-1").GetByRole(AriaRole.Link, new() { Name = "전기버스_도입_결과보고.pdf" })).ToBeVisibleAsync();
        await officer.GotoAsync(cycle);
        await Journeys.SubmitAsync(officer, "'실적 보고' 단계로");
        await Journeys.SubmitAsync(officer, "'점검·평가' 단계로");

        // National staff assign the evaluator; the evaluator scores every criterion and issues an opinion.
        await admin.GotoAsync(cycle);
        await admin.GetByLabel("평가위원 배정 (이메일)").FillAsync("panel@evaluators.example");
        await Journeys.SubmitAsync(admin, "배정");
        var (evaluator, evaluatorErrors) = await app.NewPageAsync();
        await Journeys.SignInAsync(evaluator, "panel@evaluators.example", Password);
        await evaluator.GotoAsync($"{cycle}/scoring");
        var criteria = evaluator.Locator(".rubric-criterion");
        var count = await criteria.CountAsync();
        Assert.True(count >= 2, $"the default rubric has its criteria on the page (found {count})");
        for (var i = 0; i < count; i++)
        {
            await criteria.Nth(i).GetByText("우수 (80)").ClickAsync();
            await criteria.Nth(i).GetByLabel("근거 자료 (문서·쪽)").FillAsync($"2025 추진실적 보고서 {10 + i}쪽");
        }
        await Journeys.SubmitAsync(evaluator, "평가 저장");
        await Assertions.Expect(evaluator.GetByRole(AriaRole.Main)).ToContainTextAsync("80");
        await evaluator.GotoAsync($"{cycle}/opinions");
        await evaluator.GetByLabel("의견", new() { Exact = true }).FillAsync("수송 부문 성과지표에 전기버스 운행 실적을 추가하십시오.");
        await Journeys.SubmitAsync(evaluator, "의견 내기");

        // National staff draft the result and show it to Busan with a reply deadline.
        await admin.GotoAsync($"{cycle}/review");
        await admin.GetByLabel("평가 의견", new() { Exact = true }).FillAsync("정성평가 전 항목 우수.");
        await Journeys.SubmitAsync(admin, "현재 점수로 결과 작성");
        await admin.GetByLabel("소명 기한").FillAsync(DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await Journeys.SubmitAsync(admin, "지자체에 통보");

        // Busan replies and answers the opinion.
        await officer.GotoAsync($"{cycle}/review");
        await officer.GetByLabel(new Regex("^소명 내용")).FillAsync("전기버스 도입 실적 증빙을 추가로 제출합니다.");
        await Journeys.SubmitAsync(officer, "소명 제출");
        await officer.GotoAsync($"{cycle}/opinions");
        await officer.GetByText("수용", new() { Exact = true }).ClickAsync();
        await Journeys.SubmitAsync(officer, "답변 저장");
        await Assertions.Expect(officer.GetByRole(AriaRole.Main)).ToContainTextAsync("답변: 수용");

        // National staff finalise the result, take the cycle through committee review and publish it.
        await admin.GotoAsync($"{cycle}/review");
        await Journeys.SubmitAsync(admin, "결과 확정");
        await admin.GotoAsync(cycle);
        await Journeys.SubmitAsync(admin, "'위원회 심의' 단계로");
        await Journeys.SubmitAsync(admin, "'공표' 단계로");

        // Anyone reads the published report: the grade, the qualitative findings, the reply and the answered opinion.
        var (visitor, visitorErrors) = await app.NewPageAsync();
        await visitor.GotoAsync($"{cycle}/report");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("부산광역시");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "5. 정성평가 결과" })).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Main)).ToContainTextAsync("종합 등급");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Main)).ToContainTextAsync("전기버스 도입 실적 증빙을 추가로 제출합니다.");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Main)).ToContainTextAsync("수송 부문 성과지표에 전기버스 운행 실적을 추가하십시오.");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Main)).ToContainTextAsync("평가위원 1");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Main)).ToContainTextAsync("전기버스_도입_결과보고.pdf"); // the evidence's name, not the file
        await Assertions.Expect(visitor.GetByRole(AriaRole.Link, new() { Name = "전기버스_도입_결과보고.pdf" })).ToHaveCountAsync(0);
        await Assertions.Expect(visitor.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("panel@evaluators.example");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Link, new() { Name = "PDF 내려받기" })).ToBeVisibleAsync();
        await visitor.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactsDirectory, "check-journey-report.png"), FullPage = true });
        Assert.Empty(adminErrors.Concat(officerErrors).Concat(evaluatorErrors).Concat(visitorErrors));
    }

    private static async Task<int> BusanPlanAsync(IPage page)
    {
        var governments = JsonDocument.Parse(await (await page.APIRequest.GetAsync("/api/governments?level=province")).TextAsync()).RootElement;
        var busan = governments.EnumerateArray().Single(g => g.GetProperty("administrativeCode").GetString() == "26").GetProperty("id").GetInt32();
        var plans = JsonDocument.Parse(await (await page.APIRequest.GetAsync($"/api/governments/{busan}/plans")).TextAsync()).RootElement;
        return plans.EnumerateArray().First(p => p.GetProperty("status").GetString() is "Published" or "published").GetProperty("id").GetInt32();
    }

    [GeneratedRegex(@"/checks/\d+$")]
    private static partial Regex CyclePath();
}
