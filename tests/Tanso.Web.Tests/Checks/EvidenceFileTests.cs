using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Core.Checks;
using Tanso.Core.Plans;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Checks;

/// <summary>Evidence files (증빙 파일) of a cycle's progress report: uploaded by the government's editors while
/// reporting, downloaded by signed-in viewers, named (never served) to the public once published.</summary>
public sealed partial class EvidenceFileTests
{
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

    /// <summary>A Busan plan (approved) with task 1-1, area 1 and a cycle for 2025 in reporting, and the people around it.</summary>
    private sealed class World : IAsyncDisposable
    {
        public TestDatabase Database { get; } = TestDatabase.Create();
        public TansoApp App { get; private set; } = null!;
        public int Busan { get; private set; }
        public int PlanId { get; private set; }
        public int CycleId { get; private set; }
        public HttpClient Officer { get; private set; } = null!;

        public static async Task<World> CreateAsync()
        {
            var world = new World();
            world.App = new TansoApp(world.Database);
            world.Busan = await People.GovernmentIdAsync(world.App, "26");
            world.Officer = await People.ClientWithTokenAsync(world.App, await People.CreateUserAsync(world.App, "officer@busan.example", [Role.RegionalOfficer], world.Busan), true, world.Busan);
            await using var db = world.Database.Open();
            var plan = new Plan(world.Busan, "증빙 시험 계획", 2024, 2033, 2018, new Tanso.Core.Quantities.TonnesCo2e(1_000_000m), "evidence test");
            plan.AddTask(new PlanTask(TaskLevel.Area, "1", "수송", "교통국", null, 2024, 2030)).OrThrow();
            plan.AddTask(new PlanTask(TaskLevel.Task, "1-1", "전기버스 보급", "교통국", null, 2024, 2030)).OrThrow();
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            plan.StartLineage();
            Tanso.Data.Seeding.SampleReview.Approve(plan, new DateTime(2025, 3, 2, 0, 0, 0, DateTimeKind.Utc));
            var cycle = new CheckCycle(plan.Id, world.Busan, CheckPeriod.OfYear(2025));
            cycle.MoveTo(CheckStage.Reporting);
            db.CheckCycles.Add(cycle);
            await db.SaveChangesAsync();
            (world.PlanId, world.CycleId) = (plan.Id, cycle.Id);
            return world;
        }

        public string Api => $"/api/checks/{CycleId}";

        public async Task<int> FilesSavedAsync()
        {
            await using var db = Database.Open();
            return await db.EvidenceFiles.CountAsync(f => f.CycleId == CycleId);
        }

        /// <summary>Takes the cycle to publication directly (the result workflow is tested elsewhere).</summary>
        public async Task PublishAsync()
        {
            await using var db = Database.Open();
            var cycle = await db.CheckCycles.SingleAsync(c => c.Id == CycleId);
            foreach (var stage in new[] { CheckStage.Evaluation, CheckStage.CommitteeReview, CheckStage.Published })
            {
                Assert.True(cycle.MoveTo(stage).Allowed);
            }
            await db.SaveChangesAsync();
        }

        public async ValueTask DisposeAsync()
        {
            await App.DisposeAsync();
            await Database.DisposeAsync();
        }
    }

    private static MultipartFormDataContent Files(params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            form.Add(new ByteArrayContent(bytes), "files", name);
        }
        return form;
    }

    private static async Task<string> ErrorsOf(HttpResponseMessage response) =>
        string.Join("\n", (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().SelectMany(e => e.Value!.AsArray().Select(m => (string)m!)));

    [Fact]
    public async Task AnEditorUploadsTwoFiles_TheyAreListedAndDownloadWithTheSameBytesAndKoreanName()
    {
        await using var world = await World.CreateAsync();

        var uploaded = await world.Officer.PostAsync($"{world.Api}/tasks/1-1/evidence", Files(("2025년 실적 증빙.pdf", Pdf), ("현장 사진.png", Png)));

        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        var list = (await world.Officer.GetFromJsonAsync<JsonObject>($"{world.Api}/evidence"))!;
        var task = list["tasks"]!.AsArray().Single(t => (string)t!["taskCode"]! == "1-1")!;
        Assert.Equal(["2025년 실적 증빙.pdf", "현장 사진.png"], task["files"]!.AsArray().Select(f => (string)f!["fileName"]!));
        Assert.Equal(Pdf.Length, (long)task["files"]![0]!["length"]!);
        Assert.Equal("officer", (string)task["files"]![0]!["uploadedBy"]!);
        Assert.DoesNotContain(list["tasks"]!.AsArray(), t => (string)t!["taskCode"]! == "1"); // areas are not reported on

        var download = await world.Officer.GetAsync((string)task["files"]![0]!["url"]!);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("2025년 실적 증빙.pdf", download.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(download.Headers.CacheControl!.NoStore); // a private file: no browser or proxy keeps a copy
        var image = await world.Officer.GetAsync((string)task["files"]![1]!["url"]!);
        Assert.Equal(Png, await image.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/png", image.Content.Headers.ContentType!.MediaType);

        // The cycle's evaluation lists each task's files too.
        var cycle = (await world.Officer.GetFromJsonAsync<JsonObject>(world.Api))!;
        var scored = cycle["evaluation"]!["tasks"]!.AsArray().Single(t => (string)t!["code"]! == "1-1")!;
        Assert.Equal(2, scored["evidenceFiles"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("위조.pdf", "내용이 .pdf 파일이 아닙니다")]
    [InlineData("실행파일.exe", "첨부할 수 없는 형식입니다")]
    [InlineData("너무 큰 파일.pdf", "10MB 이하여야 합니다")]
    public async Task OneBadFileInABatch_RefusesTheWholeBatch_NamingTheFile(string badName, string why)
    {
        await using var world = await World.CreateAsync();
        var bad = why.Contains("10MB", StringComparison.Ordinal) ? [.. Pdf, .. new byte[10 * 1024 * 1024]] : "MZ this is no document"u8.ToArray();

        var refused = await world.Officer.PostAsync($"{world.Api}/tasks/1-1/evidence", Files(("좋은 증빙.pdf", Pdf), (badName, bad)));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = await ErrorsOf(refused);
        Assert.Contains(badName, errors, StringComparison.Ordinal);
        Assert.Contains(why, errors, StringComparison.Ordinal);
        Assert.DoesNotContain("좋은 증빙", errors, StringComparison.Ordinal);
        Assert.Equal(0, await world.FilesSavedAsync());
    }

    [Fact]
    public async Task ATaskHoldsAtMostTenFiles_AndABatchThatWouldPassThatSavesNothing()
    {
        await using var world = await World.CreateAsync();
        Assert.Equal(HttpStatusCode.OK, (await world.Officer.PostAsync($"{world.Api}/tasks/1-1/evidence", Files([.. Enumerable.Range(1, 8).Select(i => ($"증빙 {i}.pdf", Pdf))]))).StatusCode);

        var refused = await world.Officer.PostAsync($"{world.Api}/tasks/1-1/evidence", Files(("증빙 9.pdf", Pdf), ("증빙 10.pdf", Pdf), ("증빙 11.pdf", Pdf)));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("한 과제의 증빙 파일은 10개까지입니다", await ErrorsOf(refused), StringComparison.Ordinal);
        Assert.Equal(8, await world.FilesSavedAsync());
    }

    [Fact]
    public async Task OnlyTheGovernmentsEditorsUpload_NotAnotherGovernment_NorAReadOnlyToken_NorTheAnonymous()
    {
        await using var world = await World.CreateAsync();
        var daegu = await People.GovernmentIdAsync(world.App, "27");
        var other = await People.ClientWithTokenAsync(world.App, await People.CreateUserAsync(world.App, "officer@daegu.example", [Role.RegionalOfficer], daegu), true, daegu);
        var readOnly = await People.ClientWithTokenAsync(world.App, await People.CreateUserAsync(world.App, "reader@busan.example", [Role.RegionalOfficer], world.Busan), false, world.Busan);
        var national = await People.ClientWithTokenAsync(world.App, await People.CreateUserAsync(world.App, "national@me.example", [Role.NationalOfficer]), true);
        var anonymous = world.App.CreateRawClient();
        var url = $"{world.Api}/tasks/1-1/evidence";

        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync(url, Files(("증빙.pdf", Pdf)))).StatusCode); // Daegu does not see Busan's unpublished check
        Assert.Equal(HttpStatusCode.Forbidden, (await readOnly.PostAsync(url, Files(("증빙.pdf", Pdf)))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await national.PostAsync(url, Files(("증빙.pdf", Pdf)))).StatusCode); // national staff see, the government reports
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync(url, Files(("증빙.pdf", Pdf)))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Officer.PostAsync($"{world.Api}/tasks/1/evidence", Files(("증빙.pdf", Pdf)))).StatusCode); // an area
        Assert.Equal(0, await world.FilesSavedAsync());

        // The read-only token still reads: it lists and downloads.
        Assert.Equal(HttpStatusCode.OK, (await world.Officer.PostAsync(url, Files(("증빙.pdf", Pdf)))).StatusCode);
        var file = (await readOnly.GetFromJsonAsync<JsonObject>($"{world.Api}/evidence"))!["tasks"]![0]!["files"]![0]!;
        Assert.Equal(Pdf, await readOnly.GetByteArrayAsync((string)file["url"]!));
        Assert.Equal(HttpStatusCode.Forbidden, (await readOnly.DeleteAsync((string)file["url"]!)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync((string)file["url"]!)).StatusCode);
        Assert.Equal(1, await world.FilesSavedAsync());
    }

    [Fact]
    public async Task TheAnonymousNeverDownload_EvenOncePublished_ButThePageAndTheReportNameTheFile()
    {
        await using var world = await World.CreateAsync();
        var uploaded = await world.Officer.PostAsync($"{world.Api}/tasks/1-1/evidence", Files(("내부 결재문서.pdf", Pdf)));
        var url = (string)(await uploaded.Content.ReadFromJsonAsync<JsonObject>())!["files"]![0]!["url"]!;
        var anonymous = world.App.CreateRawClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"{world.Api}/evidence")).StatusCode); // not yet public at all

        await world.PublishAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(url)).StatusCode);
        var list = (await anonymous.GetFromJsonAsync<JsonObject>($"{world.Api}/evidence"))!;
        Assert.False((bool)list["canDownload"]!);
        Assert.Equal("내부 결재문서.pdf", (string)list["tasks"]![0]!["files"]![0]!["fileName"]!);
        var page = await anonymous.GetStringAsync($"/checks/{world.CycleId}/evidence");
        Assert.Contains("내부 결재문서.pdf", page, StringComparison.Ordinal);
        Assert.DoesNotContain(url, page, StringComparison.Ordinal);
        var report = await anonymous.GetStringAsync($"/checks/{world.CycleId}/report");
        Assert.Contains("내부 결재문서.pdf", report, StringComparison.Ordinal);
        Assert.DoesNotContain(url, report, StringComparison.Ordinal);
        Assert.Equal(Pdf, await world.Officer.GetByteArrayAsync(url)); // the government still downloads its own

        // Once published, another government's officer sees the check, so downloads its evidence, but never changes it.
        var daegu = await People.GovernmentIdAsync(world.App, "27");
        var other = await People.ClientWithTokenAsync(world.App, await People.CreateUserAsync(world.App, "officer@daegu.example", [Role.RegionalOfficer], daegu), true, daegu);
        Assert.Equal(Pdf, await other.GetByteArrayAsync(url));
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsync($"{world.Api}/tasks/1-1/evidence", Files(("남의 증빙.pdf", Pdf)))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.DeleteAsync(url)).StatusCode);
    }

    [Fact]
    public async Task UploadsAndRemovals_AreRefusedOnceReportingHasEnded()
    {
        await using var world = await World.CreateAsync();
        var uploaded = await world.Officer.PostAsync($"{world.Api}/tasks/1-1/evidence", Files(("증빙.pdf", Pdf)));
        var url = (string)(await uploaded.Content.ReadFromJsonAsync<JsonObject>())!["files"]![0]!["url"]!;
        var version = (int)(await world.Officer.GetFromJsonAsync<JsonObject>(world.Api))!["cycle"]!["version"]!;
        Assert.Equal(HttpStatusCode.OK, (await world.Officer.PostAsJsonAsync($"{world.Api}/transitions", new { version })).StatusCode); // to 점검·평가

        var late = await world.Officer.PostAsync($"{world.Api}/tasks/1-1/evidence", Files(("늦은 증빙.pdf", Pdf)));
        var removal = await world.Officer.DeleteAsync(url);

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("증빙 파일을 올리거나 지울 수 없습니다", (string)(await late.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, removal.StatusCode);
        Assert.Equal(1, await world.FilesSavedAsync());
        Assert.Equal(Pdf, await world.Officer.GetByteArrayAsync(url));
    }

    [Fact]
    public async Task AnEditorRemovesAFile_AndTheAuditShowsWhoUploadedAndRemovedIt_WithoutItsBytes()
    {
        await using var world = await World.CreateAsync();
        var uploaded = await world.Officer.PostAsync($"{world.Api}/tasks/1-1/evidence", Files(("회의록.pdf", Pdf)));
        var file = (await uploaded.Content.ReadFromJsonAsync<JsonObject>())!["files"]![0]!;

        Assert.Equal(HttpStatusCode.NoContent, (await world.Officer.DeleteAsync((string)file["url"]!)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await world.Officer.GetAsync((string)file["url"]!)).StatusCode);
        Assert.Equal(0, await world.FilesSavedAsync());
        await using var db = world.Database.Open();
        Assert.Equal(0, await db.EvidenceFileContents.CountAsync()); // the bytes went with the file
        var trail = await db.AuditEntries.Where(e => e.EntityType == "EvidenceFile" || e.EntityType == "EvidenceFileContent").OrderBy(e => e.Id).ToListAsync();
        Assert.Contains(trail, e => e.EntityType == "EvidenceFile" && e.Action == "insert" && e.After!.Contains("회의록.pdf", StringComparison.Ordinal) && e.ActorName == "officer");
        Assert.Contains(trail, e => e.EntityType == "EvidenceFile" && e.Action == "delete" && e.EntityId == $"{(int)file["id"]!}" && e.ActorName == "officer");
        Assert.Contains(trail, e => e.EntityType == "EvidenceFileContent" && e.After!.Contains($"{Pdf.Length} bytes", StringComparison.Ordinal));
    }
}
