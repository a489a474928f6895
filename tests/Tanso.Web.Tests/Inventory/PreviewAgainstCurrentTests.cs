using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Inventory;

/// <summary>The preview compares a file with each government's current edition: summed over the governments that have
/// one, the edition being replaced left out, withdrawn editions never compared with.</summary>
public sealed class PreviewAgainstCurrentTests
{
    private static MultipartFormDataContent Upload(string csv, string edition, string published, bool dryRun) => new()
    {
        { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", edition + ".csv" },
        { new StringContent(edition), "edition" }, { new StringContent("인벤토리 " + edition), "editionName" },
        { new StringContent("부산광역시"), "publisher" }, { new StringContent(published), "publishedOn" },
        { new StringContent("report"), "source" }, { new StringContent("t"), "unit" }, { new StringContent(dryRun ? "true" : "false"), "dryRun" },
    };

    private static async Task<JsonObject> PostAsync(HttpClient client, string csv, string edition, string published, bool dryRun)
    {
        var response = await client.PostAsync("/api/inventory/imports", Upload(csv, edition, published, dryRun));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    [Fact]
    public async Task ThePreview_SetsTheFilesTotalsBesideEachGovernmentsCurrentEdition()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var admin = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "admin@tanso.example", [Role.SystemAdmin]), true);
        // Busan's current edition: 2021 gross 150 t (the sector line of 수송 counts, its 도로 line is inside it), 2022: 140 t.
        await PostAsync(admin, "government,sector,subsector,2021,2022\n부산광역시,전환,,100,95\n부산광역시,수송,,50,45\n부산광역시,수송,도로,40,35", "busan-a", "2025-01-01", dryRun: false);
        // An older and a withdrawn edition, neither of which is current.
        await PostAsync(admin, "government,sector,2021\n부산광역시,전환,999", "busan-old", "2020-01-01", dryRun: false);
        await PostAsync(admin, "government,sector,2021\n부산광역시,전환,777", "busan-wrong", "2025-06-01", dryRun: false);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("/api/inventory/editions/busan-wrong/withdraw", new { reason = "잘못 올림" })).StatusCode);

        var preview = await PostAsync(admin, "government,sector,2021,2022\n부산광역시,전환,120,100\n부산광역시,수송,50,40\n울산광역시,수송,10,10", "busan-b", "2025-09-01", dryRun: true);

        var years = preview["preview"]!.AsArray().ToDictionary(y => (int)y!["year"]!);
        Assert.Equal("busan-a", (string)preview["currentEdition"]!);
        // Ulsan has no edition: the current figures are Busan's alone, the file's are both governments'.
        Assert.Equal((180m, 150m, 30m), ((decimal)years[2021]!["grossTCo2eq"]!, (decimal)years[2021]!["currentGrossTCo2eq"]!, (decimal)years[2021]!["currentDifferenceTCo2eq"]!));
        Assert.Equal((150m, 140m, 10m), ((decimal)years[2022]!["grossTCo2eq"]!, (decimal)years[2022]!["currentGrossTCo2eq"]!, (decimal)years[2022]!["currentDifferenceTCo2eq"]!));
        Assert.Equal(-16.67m, (decimal)years[2022]!["previousYearChangePercent"]!);

        // Importing into busan-a itself compares with the edition before it, not with itself.
        var intoItself = await PostAsync(admin, "government,sector,2023\n부산광역시,전환,90", "busan-a", "2025-01-01", dryRun: true);
        Assert.Equal("busan-old", (string)intoItself["currentEdition"]!);
    }
}
