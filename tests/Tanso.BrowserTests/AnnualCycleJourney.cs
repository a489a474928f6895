using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MiniExcelLibs;

namespace Tanso.BrowserTests;

/// <summary>
/// Issue 17's target: one government's year as the law runs it, every role in turn, each signing in on the front page
/// and reaching every step from links (header, menu, inbox items, buttons) — no address typed after the front page.
/// The regional officer's clicks are counted per step (docs/journey.md records them) and must stay under 60.
/// </summary>
public sealed class AnnualCycleJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Password = "journey-pass-1";
    private const string Plan = "대전광역시 2050 탄소중립 녹색성장 기본계획 (2024–2033)";

    // A 시·도's table as published: a title row, a unit row, sectors with sub-sectors, a total and a note (test data, not
    // Daejeon's real inventory).
    private static FilePayload PublishedInventory() => new()
    {
        Name = "대전광역시_온실가스_배출량_2018-2022.csv",
        MimeType = "text/csv",
        Buffer = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join("\r\n",
            "대전광역시 온실가스 배출량 (2018–2022)",
            "(단위: 천톤CO2eq)",
            "부문,세부부문,2018,2019,2020,2021,2022",
            "산업,,2100,2050,1980,2010,1990",
            "수송,도로,2300,2280,2150,2200,2170",
            "수송,철도,100,98,90,92,91",
            "건물,가정,1900,1870,1850,1820,1800",
            "건물,상업,1400,1390,1300,1320,1310",
            "폐기물,,300,290,285,280,270",
            "농업,,100,99,98,97,96",
            "합계,,8200,8077,7753,7819,7727",
            "주: 시험용 자료"))],
    };

    [Fact]
    public async Task OneYear_FromInventoryToPublishedReport_EveryRoleByLinks_TheOfficerInUnder60Clicks()
    {
        await app.CreateUserAsync("officer@daejeon.example", Password, Tanso.Core.Access.Role.RegionalOfficer, "30");
        await app.CreateUserAsync("review@me.example", Password, Tanso.Core.Access.Role.NationalOfficer);
        await app.CreateUserAsync("checks@me.example", Password, Tanso.Core.Access.Role.NationalOfficer);
        await app.CreateUserAsync("ev1@panel.example", Password, Tanso.Core.Access.Role.Evaluator);
        await app.CreateUserAsync("ev2@panel.example", Password, Tanso.Core.Access.Role.Evaluator);
        var errors = new List<List<string>>(); // each page's console errors and failed requests
        async Task<CountedPerson> PersonAsync(string role)
        {
            var (page, e) = await app.NewPageAsync();
            errors.Add(e);
            return new CountedPerson(role, page);
        }
        var officer = await PersonAsync("지자체 담당자 (대전광역시)");
        var reviewer = await PersonAsync("환경부 검토자");
        var checks = await PersonAsync("점검 담당 (중앙)");
        var ev1 = await PersonAsync("평가위원 1");
        var ev2 = await PersonAsync("평가위원 2");
        var visitor = await PersonAsync("시민 (로그인 없이)");
        var o = officer.Page;

        // 1. The officer imports the inventory file as the 시·도 published it.
        officer.Step("로그인");
        await officer.SignInAsync("officer@daejeon.example", Password);
        officer.Step("인벤토리 파일 가져오기");
        await officer.ClickLinkAsync("가져오기");
        await officer.AttachAsync(o.GetByLabel("파일", new() { Exact = true }), PublishedInventory());
        await officer.FillAsync(o.GetByLabel("인벤토리 판 코드"), "daejeon-2024");
        await officer.FillAsync(o.GetByLabel("판 이름"), "대전광역시 온실가스 인벤토리 2024");
        await officer.FillAsync(o.GetByLabel("발행 기관"), "대전광역시");
        await officer.FillAsync(o.GetByLabel("발행일"), "2024-12-20");
        await officer.FillAsync(o.GetByLabel("출처(문서 또는 주소)"), "대전광역시 탄소중립지원센터 보고서");
        await officer.FillAsync(o.GetByLabel("지자체(파일에 지자체 열이 없을 때)"), "대전광역시");
        await officer.SubmitAsync("점검하고 미리보기");
        await Assertions.Expect(o.GetByRole(AriaRole.Status)).ToContainTextAsync("문제가 없습니다");
        await officer.SubmitAsync("가져오기 확정");
        await Assertions.Expect(o.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("대전광역시");

        // 2. The plan: base from the imported edition, a 2030 target, tasks from the task sheet.
        officer.Step("계획 작성 (목표·과제 양식)");
        await officer.ClickLinkAsync("탄소중립 기본계획");
        await officer.FillAsync(o.GetByLabel("계획 이름"), Plan);
        await officer.FillAsync(o.GetByLabel("계획 시작 연도"), "2024");
        await officer.FillAsync(o.GetByLabel("계획 끝 연도"), "2033");
        await officer.FillAsync(o.GetByLabel("기준연도", new() { Exact = true }), "2018");
        await officer.ChooseAsync(o.GetByLabel("기준 배출량 가져오기"), "대전광역시 온실가스 인벤토리 2024");
        await officer.SubmitAsync("계획 만들기");
        await Assertions.Expect(o.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(Plan);
        await officer.FillAsync(o.GetByLabel("목표 연도", new() { Exact = true }), "2030");
        await officer.FillAsync(o.GetByLabel("목표 값", new() { Exact = true }), "40");
        await officer.SubmitAsync("목표 저장");
        await Assertions.Expect(o.GetByRole(AriaRole.Table, new() { Name = "연도별 목표 (tCO2eq)" })).ToContainTextAsync("4,920,000"); // 8,200 kt × 0.6
        var template = await officer.DownloadAsync("양식 내려받기");
        await officer.AttachAsync(o.GetByLabel("과제 파일 (.xlsx)"), new FilePayload { Name = "대전_이행과제.xlsx", MimeType = Xlsx, Buffer = TaskSheet(template) });
        await officer.SubmitAsync("과제 올리기");
        await Assertions.Expect(o.GetByRole(AriaRole.Row).Filter(new() { HasText = "공공청사 태양광 설치" })).ToBeVisibleAsync();

        // 3. The local committee's deliberation, recorded by the officer, then submission to the Minister.
        officer.Step("위원회 심의 기록·제출");
        await officer.FillAsync(o.GetByLabel("심의일"), "2024-03-20");
        await officer.ChooseAsync(o.GetByLabel("의결"), "원안 의결");
        await officer.AttachAsync(o.GetByLabel("회의록 (.pdf, .hwp, .hwpx, .docx)"), new FilePayload
        {
            Name = "대전광역시 탄소중립녹색성장위원회 회의록.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 회의록"u8.ToArray(),
        });
        await officer.SubmitAsync("심의 기록");
        await officer.SubmitAsync("제출");
        await Assertions.Expect(o.Locator(".plan-status").First).ToHaveTextAsync("제출");

        // 4. National review: the ministry's reviewer finds the plan in the inbox, receives it and writes an opinion.
        reviewer.Step("검토: 접수·의견");
        await reviewer.SignInAsync("review@me.example", Password);
        await reviewer.OpenInboxItemAsync("대전광역시 계획 검토");
        await reviewer.SubmitAsync("접수");
        await reviewer.FillAsync(reviewer.Page.GetByLabel("의견", new() { Exact = true }), "수송 부문 감축 근거를 보완하십시오.");
        await reviewer.SubmitAsync("의견 보내기");

        officer.Step("검토 의견 답변");
        await officer.OpenInboxItemAsync("계획 검토 의견 답변");
        await officer.FillAsync(o.GetByLabel("답변", new() { Exact = true }), "도로 수송 감축량 산정 근거를 부록에 추가했습니다.");
        await officer.SubmitAsync("답변 저장");

        reviewer.Step("검토 완료");
        await reviewer.OpenInboxItemAsync("대전광역시 계획 검토");
        await reviewer.SubmitAsync("검토 완료");
        await Assertions.Expect(reviewer.Page.Locator(".plan-status").First).ToHaveTextAsync("검토 완료");

        officer.Step("계획 공개");
        await officer.OpenInboxItemAsync("계획 공개");
        await officer.SubmitAsync("공개");
        await Assertions.Expect(o.Locator(".plan-status").First).ToHaveTextAsync("공개");

        // 5. National check staff open the 2025 check of the plan and assign two evaluators (quorum: both).
        checks.Step("점검 열기·평가위원 배정");
        await checks.SignInAsync("checks@me.example", Password);
        await checks.ClickLinkAsync("지자체 인벤토리");
        await checks.ClickLinkAsync("대전광역시");
        await checks.ClickLinkAsync("탄소중립 기본계획");
        await checks.ClickLinkAsync(Plan);
        await checks.ClickLinkAsync("이행점검");
        await checks.FillAsync(checks.Page.GetByLabel("점검 연도"), "2025");
        await checks.SubmitAsync("점검 열기");
        foreach (var evaluator in new[] { "ev1@panel.example", "ev2@panel.example" })
        {
            await checks.FillAsync(checks.Page.GetByLabel("평가위원 배정 (이메일)"), evaluator);
            await checks.SubmitAsync("배정");
        }
        await Assertions.Expect(checks.Page.GetByRole(AriaRole.Main)).ToContainTextAsync("배정된 평가위원 2명");

        // 6. The officer reports the year's progress with the bulk sheet and sends the report (late: due 31 May 2026).
        officer.Step("이행실적 양식 올리기·보고");
        await officer.OpenInboxItemAsync("2025년 이행실적 보고");
        var progress = await officer.DownloadAsync("실적 입력 양식 내려받기 (.xlsx)");
        await officer.AttachAsync(o.GetByLabel("채운 양식"), new FilePayload { Name = "대전_2025_이행실적.xlsx", MimeType = Xlsx, Buffer = ProgressSheet(progress) });
        await officer.SubmitAsync("양식 올리기");
        Assert.Contains("공공청사 12곳에 태양광 1.2 MW 설치", await o.EvalOnSelectorAllAsync<string[]>("textarea[name$='.Narrative']", "all => all.map(t => t.value)"));
        await officer.SubmitAsync("'실적 보고' 단계로");
        await officer.SubmitAsync("'점검·평가' 단계로");

        // 7. Two evaluators, each from their inbox, score every criterion.
        foreach (var (evaluator, email, level) in new[] { (ev1, "ev1@panel.example", "우수 (80)"), (ev2, "ev2@panel.example", "우수 (80)") })
        {
            evaluator.Step("정성평가");
            await evaluator.SignInAsync(email, Password);
            await evaluator.OpenInboxItemAsync("정성평가");
            var criteria = evaluator.Page.Locator(".rubric-criterion");
            var count = await criteria.CountAsync();
            Assert.Equal(5, count); // the default rubric
            for (var i = 0; i < count; i++)
            {
                await evaluator.ClickAsync(criteria.Nth(i).GetByText(level));
                await evaluator.FillAsync(criteria.Nth(i).GetByLabel("근거 자료 (문서·쪽)"), $"2025 추진실적 보고서 {10 + i}쪽");
            }
            await evaluator.SubmitAsync("평가 저장");
        }

        // 8. Check staff draft the result and show it to Daejeon; the officer replies; the result is made final.
        checks.Step("결과 작성·통보");
        await checks.OpenInboxItemAsync("대전광역시 2025년");
        await checks.ClickLinkAsync("결과 통보·소명");
        await checks.FillAsync(checks.Page.GetByLabel("평가 의견", new() { Exact = true }), "정성평가 전 항목 우수.");
        await checks.SubmitAsync("현재 점수로 결과 작성");
        await checks.FillAsync(checks.Page.GetByLabel("소명 기한"), KoreanToday().AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await checks.SubmitAsync("지자체에 통보");

        officer.Step("결과 소명");
        await officer.OpenInboxItemAsync("소명");
        await officer.FillAsync(o.GetByLabel(new Regex("^소명 내용")), "보고 지연은 회계 결산 일정 때문이며 증빙을 첨부했습니다.");
        await officer.SubmitAsync("소명 제출");

        checks.Step("결과 확정·공표");
        await checks.OpenInboxItemAsync("소명");
        await checks.SubmitAsync("결과 확정");
        await checks.ClickLinkAsync("점검 결과");
        await checks.SubmitAsync("'위원회 심의' 단계로");
        await checks.SubmitAsync("'공표' 단계로");

        // 9. Anyone, signed in or not, finds the published plan and result on the public portal.
        visitor.Step("공개 포털");
        await visitor.OpenSiteAsync();
        await visitor.ClickLinkAsync("공개 포털");
        await visitor.ClickLinkAsync("대전광역시");
        // The scores as the inputs make them: KPI achievement (actual − base) ÷ (target − base) per task, spending against
        // budget, no 2025 inventory so the emissions weight (30) goes to the others pro rata; then 60 % quantitative, 40 % the
        // two evaluators' 80 on every criterion.
        var taskScores = new[] { (1.2m - 0m) / (1.5m - 0m) * 100, (160m - 100m) / (200m - 100m) * 100 };
        var budgetExecution = (1_800_000_000m + 3_000_000_000m) / (2_000_000_000m + 6_000_000_000m) * 100;
        var quantitative = (taskScores.Average() * 50 + budgetExecution * 20) / (50 + 20);
        var overall = quantitative * 0.6m + 80m * 0.4m;
        var grade = overall switch { >= 90 => "우수", >= 80 => "양호", >= 70 => "보통", >= 60 => "미흡", _ => "부진" };
        var daysLate = KoreanToday().DayNumber - new DateOnly(2026, 5, 31).DayNumber; // reported today; due 31 May of Y+1
        var main = visitor.Page.GetByRole(AriaRole.Main);
        await Assertions.Expect(main).ToContainTextAsync(Plan);
        await Assertions.Expect(main).ToContainTextAsync($"4,920,000"); // the 2030 target: 8,200 kt in 2018 less 40 %
        await Assertions.Expect(main).ToContainTextAsync($"2025년 점검: 종합 등급 {grade} ({One(overall)})");
        await visitor.ClickLinkAsync("웹 보기");
        var report = visitor.Page.GetByRole(AriaRole.Main);
        await Assertions.Expect(report.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("대전광역시 2025 이행점검 결과보고서");
        await Assertions.Expect(report).ToContainTextAsync($"{daysLate}일 지연 제출");
        await Assertions.Expect(report).ToContainTextAsync($"정량 점수: {One(quantitative)} · 종합 등급: {grade}");
        await Assertions.Expect(report).ToContainTextAsync("확정 (평가위원 2명 중 2명 채점 완료 (정족수 2명))");
        // The combination table: quantitative and qualitative score, weight, applied weight, contribution; then the total.
        await Assertions.Expect(report).ToContainTextAsync(new Regex($@"정량 점수\s*{One(quantitative)}\s*60\.0\s*60\.0\s*{Two(quantitative * 0.6m)}"));
        await Assertions.Expect(report).ToContainTextAsync(new Regex($@"정성 점수\s*80\.0\s*40\.0\s*40\.0\s*{Two(80m * 0.4m)}"));
        await Assertions.Expect(report).ToContainTextAsync(new Regex($@"종합 점수\s*–\s*100\.0\s*100\.0\s*{Two(overall)}"));
        await Assertions.Expect(report).ToContainTextAsync("보고 지연은 회계 결산 일정 때문이며 증빙을 첨부했습니다.");
        await visitor.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactsDirectory, "annual-cycle-report.png"), FullPage = true });

        // The counts, for docs/journey.md; no one typed an address but the front page once per sign-in.
        var people = new[] { officer, reviewer, checks, ev1, ev2, visitor };
        var lines = people.SelectMany(p => p.Steps.Select(s => $"{p.Role}\t{s.Step}\t{s.Clicks}\t{s.Fills}")).Append("")
            .Concat(people.Select(p => $"{p.Role}\t합계\t{p.Clicks}\t{p.Fills}"));
        await File.WriteAllLinesAsync(Path.Combine(BrowserApp.ArtifactsDirectory, "journey-counts.tsv"), lines);
        Assert.All(people, p => Assert.Equal(1, p.Gotos));
        Assert.True(officer.Clicks < 60, $"the officer needed {officer.Clicks} clicks");
        Assert.Empty(errors.SelectMany(e => e));
    }

    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static string One(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Two(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture).Replace(".", "\\.", StringComparison.Ordinal);

    private static DateOnly KoreanToday() => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));

    /// <summary>The task template as downloaded, its example rows replaced by Daejeon's two areas and two tasks.</summary>
    private static byte[] TaskSheet(byte[] template)
    {
        var sheets = MiniExcel.GetSheetNames(new MemoryStream(template));
        Assert.Contains("이행과제", sheets);
        var book = new Dictionary<string, object>
        {
            ["이행과제"] = new[]
            {
                Task("area", "1", "", "건물", "기후환경정책과", "buildings", 2024, 2033),
                Task("task", "1-1", "1", "공공청사 태양광 설치", "기후환경정책과", "buildings", 2024, 2030),
                Task("area", "2", "", "수송", "교통정책과", "transport", 2024, 2033),
                Task("task", "2-1", "2", "전기버스 전환", "교통정책과", "transport", 2024, 2030),
            },
            ["예산·감축"] = new[]
            {
                Row(("code", "1-1"), ("year", 2025), ("budget_krw", 2_000_000_000m), ("expected_reduction_tco2eq", 1_500m)),
                Row(("code", "2-1"), ("year", 2025), ("budget_krw", 6_000_000_000m), ("expected_reduction_tco2eq", 4_000m)),
            },
            ["성과지표"] = new[]
            {
                Row(("code", "1-1"), ("kpi", "태양광 설비 용량"), ("unit", "MW"), ("direction", "increase"), ("base_value", 0m), ("year", 2025), ("target", 1.5m)),
                Row(("code", "2-1"), ("kpi", "전기버스 대수"), ("unit", "대"), ("direction", "increase"), ("base_value", 100m), ("year", 2025), ("target", 200m)),
            },
        };
        var output = new MemoryStream();
        output.SaveAs(book);
        return output.ToArray();

        static Dictionary<string, object?> Task(string level, string code, string parent, string name, string department, string sector, int start, int end) =>
            Row(("level", level), ("code", code), ("parent_code", parent), ("name", name), ("department", department), ("sector", sector), ("start_year", start), ("end_year", end));
    }

    /// <summary>The progress template as downloaded, filled in: both tasks' status, spending and narrative, and each KPI's actual.</summary>
    private static byte[] ProgressSheet(byte[] template)
    {
        var tasks = MiniExcel.Query(new MemoryStream(template), useHeaderRow: true, sheetName: "이행실적").Cast<IDictionary<string, object?>>().ToList();
        var kpis = MiniExcel.Query(new MemoryStream(template), useHeaderRow: true, sheetName: "성과지표").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["1-1", "2-1"], tasks.Select(t => $"{t["task_code"]}").Where(c => c.Contains('-', StringComparison.Ordinal)));
        foreach (var t in tasks)
        {
            (t["status"], t["budget_executed_krw"], t["narrative"]) = $"{t["task_code"]}" switch
            {
                "1-1" => ("완료", (object?)1_800_000_000m, "공공청사 12곳에 태양광 1.2 MW 설치"),
                "2-1" => ("지연", 3_000_000_000m, "전기버스 60대 도입, 충전소 공사 지연"),
                _ => (t["status"], t["budget_executed_krw"], t["narrative"]),
            };
        }
        foreach (var k in kpis)
        {
            k["actual"] = $"{k["task_code"]}" == "1-1" ? 1.2m : 160m;
        }
        var output = new MemoryStream();
        output.SaveAs(new Dictionary<string, object> { ["이행실적"] = tasks, ["성과지표"] = kpis });
        return output.ToArray();
    }

    private static Dictionary<string, object?> Row(params (string Column, object? Value)[] cells) => cells.ToDictionary(c => c.Column, c => c.Value);
}
