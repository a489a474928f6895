using System.Text.Json;
using System.Text.Json.Nodes;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Site;

/// <summary>
/// The API's contract is committed as docs/openapi.json: a change to any route, schema or response shows up in review
/// as a diff of that file. When the change is meant, run the tests with TANSO_UPDATE_OPENAPI=1 and commit the file.
/// Every operation declares what it answers on success, and every write what it answers when it refuses.
/// </summary>
// Engine "Any": the document is built from the endpoints' metadata; no query runs.
[Trait("Engine", "Any")]
public sealed class OpenApiContractTests(SeededApp seeded) : IClassFixture<SeededApp>
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private async Task<JsonObject> DocumentAsync()
    {
        var document = (JsonObject)JsonNode.Parse(await seeded.App.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        document.Remove("servers"); // the test server's address, not part of the contract
        return document;
    }

    private static string Committed => Path.Combine(RepositoryRoot(), "docs", "openapi.json");

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Tanso.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("Tanso.slnx not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public async Task TheServedDocument_EqualsTheCommittedContract()
    {
        var served = (await DocumentAsync()).ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
        if (Environment.GetEnvironmentVariable("TANSO_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(Committed, served);
        }

        var committed = (await File.ReadAllTextAsync(Committed)).ReplaceLineEndings("\n");

        if (served != committed)
        {
            var servedLines = served.Split('\n');
            var committedLines = committed.Split('\n');
            var first = Enumerable.Range(0, Math.Min(servedLines.Length, committedLines.Length)).FirstOrDefault(i => servedLines[i] != committedLines[i], Math.Min(servedLines.Length, committedLines.Length));
            Assert.Fail($"/openapi/v1.json differs from docs/openapi.json from line {first + 1}:\n  committed: {committedLines.ElementAtOrDefault(first)}\n  served:    {servedLines.ElementAtOrDefault(first)}\n" +
                "If the change is meant, run the tests with TANSO_UPDATE_OPENAPI=1 and commit docs/openapi.json.");
        }
    }

    [Fact]
    public async Task EveryOperation_DeclaresItsSuccess_AndEveryWrite_ItsRefusals()
    {
        var document = await DocumentAsync();
        var untyped = new List<string>();
        var unrefused = new List<string>();
        foreach (var (path, item) in (JsonObject)document["paths"]!)
        {
            foreach (var (method, node) in (JsonObject)item!)
            {
                if (method is not ("get" or "post" or "put" or "patch" or "delete"))
                {
                    continue;
                }
                var responses = (JsonObject)node!["responses"]!;
                var success = responses.Where(r => r.Key.StartsWith('2')).ToList();
                if (!success.Any(r => r.Key == "204" || r.Value?["content"] is JsonObject { Count: > 0 }))
                {
                    untyped.Add($"{method.ToUpperInvariant()} {path}");
                }
                if (method != "get" && !responses.Any(r => r.Key.StartsWith('4')))
                {
                    unrefused.Add($"{method.ToUpperInvariant()} {path}");
                }
            }
        }

        Assert.True(untyped.Count == 0, $"{untyped.Count} operations declare no success body:\n" + string.Join('\n', untyped));
        Assert.True(unrefused.Count == 0, $"{unrefused.Count} writes declare no refusal:\n" + string.Join('\n', unrefused));
    }
}
