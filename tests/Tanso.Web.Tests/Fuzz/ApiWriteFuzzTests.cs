using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Tanso.Core.Access;
using Tanso.Web.Plans;
using Tanso.Web.Tests.Infrastructure;
using Tanso.Web.Tests.Reports;

namespace Tanso.Web.Tests.Fuzz;

/// <summary>
/// Every write endpoint the API documents in /openapi/v1.json (POST, PUT, PATCH, DELETE), each sent
/// <see cref="PerEndpoint"/> seeded bodies: JSON of the documented shape with hostile values, broken JSON, and
/// multipart uploads (random bytes, mutated workbooks, CSV text, bomb files). The caller holds every role, so the
/// requests reach the parsers and validators, not only the authorization check. No answer is 5xx, and a refused
/// request changes no row of any table (0 partial writes, 0 pending uploads left behind).
/// </summary>
[StartsFirst]
public sealed class ApiWriteFuzzTests
{
    public const int PerEndpoint = 20;

    /// <summary>The API documents at least this many writes; each is sent <see cref="PerEndpoint"/> bodies.</summary>
    public const int MinimumOperations = 45;

    [Fact]
    public async Task EveryDocumentedWriteEndpoint_AnswersBelow500_AndARefusalChangesNoRow()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database, [new("Community:PublicPostLimit", "1000000")]);
        var (cycleId, _) = await ReportData.BusanCycleAsync(app, 2026, submit: false, "c@busan.example");
        var busan = await People.GovernmentIdAsync(app, "26");
        var everyone = await People.CreateUserAsync(app, "all@tanso.example", [Role.SystemAdmin, Role.NationalOfficer, Role.RegionalOfficer], busan);
        // The same app again, with its errors collected, so that a failure names the exception, not only "500".
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await using var logged = app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(new ErrorCollector(errors))));
        var client = logged.CreateClient();
        client.DefaultRequestHeaders.Authorization = (await People.TokenOnlyClientAsync(app, everyone, true, busan)).DefaultRequestHeaders.Authorization;
        var document = (JsonObject)JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var routes = await RouteValuesAsync(database, busan, cycleId);
        using var rows = new RowWatch(database);
        var schemas = new SchemaGen(document);

        var operations = (from path in ((JsonObject)document["paths"]!)
                          from op in ((JsonObject)path.Value!)
                          where op.Key is "post" or "put" or "patch" or "delete"
                          select (Method: op.Key.ToUpperInvariant(), Path: path.Key, Operation: (JsonObject)op.Value!)).ToList();
        Assert.True(operations.Count >= MinimumOperations, $"only {operations.Count} write operations documented");

        var failures = new List<string>();
        foreach (var (method, path, operation) in operations)
        {
            var content = operation["requestBody"]?["content"] as JsonObject;
            var multipartSchema = content?["multipart/form-data"]?["schema"];
            var json = schemas.Json(content?["application/json"]?["schema"]);
            Gen<Func<HttpContent>> bodies = multipartSchema is not null
                ? Multipart(schemas, multipartSchema)
                : Gen.Frequency(
                    (6, json.Select(Json)),
                    (2, SchemaGen.Broken(json).Select(Json)),
                    (1, Multipart(schemas, null)));
            Gen.Select(bodies, Gen.Int[0, 9]).SampleFixed((body, junk) =>
            {
                var url = Url(path, routes, junk == 0);
                using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = body() };
                var before = rows.Before();
                HttpResponseMessage response;
                try
                {
                    response = client.SendAsync(request).GetAwaiter().GetResult();
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // The in-memory server hands an unhandled exception to the client: a 500 on a real server.
                    failures.Add($"exception {method} {url}: {e.GetType().Name}: {e.Message} — {Describe(request)}");
                    return;
                }
                using var _ = response;
                var status = (int)response.StatusCode;
                if (status >= 500)
                {
                    failures.Add($"{status} {method} {url}: {Describe(request)} — {(errors.TryDequeue(out var error) ? error : "")}");
                }
                else if (status >= 400 && rows.ChangedSince(before) is { } after)
                {
                    failures.Add($"{status} {method} {url} changed rows ({after})");
                }
            }, iter: PerEndpoint);
        }

        Assert.True(failures.Count == 0, $"{failures.Count} failures:{Environment.NewLine}{string.Join(Environment.NewLine, failures.Take(40))}");
    }

    internal sealed class ErrorCollector(System.Collections.Concurrent.ConcurrentQueue<string> errors) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (exception is not null)
            {
                errors.Enqueue($"{exception.GetType().Name}: {exception.Message} {exception.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("Tanso", StringComparison.Ordinal))?.Trim()}");
            }
        }
        public void Dispose() { }
    }

    private static Func<HttpContent> Json(string text) => () => new StringContent(text, Encoding.UTF8, "application/json");

    private static string Describe(HttpRequestMessage request) => request.Content switch
    {
        StringContent s => s.ReadAsStringAsync().GetAwaiter().GetResult() is var t && t.Length > 300 ? t[..300] + "…" : s.ReadAsStringAsync().GetAwaiter().GetResult(),
        MultipartFormDataContent m => "multipart: " + string.Join(", ", m.Select(p => $"{p.Headers.ContentDisposition?.Name}={p.Headers.ContentDisposition?.FileName} ({p.Headers.ContentLength} bytes)")),
        _ => "",
    };

    internal static readonly byte[] Workbook = PlanWorkbook.Template();

    /// <summary>A file: random bytes, a workbook with bytes changed, CSV text of numbers and marks, or a bomb.</summary>
    internal static readonly Gen<(byte[] Bytes, string Name)> File = Gen.Select(
        Gen.OneOf(
            Gen.Byte.Array[0, 400],
            Gen.Select(Gen.Int[0, Workbook.Length - 1].Array[1, 6], Gen.Byte.Array[6], (at, with) =>
            {
                var copy = (byte[])Workbook.Clone();
                for (var i = 0; i < at.Length; i++) { copy[at[i]] = with[i]; }
                return copy;
            }),
            Gen.Const(Workbook),
            Gen.String[Gen.Char["a,;\"\n 0123456789.eE+-NaN가수송"], 0, 300].Select(t => Encoding.UTF8.GetBytes("government,sector,2018,2026\n" + t)),
            Gen.Int[0, 2].Select(i => i switch { 0 => BombFiles.Dimension(), 1 => BombFiles.Deep(5_000), _ => BombFiles.Cell("NaN") })),
        Gen.Int[0, 6].Select(i => new[] { "data.xlsx", "data.csv", "evidence.pdf", "../../x.exe", "noextension", "보고서.hwp", "a.xlsx.csv" }[i]),
        (bytes, name) => (bytes, name));

    private static Gen<Func<HttpContent>> Multipart(SchemaGen schemas, JsonNode? schema)
    {
        // The fields the schema names, else the names upload endpoints use; values from the schema or hostile text.
        var names = (schema?["properties"] as JsonObject)?.Select(p => p.Key).ToArray()
            ?? ["version", "edition", "editionName", "publisher", "publishedOn", "source", "unit", "dryRun", "year", "title"];
        var text = schemas.Json(null).Array[names.Length];
        return Gen.Select(text, File.Array[0, 3], Gen.Bool, (values, files, plural) => (Func<HttpContent>)(() =>
        {
            var form = new MultipartFormDataContent();
            for (var i = 0; i < names.Length; i++)
            {
                if (names[i] is "file" or "files")
                {
                    continue;
                }
                form.Add(new StringContent(values[i].Trim('"')), names[i]);
            }
            foreach (var (bytes, name) in files)
            {
                var part = new ByteArrayContent(bytes);
                part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                form.Add(part, plural ? "files" : "file", name);
            }
            return form;
        }));
    }

    private static string Url(string path, Dictionary<string, string> routes, bool junk)
    {
        var url = new StringBuilder();
        foreach (var segment in path.Split('/'))
        {
            if (url.Length > 0 || segment.Length > 0)
            {
                url.Append('/');
            }
            if (segment.StartsWith('{'))
            {
                var name = segment.Trim('{', '}');
                var key = routes.Keys.FirstOrDefault(k => path.StartsWith(k.Split('|')[0], StringComparison.Ordinal) && k.EndsWith("|" + name, StringComparison.Ordinal));
                url.Append(junk || key is null ? "999999" : Uri.EscapeDataString(routes[key]));
            }
            else
            {
                url.Append(segment);
            }
        }
        return url.ToString();
    }

    /// <summary>Real ids for route values, keyed "path prefix|parameter", so that requests reach the handlers' checks.</summary>
    private static async Task<Dictionary<string, string>> RouteValuesAsync(TestDatabase database, int busan, int cycleId)
    {
        await using var db = database.Open();
        string S(int? i) => (i ?? 1).ToString(CultureInfo.InvariantCulture);
        var plan = await db.CheckCycles.Where(c => c.Id == cycleId).Select(c => c.PlanId).SingleAsync();
        return new()
        {
            ["/api/plans/|id"] = S(plan),
            ["/api/checks/|id"] = S(cycleId),
            ["/api/checks/|taskCode"] = "1-1",
            ["/api/checks/|opinionId"] = "1",
            ["/api/checks/|fileId"] = "1",
            ["/api/governments/|id"] = S(busan),
            ["/api/news/|number"] = S(await db.NewsPosts.Select(n => (int?)n.Number).MinAsync()),
            ["/api/practices/|id"] = S(await db.GoodPractices.Select(p => (int?)p.Id).MinAsync()),
            ["/api/campaigns/|id"] = S(await db.Campaigns.Select(p => (int?)p.Id).MinAsync()),
            ["/api/scenarios/|id"] = S(await db.Scenarios.Select(p => (int?)p.Id).MinAsync()),
            ["/api/feedback/|id"] = S(await db.PlanFeedback.Select(p => (int?)p.Id).MinAsync()),
            ["/api/national/figures/|id"] = S(await db.OfficialFigures.Select(p => (int?)p.Id).MinAsync()),
            ["/api/inventory/editions/|code"] = "no-such-edition",
        };
    }
}
