using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Tanso.Web.Tests.Infrastructure;
using static Tanso.Web.Tests.Checks.EvaluationWorld;

namespace Tanso.Web.Tests.Checks;

public sealed partial class EvaluationPageTests
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();

    private static async Task<HttpClient> BrowserAsync(EvaluationWorld world, string email)
    {
        var client = world.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await People.SignInAsync(client, email, People.Password)).StatusCode);
        return client;
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string handler, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(page);
        fields["__RequestVerificationToken"] = Antiforgery().Match(html).Groups[1].Value;
        fields.TryAdd("Version", VersionField().Match(html).Groups[1].Value);
        return await client.PostAsync(handler.Length == 0 ? page : $"{page}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task AnEvaluatorScoresThroughTheForm_AndNationalStaffSeeTheCalibrationFlagByName()
    {
        await using var world = await CreateAsync(evaluators: 2);
        var (id, _) = await world.OpenInEvaluationAsync(2026);
        var first = await BrowserAsync(world, "ev1@panel.example");
        var second = await BrowserAsync(world, "ev2@panel.example");

        var saved = await PostFormAsync(first, $"/checks/{id}/scoring", "", new()
        {
            ["Scores[0].Criterion"] = "추진체계", ["Scores[0].Level"] = "매우 우수", ["Scores[0].Comment"] = "위원회 분기별 개최", ["Scores[0].Evidence"] = "회의록 p.2",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(second, $"/checks/{id}/scoring", "", new() { ["Scores[0].Criterion"] = "추진체계", ["Scores[0].Level"] = "매우 미흡" })).StatusCode);

        var national = await BrowserAsync(world, "nat@me.example");
        var page = await national.GetStringAsync($"/checks/{id}/scoring");
        Assert.Contains("조정 필요", page, StringComparison.Ordinal); // 100 and 20: range 80
        Assert.Contains("ev1: 매우 우수", page, StringComparison.Ordinal);
        Assert.Contains("회의록 p.2", page, StringComparison.Ordinal);
        var own = await second.GetStringAsync($"/checks/{id}/scoring");
        Assert.Contains("평가위원 2 (나): 매우 미흡", own, StringComparison.Ordinal);
        Assert.DoesNotContain("ev1:", own, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSettingsForm_NamesWhatIsWrong_AndSavesWhatIsRight()
    {
        await using var world = await CreateAsync(evaluators: 0);
        var (id, _) = await world.OpenInEvaluationAsync(2026);
        var national = await BrowserAsync(world, "nat@me.example");
        Dictionary<string, string> Form(string tasks) => new()
        {
            ["Settings.TasksPercent"] = tasks, ["Settings.EmissionsPercent"] = "30", ["Settings.BudgetPercent"] = "20",
            ["Settings.QuantitativePercent"] = "70", ["Settings.QualitativePercent"] = "30",
            ["Settings.Grades[0].Ko"] = "우수", ["Settings.Grades[0].En"] = "Excellent", ["Settings.Grades[0].MinScore"] = "85",
            ["Settings.Grades[1].Ko"] = "보통", ["Settings.Grades[1].En"] = "Fair", ["Settings.Grades[1].MinScore"] = "0",
            ["Settings.TrimFromEvaluators"] = "5", ["Settings.MaxStandardDeviation"] = "15", ["Settings.MaxRange"] = "40",
            ["Settings.Deadlines[Reporting]"] = "2027-05-31", ["Settings.Deadlines[Evaluation]"] = "2027-07-31",
        };

        var refused = await PostFormAsync(national, $"/checks/{id}/settings", "Settings", Form("60"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("quantitative: 정량 가중치", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(national, $"/checks/{id}/settings", "Settings", Form("50"))).StatusCode);
        var settings = (await CycleAsync(world.National, id))["workflow"]!["settings"]!;
        Assert.Equal(70m, (decimal)settings["combination"]!["quantitativePercent"]!);
        Assert.Equal(["우수", "보통"], settings["grades"]!.AsArray().Select(g => (string)g!["ko"]!));
        var officer = await BrowserAsync(world, "off@busan.example");
        Assert.DoesNotContain("설정 저장", await officer.GetStringAsync($"/checks/{id}/settings"), StringComparison.Ordinal); // read-only for the government
    }
}
