using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Fuzz;

/// <summary>
/// Seeded fuzzing of the write endpoints over HTTP: mutated JSON, random numbers (huge, NaN-like, negative), forms
/// and uploads. Every answer is below 500, and a refused write changes no row of any table (<see cref="RowWatch"/>:
/// the rows are counted only when the database's commit counter moved). 2,500 requests per run (a fixed count).
/// </summary>
[StartsFirst]
public sealed class EndpointFuzzTests
{
    public const int PlanInputs = 1_000, TaskInputs = 700, StatisticsInputs = 500, LanguageInputs = 300;

    /// <summary>Requests per run.</summary>
    public const int Inputs = PlanInputs + TaskInputs + StatisticsInputs + LanguageInputs;

    private static readonly string[] Hostile = ["1e308", "-1e308", "NaN", "\"NaN\"", "79228162514264337593543950335", "7.9e28", "1e-30", "null", "\"\"", "[]", "{}", "-0", "2147483648"];

    private static readonly Gen<string> Number = Gen.OneOf(
        Gen.Decimal.Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Long.Select(l => l.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Int[0, Hostile.Length - 1].Select(i => Hostile[i]));

    private static readonly Gen<string> PlanJson = Gen.Select(Number, Number, Gen.Int[1900, 2200], Gen.String[0, 40], (emissions, start, year, title) =>
        $$"""{"title":{{System.Text.Json.JsonSerializer.Serialize(title)}},"periodStart":{{start}},"periodEnd":{{year}},"baseYear":2018,"baseEmissionsTCo2eq":{{emissions}},"baseSource":"fuzz"}""");

    private static readonly Gen<string> Broken = Gen.Select(PlanJson, Gen.Int[0, 120], Gen.Int[0, 6], (json, at, cut) =>
        at < json.Length ? json.Remove(at, Math.Min(cut, json.Length - at)) : json + "}");

    [Fact]
    public async Task GeneratedRequests_NeverAnswer5xx_AndRefusedWritesChangeNothing()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var client = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "b@busan.example", [Role.RegionalOfficer], busan), true, busan);
        var draft = (await (await client.PostAsJsonAsync($"/api/governments/{busan}/plans", new
        {
            title = "부산 새 계획", periodStart = 2024, periodEnd = 2033, baseYear = 2018, baseEmissionsTCo2eq = 16_628_000m, baseSource = "test",
        })).Content.ReadFromJsonAsync<JsonObject>())!;
        var planId = (int)draft["id"]!;
        var failures = new List<string>();
        // The client's first page request records its sign-in session (a user_sessions row, audited): made here, so
        // that the language switch below, which writes nothing, is not blamed for it.
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await client.GetAsync("/language/ko")).StatusCode);
        using var rows = new RowWatch(database);

        void Send(string what, Func<HttpRequestMessage> request, bool writes)
        {
            var before = rows.Before();
            using var response = client.SendAsync(request()).GetAwaiter().GetResult();
            var status = (int)response.StatusCode;
            if (status >= 500)
            {
                failures.Add($"{status} {what}");
            }
            if ((status >= 400 || !writes) && rows.ChangedSince(before) is { } after)
            {
                failures.Add($"{status} changed rows ({after}): {what}");
            }
        }

        Gen.OneOf(PlanJson, Broken).SampleFixed(json => Send(json, () => new HttpRequestMessage(HttpMethod.Post, $"/api/governments/{busan}/plans")
            { Content = new StringContent(json, Encoding.UTF8, "application/json") }, writes: true), iter: PlanInputs);

        Gen.Select(Number, Number, Gen.Int[2020, 2034]).SampleFixed((budget, reduction, year) =>
        {
            var version = (int)client.GetFromJsonAsync<JsonObject>($"/api/plans/{planId}").GetAwaiter().GetResult()!["version"]!;
            var body = $$"""{"version":{{version}},"level":"area","code":"F-{{year}}-{{budget.Length}}","parentCode":null,"name":"fuzz","department":"d","sector":null,"startYear":2024,"endYear":2030,"years":[{"year":{{year}},"budgetKrw":{{budget}},"expectedReductionTCo2eq":{{reduction}}}],"kpis":[]}""";
            Send(body, () => new HttpRequestMessage(HttpMethod.Post, $"/api/plans/{planId}/tasks") { Content = new StringContent(body, Encoding.UTF8, "application/json") }, writes: true);
        }, iter: TaskInputs);

        Gen.Byte.Array[0, 300].SampleFixed(bytes => Send($"{bytes.Length} bytes", () => new HttpRequestMessage(HttpMethod.Post, "/api/governments/statistics")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", bytes.Length % 2 == 0 ? "s.csv" : "s.xlsx" } },
        }, writes: true), iter: StatisticsInputs);

        Gen.String[0, 30].SampleFixed(text => Send(text, () => new HttpRequestMessage(HttpMethod.Get, $"/language/en?returnUrl={Uri.EscapeDataString(text)}"), writes: false), iter: LanguageInputs);

        Assert.Empty(failures);
    }
}
