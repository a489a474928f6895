using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tanso.Core.Access;
using Tanso.Web.Inbox;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Inbox;

/// <summary>
/// One test's world for the inbox and reminders: its own database, an SMTP server in the test, an app that mails through
/// it (links on https://tanso.example/) and whose reminder job is driven by the test (<see cref="TickAsync"/>), on a fake
/// clock at Monday 16 November 2026, 10:00 KST. People: a national officer, Busan's and Daegu's officers, an administrator
/// and two evaluators; Busan's published sample plan.
/// </summary>
internal sealed class InboxWorld : IAsyncDisposable
{
    public const string Site = "https://tanso.example/";

    private InboxWorld(TestSmtpServer smtp, TestDatabase database, TansoApp app, FakeTimeProvider clock) => (Smtp, Database, App, Clock) = (smtp, database, app, clock);

    public TestSmtpServer Smtp { get; }
    public TestDatabase Database { get; }
    public TansoApp App { get; }
    public FakeTimeProvider Clock { get; }
    public HttpClient National { get; private set; } = null!;
    public HttpClient Officer { get; private set; } = null!;
    public HttpClient Daegu { get; private set; } = null!;
    public HttpClient Admin { get; private set; } = null!;
    public HttpClient Ev1 { get; private set; } = null!;
    public string OfficerId { get; private set; } = "";
    public string NationalId { get; private set; } = "";
    public int BusanId { get; private set; }
    public int PlanId { get; private set; }

    public static async Task<InboxWorld> CreateAsync(params KeyValuePair<string, string>[] extra)
    {
        var smtp = new TestSmtpServer();
        var database = TestDatabase.Create();
        var clock = TestClock.Create();
        var settings = smtp.Settings().Concat([new("Inbox:SiteUrl", Site), new KeyValuePair<string, string>("Inbox:RemindersEnabled", "false"), .. extra]);
        var w = new InboxWorld(smtp, database, new TansoApp(database, settings) { Clock = clock }, clock);
        var app = w.App;
        w.BusanId = await People.GovernmentIdAsync(app, "26");
        var daegu = await People.GovernmentIdAsync(app, "27");
        w.NationalId = await People.CreateUserAsync(app, "nat@me.example", [Role.NationalOfficer]);
        w.National = await People.ClientWithTokenAsync(app, w.NationalId, true);
        w.OfficerId = await People.CreateUserAsync(app, "off@busan.example", [Role.RegionalOfficer], w.BusanId);
        w.Officer = await People.ClientWithTokenAsync(app, w.OfficerId, true, w.BusanId);
        w.Daegu = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "off@daegu.example", [Role.RegionalOfficer], daegu), true, daegu);
        w.Admin = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "admin@tanso.example", [Role.SystemAdmin]), true);
        w.Ev1 = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "ev1@panel.example", [Role.Evaluator]), true);
        w.PlanId = (int)(await w.Officer.GetFromJsonAsync<JsonArray>($"/api/governments/{w.BusanId}/plans"))![0]!["id"]!;
        return w;
    }

    /// <summary>Busan's officer opens a check cycle of the sample plan for <paramref name="year"/> (default deadlines:
    /// report by 31 May of the next year, evaluation by 31 July); returns its id and version.</summary>
    public async Task<(int Id, int Version)> OpenCycleAsync(int year)
    {
        var opened = await Officer.PostAsJsonAsync($"/api/plans/{PlanId}/checks", new { year });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var cycle = await Json(opened);
        return ((int)cycle["id"]!, (int)cycle["version"]!);
    }

    /// <summary>Opens a cycle, takes it to 점검·평가 and assigns evaluator 1.</summary>
    public async Task<int> OpenInEvaluationAsync(int year)
    {
        var (id, version) = await OpenCycleAsync(year);
        for (var i = 0; i < 2; i++)
        {
            version = (int)(await Json(await Officer.PostAsJsonAsync($"/api/checks/{id}/transitions", new { version })))["version"]!;
        }
        var assigned = await National.PostAsJsonAsync($"/api/checks/{id}/evaluators", new { version, email = "ev1@panel.example" });
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        return id;
    }

    public async Task<JsonObject> IssueOpinionAsync(int cycle, string text)
    {
        var issued = await National.PostAsJsonAsync($"/api/checks/{cycle}/opinions", new { text });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        return await Json(issued);
    }

    /// <summary>The caller's inbox items from the API.</summary>
    public static async Task<JsonArray> ItemsAsync(HttpClient client) => (JsonArray)(await client.GetFromJsonAsync<JsonObject>("/api/inbox"))!["items"]!;

    /// <summary>One pass of the reminder job, in a scope of its own (as the background service runs it).</summary>
    public async Task<ReminderTick> TickAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderRun>().TickAsync(CancellationToken.None);
    }

    /// <summary>Moves the clock to <paramref name="hour"/>:00 Korean time on <paramref name="day"/>.</summary>
    public void At(DateOnly day, int hour = 10) => Clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), Core.KoreanTime.Offset));

    public static async Task<JsonObject> Json(HttpResponseMessage response) => (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Database.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
