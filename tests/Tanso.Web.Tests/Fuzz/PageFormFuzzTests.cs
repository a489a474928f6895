using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;
using Tanso.Web.Tests.Reports;

namespace Tanso.Web.Tests.Fuzz;

/// <summary>
/// The Razor pages' POST forms, as a signed-in person holding every role sends them: each form found on the pages
/// that write (accounts, users, news, practices, campaigns, plans, checks, evidence, the inventory import…) is sent
/// <see cref="PerForm"/> times with its antiforgery token and generated values — the page's own values, hostile text
/// and numbers, other options, generated files (inventory tables with hostile numbers, mutated workbooks, random
/// bytes, bombs). A previewed inventory file whose preview offers "confirm" is confirmed. No answer is 5xx, a refusal
/// changes no row, and the only pending uploads left are the ones whose preview the person was shown.
/// </summary>
[StartsFirst]
public sealed partial class PageFormFuzzTests
{
    public const int PerForm = 8;

    /// <summary>At least this many forms are fuzzed (each <see cref="PerForm"/> times), confirmations not counted.</summary>
    public const int MinimumForms = 35;

    [Fact]
    public async Task EveryPageForm_SentWithGeneratedValues_AnswersBelow500_AndARefusalChangesNoRow()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database, [new("Community:PublicPostLimit", "1000000")]);
        var (cycleId, _) = await ReportData.BusanCycleAsync(app, 2026, submit: false, "c@busan.example");
        var busan = await People.GovernmentIdAsync(app, "26");
        var me = await People.CreateUserAsync(app, "all@tanso.example", [Role.SystemAdmin, Role.NationalOfficer, Role.RegionalOfficer], busan);
        var victim = await People.CreateUserAsync(app, "other@busan.example", [Role.RegionalOfficer], busan);
        // A draft plan too: its page carries the editing forms (tasks, header, targets, path) a reviewed plan no longer shows.
        var api = await People.TokenOnlyClientAsync(app, me, true, busan);
        var draft = await api.PostAsJsonAsync($"/api/governments/{busan}/plans", new
        {
            title = "부산 새 계획", periodStart = 2024, periodEnd = 2033, baseYear = 2018, baseEmissionsTCo2eq = 16_628_000m, baseSource = "test",
        });
        var draftId = (int)(await draft.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["id"]!;
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await using var logged = app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(new ApiWriteFuzzTests.ErrorCollector(errors))));
        var client = logged.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await People.SignInAsync(client, "all@tanso.example", People.Password)).StatusCode);
        using var rows = new RowWatch(database);

        var forms = new Dictionary<string, PageForm>(StringComparer.Ordinal);
        foreach (var page in (await PagesAsync(database, busan, cycleId, victim)).Append($"/plans/{draftId}"))
        {
            using var response = await client.GetAsync(page);
            Assert.True(response.IsSuccessStatusCode, $"{page}: {(int)response.StatusCode}");
            foreach (var form in PageForms.Of(page, await response.Content.ReadAsStringAsync()).Where(f => !Skipped(f, me)))
            {
                forms.TryAdd(form.Kind, form);
            }
        }
        Assert.True(forms.Count >= MinimumForms, $"only {forms.Count} forms: {string.Join(", ", forms.Keys)}");
        foreach (var needed in new[] { "/inventory/import?handler=Preview", "/community/news/write", $"/checks/#/evidence?handler=Upload", "/account/tokens", "/admin/users/#" })
        {
            Assert.True(forms.Keys.Any(k => k.StartsWith(needed, StringComparison.Ordinal)), $"no form posts to {needed}: {string.Join(", ", forms.Keys)}");
        }

        var failures = new List<string>();
        var shown = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var sent = 0;
        void Send(string what, Func<HttpContent> body, string action, int depth)
        {
            var before = rows.Before();
            using var request = new HttpRequestMessage(HttpMethod.Post, action) { Content = body() };
            using var response = client.SendAsync(request).GetAwaiter().GetResult();
            sent++;
            var status = (int)response.StatusCode;
            var html = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            if (status >= 500)
            {
                failures.Add($"{status} {what}: {(errors.TryDequeue(out var error) ? error : "")}");
            }
            else if (status >= 400 && rows.ChangedSince(before) is { } after)
            {
                failures.Add($"{status} {what} changed rows ({after})");
            }
            shown.UnionWith(UploadIds().Matches(html).Select(m => m.Groups[1].Value));
            // A preview that may be confirmed is confirmed as shown: the import itself, all or nothing.
            if (depth == 0 && status == 200 && PageForms.Of(action, html).FirstOrDefault(f => f.Action.Contains("handler=Confirm", StringComparison.Ordinal)) is { } confirm)
            {
                Send($"confirm after {what}", () => new FormUrlEncodedContent(confirm.Fields.Select(f => KeyValuePair.Create(f.Name, f.Value))), confirm.Action, 1);
            }
        }

        foreach (var form in forms.Values)
        {
            FormValues.For(form).SampleFixed(body => Send($"{form.Action} (from {form.Page})", body, form.Action, 0), iter: PerForm);
        }

        Assert.True(await StillSignedInAsync(client), "the fuzzer was signed out: later forms were not reached");
        await using var db = database.Open();
        var left = await db.PendingUploads.Select(u => u.Id).ToListAsync();
        Assert.True(left.All(id => shown.Contains(id.ToString())), $"pending uploads nobody was shown: {string.Join(", ", left.Where(id => !shown.Contains(id.ToString())))}");
        Assert.True(failures.Count == 0, $"{failures.Count} failures of {sent} requests:{Environment.NewLine}{string.Join(Environment.NewLine, failures.Take(40))}");
        Assert.True(sent >= forms.Count * PerForm);
    }

    // Forms that would end the fuzzer's own session or account (then nothing after them is reached), or leave the site.
    private static bool Skipped(PageForm form, string me) =>
        form.Action.StartsWith("/account/logout", StringComparison.Ordinal) || form.Action.StartsWith("/account/sessions", StringComparison.Ordinal)
        || form.Action.StartsWith("/language/", StringComparison.Ordinal) || form.Action.Contains(me, StringComparison.Ordinal)
        || form.Action.StartsWith("/api/", StringComparison.Ordinal);

    private static async Task<bool> StillSignedInAsync(HttpClient client) => (await client.GetAsync("/account")).StatusCode == System.Net.HttpStatusCode.OK;

    private static async Task<string[]> PagesAsync(TestDatabase database, int busan, int cycleId, string victim)
    {
        await using var db = database.Open();
        var plan = await db.CheckCycles.Where(c => c.Id == cycleId).Select(c => c.PlanId).SingleAsync();
        var news = await db.NewsPosts.Select(n => n.Number).MinAsync();
        var practice = await db.GoodPractices.Select(p => p.Id).MinAsync();
        var campaign = await db.Campaigns.Select(c => c.Id).MinAsync();
        var scenario = await db.Scenarios.Select(s => s.Id).MinAsync();
        return
        [
            "/account", "/account/tokens", "/account/password", "/account/notifications", "/admin/users", $"/admin/users/{victim}", "/inbox",
            "/community", "/community/news/write", $"/community/news/{news}", $"/community/news/write/{news}", "/community/practices/write",
            $"/community/practices/{practice}", $"/community/practices/write/{practice}", "/community/campaigns/write", $"/community/campaigns/{campaign}",
            $"/community/campaigns/write/{campaign}", "/community/moderation",
            $"/governments/{busan}", $"/governments/{busan}/plans", $"/plans/{plan}", $"/plans/{plan}/feedback", $"/plans/{plan}/checks",
            $"/checks/{cycleId}", $"/checks/{cycleId}/evidence", $"/checks/{cycleId}/opinions", $"/checks/{cycleId}/scoring",
            $"/checks/{cycleId}/settings", $"/checks/{cycleId}/review", "/inventory/import", "/scenarios", $"/scenarios/{scenario}", "/taskforce",
        ];
    }

    [GeneratedRegex(@"name=""upload"" value=""([0-9a-fA-F-]{36})""")]
    private static partial Regex UploadIds();
}
