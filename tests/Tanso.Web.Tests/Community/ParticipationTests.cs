using Tanso.Core;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tanso.Core.Access;
using Tanso.Core.Community;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Community;

/// <summary>Campaign pledges and plan feedback from anonymous visitors: spam protection, rate limits, privacy, moderation.</summary>
public sealed class ParticipationTests
{
    private static async Task<int> CampaignAsync(TestDatabase database, int government, DateOnly from, DateOnly to)
    {
        await using var db = database.Open();
        var campaign = new Campaign(government, "시험 캠페인", null, from, to, 4, ["대중교통 이용", "플러그 뽑기"]);
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync();
        return campaign.Id;
    }

    private static DateOnly Today => TestClock.Today;

    [Fact]
    public async Task AVisitor_Pledges_TheCountAndProgressShowWithoutJavaScript_AndNoAddressIsKept()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var id = await CampaignAsync(database, busan, Today.AddDays(-1), Today.AddDays(1));
        await using var site = app.WithClientAddresses();
        var visitor = site.Visitor("203.0.113.77");
        var campaign = await visitor.GetFromJsonAsync<JsonObject>($"/api/campaigns/{id}");
        var action = (int)campaign!["actions"]![1]!["id"]!;

        var api = await visitor.PostAsJsonAsync($"/api/campaigns/{id}/pledges", new { actionId = action, name = "김시민" });
        Assert.Equal(HttpStatusCode.Created, api.StatusCode);
        Assert.Equal(1, (int)(await api.Json())["pledges"]!);

        var token = await visitor.FormTokenAsync($"/community/campaigns/{id}");
        var form = await visitor.PostAsync($"/community/campaigns/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["ActionId"] = action.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Name"] = "", ["Website"] = "", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, form.StatusCode);
        var page = await visitor.GetStringAsync($"/community/campaigns/{id}");
        Assert.Contains("2명 참여 · 목표 4명의 50%", page);
        Assert.Contains("<progress class=\"campaign-progress\" max=\"4\" value=\"2\"", page);

        await using var db = database.Open();
        var stored = await db.Pledges.Where(p => p.CampaignId == id).ToListAsync();
        Assert.Equal(["김시민", null], stored.OrderBy(p => p.Id).Select(p => p.Name));
        var trail = string.Join("\n", await db.AuditEntries.Select(e => e.After + e.ActorName).ToListAsync());
        Assert.DoesNotContain("203.0.113.77", trail);
        Assert.DoesNotContain("203.0.113.77", string.Join("\n", stored.Select(p => $"{p.Name}{p.PledgedUtc}")));
    }

    [Fact]
    public async Task Pledges_OutsideThePeriod_OrWithTheHoneypotFilled_AreRefused()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var over = await CampaignAsync(database, busan, Today.AddDays(-10), Today.AddDays(-1));
        var later = await CampaignAsync(database, busan, Today.AddDays(1), Today.AddDays(5));
        var open = await CampaignAsync(database, busan, Today, Today);
        var visitor = app.CreateRawClient();
        async Task<int> Action(int campaign) => (int)(await visitor.GetFromJsonAsync<JsonObject>($"/api/campaigns/{campaign}"))!["actions"]![0]!["id"]!;

        Assert.Equal((HttpStatusCode)422, (await visitor.PostAsJsonAsync($"/api/campaigns/{over}/pledges", new { actionId = await Action(over) })).StatusCode);
        Assert.Equal((HttpStatusCode)422, (await visitor.PostAsJsonAsync($"/api/campaigns/{later}/pledges", new { actionId = await Action(later) })).StatusCode);
        var bot = await visitor.PostAsJsonAsync($"/api/campaigns/{open}/pledges", new { actionId = await Action(open), website = "http://spam.example" });
        Assert.Equal(HttpStatusCode.BadRequest, bot.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await visitor.PostAsJsonAsync($"/api/campaigns/{open}/pledges", new { actionId = await Action(over) })).StatusCode);
        Assert.False((bool)(await visitor.GetFromJsonAsync<JsonObject>($"/api/campaigns/{over}"))!["isOpen"]!);
        await using var db = database.Open();
        Assert.Equal(0, await db.Pledges.CountAsync());
    }

    [Fact]
    public async Task AVisitor_WhoPostsTooOften_Gets429_WhileOthersGoOn()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database, [new("Community:PublicPostLimit", "3")]);
        var busan = await People.GovernmentIdAsync(app, "26");
        var id = await CampaignAsync(database, busan, Today, Today.AddDays(3));
        await using var site = app.WithClientAddresses();
        var (eager, other) = (site.Visitor("203.0.113.10"), site.Visitor("203.0.113.11"));
        var action = (int)(await eager.GetFromJsonAsync<JsonObject>($"/api/campaigns/{id}"))!["actions"]![0]!["id"]!;
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await eager.PostAsJsonAsync($"/api/campaigns/{id}/pledges", new { actionId = action })).StatusCode);
        }
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
        // Spelling the path another way, or pledging in another campaign, does not start a fresh budget.
        var second = await CampaignAsync(database, busan, Today, Today.AddDays(3));
        var secondAction = (int)(await eager.GetFromJsonAsync<JsonObject>($"/api/campaigns/{second}"))!["actions"]![0]!["id"]!;
        Assert.Equal(HttpStatusCode.TooManyRequests, (await eager.PostAsJsonAsync($"/API/Campaigns/0{id}/pledges", new { actionId = action })).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await eager.PostAsJsonAsync($"/api/campaigns/{second}/pledges", new { actionId = secondAction })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await other.PostAsJsonAsync($"/api/campaigns/{id}/pledges", new { actionId = action })).StatusCode);

        var plan = (int)(await other.GetFromJsonAsync<JsonArray>($"/api/governments/{busan}/plans"))![0]!["id"]!;
        for (var i = 0; i < 3; i++)
        {
            await eager.PostAsJsonAsync($"/api/plans/{plan}/feedback", new { text = "의견" });
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, (await eager.PostAsJsonAsync($"/api/plans/{plan}/feedback", new { text = "의견" })).StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task BehindAProxy_VisitorsAreToldApartByXForwardedFor_OnlyWhenForwardedHeadersAreEnabled(bool enabled)
    {
        // The in-memory server has no client address of its own, like every request arriving from one proxy.
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database, [new("Community:PublicPostLimit", "2"), new("FORWARDEDHEADERS_ENABLED", enabled ? "true" : "false")]);
        var id = await CampaignAsync(database, await People.GovernmentIdAsync(app, "26"), Today, Today.AddDays(3));
        HttpClient Behind(string client)
        {
            var c = app.CreateClient();
            c.DefaultRequestHeaders.Add("X-Forwarded-For", client);
            return c;
        }
        var (eager, other) = (Behind("198.51.100.7"), Behind("198.51.100.8"));
        var action = (int)(await eager.GetFromJsonAsync<JsonObject>($"/api/campaigns/{id}"))!["actions"]![0]!["id"]!;
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await eager.PostAsJsonAsync($"/api/campaigns/{id}/pledges", new { actionId = action })).StatusCode);
        }
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(enabled ? HttpStatusCode.Created : HttpStatusCode.TooManyRequests,
            (await other.PostAsJsonAsync($"/api/campaigns/{id}/pledges", new { actionId = action })).StatusCode);
    }

    [Fact]
    public async Task AStaleCampaignEdit_Gets409_AndTheFormShowsWhatIsSavedNow_NotTheOverwrittenDraft()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        await People.CreateUserAsync(app, "editor@busan.example", [Role.RegionalOfficer], busan);
        var id = await CampaignAsync(database, busan, Today, Today.AddDays(3));
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await People.SignInAsync(client, "editor@busan.example", People.Password);
        var token = await client.FormTokenAsync($"/community/campaigns/write/{id}");
        var version = System.Text.RegularExpressions.Regex.Match(await client.GetStringAsync($"/community/campaigns/write/{id}"), "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value;
        await using (var db = database.Open()) // someone else saves first
        {
            var c = await db.Campaigns.Include(x => x.Actions).SingleAsync(x => x.Id == id);
            c.Edit("다른 사람이 고친 제목", null, c.StartsOn, c.EndsOn, c.Goal, [.. c.Actions.OrderBy(a => a.Order).Select(a => a.Label)]);
            await db.SaveChangesAsync();
        }

        var stale = await client.PostAsync($"/community/campaigns/write/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Version"] = version, ["GovernmentId"] = busan.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Title"] = "내가 고친 제목",
            ["StartsOn"] = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["EndsOn"] = Today.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Goal"] = "4", ["Actions"] = "대중교통 이용\n플러그 뽑기", ["__RequestVerificationToken"] = token,
        }));
        Assert.True(stale.StatusCode == HttpStatusCode.Conflict, $"{stale.StatusCode} {stale.Headers.Location}");
        var page = await stale.Content.ReadAsStringAsync();
        Assert.Contains("value=\"다른 사람이 고친 제목\"", page);
        Assert.DoesNotContain("내가 고친 제목", page);
        Assert.DoesNotContain($"name=\"Version\" value=\"{version}\"", page);
    }

    [Fact]
    public async Task Campaigns_AreCreatedByNationalStaff_OrByAGovernmentsEditorsForTheirOwn()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var (busan, daegu) = (await People.GovernmentIdAsync(app, "26"), await People.GovernmentIdAsync(app, "27"));
        var officer = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "o@busan.example", [Role.RegionalOfficer], busan), true, busan);
        var national = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "n@me.example", [Role.NationalOfficer]), true);
        object Body(int government) => new { governmentId = government, title = "기후주간", startsOn = "2026-04-22", endsOn = "2026-04-28", goal = 100, actions = new[] { "걷기" } };
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync("/api/campaigns", Body(busan))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync("/api/campaigns", Body(daegu))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await national.PostAsJsonAsync("/api/campaigns", Body(daegu))).StatusCode);
        var reversed = await national.PostAsJsonAsync("/api/campaigns", new { governmentId = busan, title = "x", startsOn = "2026-04-28", endsOn = "2026-04-22", goal = 0, actions = Array.Empty<string>() });
        var errors = (await reversed.Json())["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("period") && errors.ContainsKey("goal") && errors.ContainsKey("actions"));
    }

    [Fact]
    public async Task Feedback_IsInvisibleUntilApproved_RejectedNeverShows_AndOnlyThePlansModeratorsDecide()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var (busan, daegu) = (await People.GovernmentIdAsync(app, "26"), await People.GovernmentIdAsync(app, "27"));
        var busanOfficer = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "o@busan.example", [Role.RegionalOfficer], busan), true, busan);
        var daeguOfficer = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "o@daegu.example", [Role.RegionalOfficer], daegu), true, daegu);
        var national = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "n@me.example", [Role.NationalOfficer]), true);
        var visitor = app.CreateRawClient();
        var plan = (int)(await visitor.GetFromJsonAsync<JsonArray>($"/api/governments/{busan}/plans"))![0]!["id"]!;

        var good = await (await visitor.PostAsJsonAsync($"/api/plans/{plan}/feedback", new { text = "버스 노선도 함께 늘려 주세요.", name = "시민" })).Json();
        var bad = await (await visitor.PostAsJsonAsync($"/api/plans/{plan}/feedback", new { text = "광고 글" })).Json();
        Assert.Equal("pending", (string)good["status"]!);
        Assert.Equal(HttpStatusCode.BadRequest, (await visitor.PostAsJsonAsync($"/api/plans/{plan}/feedback", new { text = "봇", website = "x" })).StatusCode);
        Assert.Empty((await visitor.GetFromJsonAsync<JsonArray>($"/api/plans/{plan}/feedback"))!);
        Assert.DoesNotContain("버스 노선도", await visitor.GetStringAsync($"/plans/{plan}/feedback"));

        Assert.Empty((await daeguOfficer.GetFromJsonAsync<JsonObject>("/api/feedback/pending"))!["items"]!.AsArray());
        Assert.Equal(2, (int)(await national.GetFromJsonAsync<JsonObject>("/api/feedback/pending"))!["total"]!);
        var queue = (await busanOfficer.GetFromJsonAsync<JsonObject>("/api/feedback/pending"))!["items"]!.AsArray();
        Assert.Equal(2, queue.Count);
        var (goodId, badId) = ((int)good["id"]!, (int)bad["id"]!);
        Assert.Equal(HttpStatusCode.Forbidden, (await daeguOfficer.PostAsJsonAsync($"/api/feedback/{goodId}/moderation", new { decision = "approve", version = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await busanOfficer.PostAsJsonAsync($"/api/feedback/{badId}/moderation", new { decision = "reject", version = 0 })).StatusCode); // a reason is required
        Assert.Equal(HttpStatusCode.OK, (await national.PostAsJsonAsync($"/api/feedback/{badId}/moderation", new { decision = "reject", reason = "광고", version = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await busanOfficer.PostAsJsonAsync($"/api/feedback/{goodId}/moderation", new { decision = "approve", version = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await busanOfficer.PostAsJsonAsync($"/api/feedback/{goodId}/moderation", new { decision = "reject", reason = "x", version = 0 })).StatusCode);

        var shown = (await visitor.GetFromJsonAsync<JsonArray>($"/api/plans/{plan}/feedback"))!;
        Assert.Equal(["버스 노선도 함께 늘려 주세요."], shown.Select(f => (string)f!["text"]!));
        var page = await visitor.GetStringAsync($"/plans/{plan}/feedback");
        Assert.Contains("버스 노선도 함께 늘려 주세요.", page);
        Assert.DoesNotContain("광고 글", page);
        await using var db = database.Open();
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.EntityType == "PlanFeedback" && e.Action == "update"));
    }

    [Fact]
    public async Task TheModerationQueue_IsPaged_OldestFirst()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var national = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "queue@me.example", [Role.NationalOfficer]), true);
        var plan = (int)(await app.CreateRawClient().GetFromJsonAsync<JsonArray>($"/api/governments/{busan}/plans"))![0]!["id"]!;
        await using (var db = database.Open())
        {
            var start = new DateTime(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc);
            db.PlanFeedback.AddRange(Enumerable.Range(0, 51).Select(i => new PlanFeedback(plan, busan, null, $"의견 {i:00}", null, start.AddMinutes(i))));
            await db.SaveChangesAsync();
        }

        var first = (await national.GetFromJsonAsync<JsonObject>("/api/feedback/pending"))!;
        Assert.Equal((51, 1, 2), ((int)first["total"]!, (int)first["page"]!, (int)first["pages"]!));
        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"의견 {i:00}"), first["items"]!.AsArray().Select(f => (string)f!["text"]!));
        var second = (await national.GetFromJsonAsync<JsonObject>("/api/feedback/pending?page=2"))!;
        Assert.Equal("의견 50", (string)Assert.Single(second["items"]!.AsArray())!["text"]!);
    }

    [Fact]
    public async Task AModeratorWithoutADisplayName_IsRecordedByAShortenedEmail_NotRefusedByTheColumn()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var email = new string('m', 240) + "@busan.example"; // 254 characters: a valid address, longer than the 200 kept
        string userId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Tanso.Data.Accounts.TansoUser>>();
            var user = new Tanso.Data.Accounts.TansoUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "" };
            Assert.True((await users.CreateAsync(user, People.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Role.RegionalOfficer.Name())).Succeeded);
            userId = user.Id;
        }
        await using (var db = database.Open())
        {
            db.UserGovernments.Add(new Tanso.Data.Accounts.UserGovernment { UserId = userId, GovernmentId = busan });
            await db.SaveChangesAsync();
        }
        var moderator = await People.ClientWithTokenAsync(app, userId, true, busan);
        var visitor = app.CreateRawClient();
        var plan = (int)(await visitor.GetFromJsonAsync<JsonArray>($"/api/governments/{busan}/plans"))![0]!["id"]!;
        var feedback = await (await visitor.PostAsJsonAsync($"/api/plans/{plan}/feedback", new { text = "자전거도로를 늘려 주세요." })).Json();

        var approved = await moderator.PostAsJsonAsync($"/api/feedback/{(int)feedback["id"]!}/moderation", new { decision = "approve", version = 0 });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        await using var check = database.Open();
        var by = await check.PlanFeedback.Where(f => f.Id == (int)feedback["id"]!).Select(f => f.ModeratedBy).SingleAsync();
        Assert.Equal(200, by!.Length);
        Assert.StartsWith("mmmm", by, StringComparison.Ordinal);
        Assert.EndsWith("…", by, StringComparison.Ordinal);
    }
}
