using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Tanso.Core;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Checks;

/// <summary>A clock a test moves by hand (reply deadlines); it starts at the real time so that tokens stay valid.</summary>
internal sealed class MovableClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = TestClock.Start;

    /// <summary>Today in Korea, as the app reckons deadlines.</summary>
    public DateOnly Today => KoreanTime.Today(this);

    public override DateTimeOffset GetUtcNow() => Now;

    /// <summary>Moves to the first minute of the next Korean day (still within a day, so tokens stay valid).</summary>
    public void NextDay() => Now = new DateTimeOffset(Today.AddDays(1).ToDateTime(new TimeOnly(0, 1)), KoreanTime.Offset);
}

/// <summary>
/// One test's world for the evaluation workflow: its own database and app with a movable clock, a national officer,
/// Busan's officer, a number of evaluators (display names ev1, ev2, …) and Busan's published sample plan.
/// </summary>
internal sealed class EvaluationWorld : IAsyncDisposable
{
    private EvaluationWorld(TestDatabase database, TansoApp app, MovableClock clock) => (Database, App, Clock) = (database, app, clock);

    public TestDatabase Database { get; }
    public TansoApp App { get; }
    public MovableClock Clock { get; }
    public HttpClient National { get; private set; } = null!;
    public HttpClient Officer { get; private set; } = null!;
    public HttpClient Public { get; private set; } = null!;
    public List<HttpClient> Evaluators { get; } = [];
    public int PlanId { get; private set; }
    private string nationalId = "";
    private string officerId = "";
    private int busan;

    /// <summary>Moves the clock further than a token lives (weeks), and gives the officer and national staff fresh tokens.</summary>
    public async Task MoveClockToAsync(DateTimeOffset instant)
    {
        Clock.Now = instant;
        National = await People.ClientWithTokenAsync(App, nationalId, true);
        Officer = await People.ClientWithTokenAsync(App, officerId, true, busan);
    }

    public static async Task<EvaluationWorld> CreateAsync(int evaluators = 5)
    {
        var database = TestDatabase.Create();
        var clock = new MovableClock();
        var world = new EvaluationWorld(database, new TansoApp(database) { Clock = clock }, clock);
        var app = world.App;
        var busan = await People.GovernmentIdAsync(app, "26");
        (world.nationalId, world.officerId, world.busan) = (await People.CreateUserAsync(app, "nat@me.example", [Role.NationalOfficer]),
            await People.CreateUserAsync(app, "off@busan.example", [Role.RegionalOfficer], busan), busan);
        world.National = await People.ClientWithTokenAsync(app, world.nationalId, true);
        world.Officer = await People.ClientWithTokenAsync(app, world.officerId, true, busan);
        world.Public = app.CreateRawClient();
        for (var i = 1; i <= evaluators; i++)
        {
            world.Evaluators.Add(await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, $"ev{i}@panel.example", [Role.Evaluator]), true));
        }
        world.PlanId = (int)(await world.Public.GetFromJsonAsync<JsonArray>($"/api/governments/{busan}/plans"))![0]!["id"]!;
        return world;
    }

    /// <summary>Opens a cycle of the sample plan for <paramref name="year"/>, takes it to 점검·평가 and assigns every
    /// evaluator; returns its id and version.</summary>
    public async Task<(int Id, int Version)> OpenInEvaluationAsync(int year)
    {
        var opened = await Officer.PostAsJsonAsync($"/api/plans/{PlanId}/checks", new { year });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var cycle = await Json(opened);
        var id = (int)cycle["id"]!;
        var version = (int)cycle["version"]!;
        for (var i = 0; i < 2; i++)
        {
            version = (int)(await Json(await Officer.PostAsJsonAsync($"/api/checks/{id}/transitions", new { version })))["version"]!;
        }
        for (var i = 1; i <= Evaluators.Count; i++)
        {
            var assigned = await National.PostAsJsonAsync($"/api/checks/{id}/evaluators", new { version, email = $"ev{i}@panel.example" });
            Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
            version = (int)(await Json(assigned))["version"]!;
        }
        return (id, version);
    }

    /// <summary>Evaluator <paramref name="n"/> (1-based) gives <paramref name="levels"/> (criterion → level label).</summary>
    public async Task<HttpResponseMessage> ScoreAsync(int id, int n, IReadOnlyDictionary<string, string> levels, int version = 0) =>
        await Evaluators[n - 1].PutAsJsonAsync($"/api/checks/{id}/scores",
            new { version, scores = levels.Select(l => new { criterion = l.Key, level = l.Value, comment = $"{l.Key}: {l.Value}", evidence = "실적보고서 p.3" }).ToArray() });

    /// <summary>Every evaluator scores every criterion of the default rubric at 우수 (80).</summary>
    public async Task ScoreEverythingAsync(int id)
    {
        for (var n = 1; n <= Evaluators.Count; n++)
        {
            Assert.Equal(HttpStatusCode.OK, (await ScoreAsync(id, n, DefaultCriteria.ToDictionary(c => c, _ => "우수"))).StatusCode);
        }
    }

    public static readonly string[] DefaultCriteria = ["추진체계", "목표·경로의 적정성", "이행과제의 충실성", "재원 확보·집행", "주민 참여·소통"];

    public static async Task<JsonObject> Json(HttpResponseMessage response) => (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    public static async Task<JsonObject> CycleAsync(HttpClient client, int id) => (await client.GetFromJsonAsync<JsonObject>($"/api/checks/{id}"))!;

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}
