using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Tanso.Core.Access;
using Tanso.Data;
using Tanso.Data.Inventory;
using Tanso.Web.Tests.Community;
using Tanso.Web.Tests.Infrastructure;
using Tanso.Web.Tests.Inventory;
using Tanso.Web.Tests.Reports;

namespace Tanso.Web.Tests.Fuzz;

/// <summary>
/// When the client goes away, the work stops: an upload cut off halfway ends its request (the request's abort token
/// reaches the form reader) and leaves nothing behind, and an import whose caller cancels halfway through the file stops
/// reading and writing there (the token reaches the row reader and the writer) and writes nothing.
/// </summary>
public sealed class ClientGoneTests
{
    /// <summary>A long-layout inventory of Busan with <paramref name="rows"/> distinct lines (values are made up).</summary>
    private static byte[] BusanInventory(int rows)
    {
        var text = new StringBuilder("government,sector,sub_sector,gas,year,value_tco2eq\n");
        string[] sectors = ["전환", "산업", "건물", "수송", "농축수산", "폐기물"];
        for (var i = 0; i < rows; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"부산광역시,{sectors[i % sectors.Length]},세부{i / sectors.Length % 500},CO2eq,{2022 - (i / (sectors.Length * 500))},{i % 997}.5\n");
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The file as a stream that cancels its reader's token once half of it has been read.</summary>
    private sealed class CancelsHalfway(byte[] content, CancellationTokenSource caller) : MemoryStream(content)
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            if (Position > Length / 2)
            {
                caller.Cancel();
            }
            return base.Read(buffer, offset, count);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AnImportWhoseCallerGoesHalfwayThroughTheFile_StopsThere_AndWritesNothing(bool dryRun)
    {
        await using var database = TestDatabase.Create();
        var content = BusanInventory(30_000);
        using var caller = new CancellationTokenSource();
        int entries;
        await using (var db = database.Open())
        {
            entries = await db.InventoryEntries.CountAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => InventoryImporter.RunAsync(db, "busan.csv", new CancelsHalfway(content, caller),
                ImportFiles.NewEdition("busan-gone"), new ImportOptions(), _ => true, dryRun, null, caller.Token));
        }

        Assert.True(caller.IsCancellationRequested);
        await using var after = database.Open();
        Assert.False(await after.InventoryEditions.AnyAsync(e => e.Code == "busan-gone"));
        Assert.Equal(entries, await after.InventoryEntries.CountAsync());
    }

    [Theory]
    [InlineData("web preview")]
    [InlineData("api import")]
    [InlineData("evidence")]
    public async Task AnUploadCutOffHalfwayByItsClient_EndsItsRequest_AndLeavesNothingBehind(string path)
    {
        await using var database = TestDatabase.Create();
        await using var setup = new TansoApp(database);
        var (cycleId, _) = await ReportData.BusanCycleAsync(setup, 2026, submit: false, "c@busan.example");
        var busan = await People.GovernmentIdAsync(setup, "26");
        var officer = await People.CreateUserAsync(setup, "o@busan.example", [Role.RegionalOfficer], busan);
        var finished = new SemaphoreSlim(0);
        await using var app = setup.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(new RequestsFinished(finished)).AddFilter<RequestsFinished>("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Information)));
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var (url, fields) = path switch
        {
            "web preview" => ("/inventory/import?handler=Preview", new Dictionary<string, string> { ["Edition"] = "busan-gone", ["Unit"] = "t" }),
            "api import" => ("/api/inventory/imports", new() { ["edition"] = "busan-gone", ["unit"] = "t" }),
            _ => ($"/api/checks/{cycleId}/tasks/1-1/evidence", new()),
        };
        if (path == "web preview")
        {
            Assert.Equal(HttpStatusCode.Redirect, (await People.SignInAsync(client, "o@busan.example", People.Password)).StatusCode);
            fields["__RequestVerificationToken"] = await client.FormTokenAsync("/inventory/import");
        }
        else
        {
            client.DefaultRequestHeaders.Authorization = (await People.TokenOnlyClientAsync(setup, officer, true, busan)).DefaultRequestHeaders.Authorization;
        }
        while (finished.CurrentCount > 0)
        {
            await finished.WaitAsync();
        }
        var halfSent = new TaskCompletionSource();
        var body = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            body.Add(new StringContent(value), name);
        }
        body.Add(new HalfSentContent(BusanInventory(20_000), halfSent), path == "evidence" ? "files" : "file", path == "evidence" ? "evidence.csv" : "busan.csv");
        using var gone = new CancellationTokenSource();

        var sending = client.PostAsync(url, body, gone.Token);
        await halfSent.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await gone.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);

        Assert.True(await finished.WaitAsync(TimeSpan.FromSeconds(10)), "the server was still working 10 s after its client went away");
        await using var db = database.Open();
        Assert.Equal(0, await db.PendingUploads.CountAsync());
        Assert.Equal(0, await db.EvidenceFiles.CountAsync());
        Assert.False(await db.InventoryEditions.AnyAsync(e => e.Code == "busan-gone"));
    }

    /// <summary>A file part that sends half of its bytes, then waits for its client to give up.</summary>
    private sealed class HalfSentContent(byte[] content, TaskCompletionSource halfSent) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            await stream.WriteAsync(content.AsMemory(0, content.Length / 2), cancellationToken);
            await stream.FlushAsync(cancellationToken);
            halfSent.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = content.Length;
            return true;
        }
    }

    /// <summary>Counts the requests the server has finished (ASP.NET Core's "Request finished" log).</summary>
    private sealed class RequestsFinished(SemaphoreSlim finished) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => categoryName == "Microsoft.AspNetCore.Hosting.Diagnostics" ? this : NullLogger.Instance;
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id == 2)
            {
                finished.Release();
            }
        }
        public void Dispose() { }
    }

    private sealed class NullLogger : ILogger
    {
        public static readonly NullLogger Instance = new();
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => false;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) { }
    }
}
