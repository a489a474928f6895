using System.Net;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Data.Auditing;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Site;

/// <summary>The public-site basics and the pages issue 19 repaired, each checked as a reader sees it.</summary>
public sealed class SitePagesTests(SeededApp seeded) : IClassFixture<SeededApp>
{
    [Theory]
    [InlineData("36", "세종특별자치시")]
    [InlineData("50", "제주특별자치도")]
    public async Task TheMapOfAProvinceWithoutMunicipalities_ShowsTheProvinceItself(string code, string name)
    {
        var id = await People.GovernmentIdAsync(seeded.App, code);

        var response = await seeded.App.CreateClient().GetAsync($"/portal/map?province={id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(name, html);
        Assert.Contains("행정시·행정구역 (자치단체 아님)", html);
    }

    [Fact]
    public async Task TheMapAttribution_ReadsAsText_NotAsTemplateCode()
    {
        var html = await seeded.App.CreateClient().GetStringAsync("/portal/map");

        Assert.Contains("공공누리 제1유형 (2018년)", html);
        Assert.DoesNotContain("@T(", html);
    }

    [Fact]
    public async Task EveryPage_HasTheFooterWithPolicyLinksAndTheVersion_AndNoOfficialBannerUnlessConfigured()
    {
        var html = await seeded.App.CreateClient().GetStringAsync("/");

        Assert.Contains("<a href=\"/privacy\" class=\"privacy-link\">개인정보처리방침</a>", html);
        Assert.Contains("<a href=\"/terms\">이용약관</a>", html);
        Assert.Contains("<a href=\"/licences\">데이터 출처와 이용허락</a>", html);
        Assert.Matches(@"버전 <span translate=""no"">\d+\.\d+", html);
        Assert.DoesNotContain("공식 전자정부 누리집", html);
        Assert.Contains("aria-controls=\"site-menu\"", html); // the mobile menu button
    }

    [Fact]
    public async Task ADeployment_NamesItsOperatorContactAndPrivacyOfficer_AndTurnsOnTheOfficialBanner()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database, [
            new("Site:OfficialBanner", "true"), new("Site:OperatorKo", "부산광역시 기후환경국"), new("Site:OperatorEn", "Busan climate office"),
            new("Site:ContactEmail", "carbon@busan.example"), new("Site:PrivacyOfficer", "기후정책과장")]);
        var client = app.CreateClient();

        var home = await client.GetStringAsync("/");
        var privacy = await client.GetStringAsync("/privacy");
        var english = await client.GetStringAsync("/terms?culture=en");

        Assert.Contains("이 누리집은 대한민국 공식 전자정부 누리집입니다.", home);
        Assert.Contains("부산광역시 기후환경국", home);
        Assert.Contains("mailto:carbon@busan.example", home);
        Assert.Contains("개인정보 보호책임자: 기후정책과장", privacy);
        Assert.Contains("Busan climate office", english);
    }

    [Fact]
    public async Task TheAdminGovernmentPicker_NamesMunicipalitiesWithTheirProvince()
    {
        var client = seeded.App.CreateRawClient();
        var email = $"picker-{Guid.NewGuid():N}@tanso.example";
        await People.CreateUserAsync(seeded.App, email, [Role.SystemAdmin]);
        await People.SignInAsync(client, email, People.Password);

        var html = await client.GetStringAsync("/admin/users");

        Assert.Matches(@"<option value=""\d+"">서울특별시 종로구</option>", html);
        Assert.Contains("<optgroup label=\"부산광역시\">", html);
        Assert.DoesNotContain(" ()</option>", html);
    }

    [Fact]
    public async Task TheAuditTrail_ShowsEachEntryAsFieldBeforeAfter_ForWholeObjectsAndForDiffs_PagedAndFiltered()
    {
        var type = "Thing" + Guid.NewGuid().ToString("N")[..6];
        await using (var db = seeded.App.Database.Open())
        {
            var at = new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);
            db.AuditEntries.Add(new AuditEntry { AtUtc = at, ActorName = "김담당", EntityType = type, EntityId = "1", Action = "update",
                Before = """{"Name":"옛 이름","Budget":100,"Tags":["a"]}""", After = """{"Name":"새 이름","Budget":100,"Tags":["a"]}""" });
            db.AuditEntries.Add(new AuditEntry { AtUtc = at.AddMinutes(1), ActorName = "이평가", EntityType = type, EntityId = "2", Action = "update",
                Before = """{"Status":"draft"}""", After = """{"Status":"published"}""" });
            db.AuditEntries.AddRange(Enumerable.Range(0, 55).Select(i => new AuditEntry { AtUtc = at.AddDays(-1), ActorName = "박입력", EntityType = type,
                EntityId = (100 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), Action = "insert", After = $$"""{"Value":{{i}}}""" }));
            await db.SaveChangesAsync();
        }
        var client = seeded.App.CreateRawClient();
        var email = $"auditor-{Guid.NewGuid():N}@tanso.example";
        await People.CreateUserAsync(seeded.App, email, [Role.SystemAdmin]);
        await People.SignInAsync(client, email, People.Password);

        var changes = await client.GetStringAsync($"/audit?entityType={type}&action=update");
        var byWho = await client.GetStringAsync($"/audit?entityType={type}&who=이평가");
        var firstDay = await client.GetStringAsync($"/audit?entityType={type}&from=2026-02-28&to=2026-02-28");
        var page2 = await client.GetStringAsync($"/audit?entityType={type}&page=2");

        Assert.Contains("2건 중 1쪽", changes);
        Assert.Matches(@"<code>Name</code></th>\s*<td><span class=""audit-value"">옛 이름</span></td>\s*<td><span class=""audit-value"">새 이름</span></td>", changes);
        Assert.DoesNotContain("<code>Budget</code>", changes); // unchanged in the whole-object entry
        Assert.Contains("바뀌지 않은 항목 2개는 생략했습니다.", changes);
        Assert.Matches(@"<code>Status</code></th>\s*<td><span class=""audit-value"">draft</span></td>\s*<td><span class=""audit-value"">published</span></td>", changes);
        Assert.Contains("1건 중 1쪽", byWho);
        Assert.DoesNotContain("김담당", byWho);
        Assert.Contains("55건 중 1쪽 (2쪽까지)", firstDay);
        Assert.Contains("57건 중 2쪽 (2쪽까지)", page2);
        Assert.Contains("aria-current=\"page\">2</a>", page2);
    }

    [Fact]
    public async Task TheTaskForcePage_OffersTheWorkbookOnlyForAMonthWithACheck()
    {
        var client = seeded.App.CreateRawClient();
        var email = $"tf-{Guid.NewGuid():N}@tanso.example";
        await People.CreateUserAsync(seeded.App, email, [Role.NationalOfficer]);
        await People.SignInAsync(client, email, People.Password);

        var none = await client.GetStringAsync("/taskforce?year=1999&month=1");

        Assert.Contains("국가 계획에 1999년 1월 점검이 없습니다.", none);
        Assert.DoesNotContain("/api/taskforce.xlsx", none);
    }

    [Fact]
    public async Task ThePledgeForm_DrawsItsChoicesWithKrdsMarkup_UnderAVisibleQuestion()
    {
        int campaign;
        await using (var db = seeded.App.Database.Open())
        {
            campaign = (await db.Campaigns.FirstAsync()).Id;
        }

        var html = await seeded.App.CreateClient().GetStringAsync($"/community/campaigns/{campaign}");

        Assert.Matches(@"<fieldset class=""fieldset krds-choices""[^>]*>\s*<legend class=""choices-legend"">어떤 실천을 다짐합니까\?</legend>", html);
        Assert.Matches(@"<div class=""krds-form-check"">\s*<input type=""radio"" id=""pledge-action-0"" name=""ActionId"" value=""\d+""[^>]*required[^>]*>\s*<label for=""pledge-action-0"">", html);
    }
}
