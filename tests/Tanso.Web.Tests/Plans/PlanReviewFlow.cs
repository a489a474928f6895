using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Plans;

/// <summary>Takes a draft through the review as people do it over the API: the government's officer records the
/// committee (with minutes) and submits; a national officer (a different person) receives and approves; the officer
/// publishes. Each step must succeed; the plan's version after the last step is returned.</summary>
public static class PlanReviewFlow
{
    public static async Task<HttpClient> ReviewerAsync(TansoApp app, string name = "reviewer") =>
        await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, $"{name}-{Guid.NewGuid():N}@me.go.kr", [Role.NationalOfficer]), true);

    public static async Task<int> RecordCommitteeAsync(HttpClient officer, int id, int version, string date = "2025-01-20")
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(version.ToString(System.Globalization.CultureInfo.InvariantCulture)), "version" },
            { new StringContent(date), "date" },
            { new StringContent("adopted"), "decision" },
            { new ByteArrayContent("%PDF-1.4 회의록"u8.ToArray()), "file", "제1차 탄소중립위원회 회의록.pdf" },
        };
        return await VersionAfterAsync(await officer.PostAsync($"/api/plans/{id}/committee", form));
    }

    public static async Task<int> StepAsync(HttpClient who, int id, string action, int version, string? reason = null) =>
        await VersionAfterAsync(await who.PostAsJsonAsync($"/api/plans/{id}/transitions", new { action, version, reason }));

    /// <summary>Draft → reviewed (approved); with <paramref name="publish"/> also published.</summary>
    public static async Task<int> RunAsync(TansoApp app, HttpClient officer, int id, int version, bool publish = true)
    {
        version = await RecordCommitteeAsync(officer, id, version);
        version = await StepAsync(officer, id, "submit", version);
        var reviewer = await ReviewerAsync(app);
        version = await StepAsync(reviewer, id, "receive", version);
        version = await StepAsync(reviewer, id, "approve", version);
        return publish ? await StepAsync(officer, id, "publish", version) : version;
    }

    private static async Task<int> VersionAfterAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (int)(await response.Content.ReadFromJsonAsync<JsonObject>())!["version"]!;
    }
}
