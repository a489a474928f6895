using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tanso.Core;
using Tanso.Core.Figures;
using Tanso.Core.Governments;
using Tanso.Core.Inventory;

namespace Tanso.Data.Inventory;

/// <summary>The edition an import goes into: an existing one by code, or a new one described in full.</summary>
public sealed record EditionSpec(string Code, string? NameKo = null, string? NameEn = null, string? Publisher = null,
    DateOnly? PublishedOn = null, string? MethodNote = null, string? Source = null, IpccGuidelines Guidelines = IpccGuidelines.Unknown, bool? Provisional = null);

/// <summary>The texts of <see cref="EditionSpec"/>s that are longer than an edition or a pending upload keeps.</summary>
public static class EditionSpecs
{
    /// <summary>Too-long texts by field: code, name, nameEn, publisher, methodNote, source.</summary>
    public static IEnumerable<Problem> TextProblems(this EditionSpec spec) =>
        InventoryEdition.TextProblems(spec.Code, spec.NameKo, spec.NameEn, spec.Publisher, spec.MethodNote, spec.Source);
}

/// <summary>What an import did: the report (totals, warnings, problems), the edition, and whether it was written.</summary>
public sealed record ImportResult(ImportReport Report, InventoryEdition? Edition, bool EditionIsNew, bool Committed)
{
    /// <summary>Every problem, file and edition alike.</summary>
    public IReadOnlyList<ImportProblem> Problems => Report.Problems;
}

/// <summary>
/// Imports an inventory file all or nothing, reading it once as it streams: rows are checked and written in
/// the same pass inside one transaction (on SQLite by the reading thread itself; on PostgreSQL a reading thread
/// hands batches to the COPY), and the
/// transaction is rolled back if a single problem turns up. A dry run only reads and reports.
/// Callable from seeding code as from the web and the CLI.
/// </summary>
public static class InventoryImporter
{
    private const int Batch = 4096;

    public static Task<ImportResult> RunAsync(TansoDb db, string fileName, byte[] content, EditionSpec spec, ImportOptions options,
        Func<Government, bool> mayWrite, bool dryRun, IProgress<int>? progress = null, CancellationToken ct = default) =>
        RunAsync(db, fileName, new MemoryStream(content, writable: false), spec, options, mayWrite, dryRun, progress, ct);

    /// <param name="content">The file; a seekable stream (a file, or the upload held in memory).</param>
    public static async Task<ImportResult> RunAsync(TansoDb db, string fileName, Stream content, EditionSpec spec, ImportOptions options,
        Func<Government, bool> mayWrite, bool dryRun, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var (edition, isNew, editionProblems) = await EditionResolver.ResolveAsync(db, fileName, spec, ct);
        RawTable raw;
        try
        {
            raw = TabularReader.ReadRaw(fileName, content);
        }
        catch (InvalidDataException e)
        {
            var failed = new ImportReport(fileName, "unreadable");
            failed.Problems.AddRange(editionProblems);
            failed.Problems.Add(new ImportProblem(fileName, 0, "-", e.Message, "파일을 표로 읽을 수 없습니다: " + e.Message));
            return new ImportResult(failed, edition, isNew, false);
        }
        var report = new ImportReport(raw.Location, raw.Format);
        report.Problems.AddRange(editionProblems);
        using var rows = Readable(raw.Rows, report).GetEnumerator();
        var head = new List<(int Row, string[] Cells)>();
        while (head.Count < SheetLayout.Scan && rows.MoveNext())
        {
            head.Add(rows.Current);
        }
        report.Head = head;
        var (layout, layoutProblems) = SheetLayout.Detect(raw.Location, head, options);
        report.Layout = layout;
        report.Problems.AddRange(layoutProblems);
        if (layout is null)
        {
            return new ImportResult(report, edition, isNew, false);
        }
        var unit = ResolveUnit(report, layout, options);
        CheckColumns(report, layout, options);
        if (unit is null || report.Problems.Count > layoutProblems.Count + editionProblems.Count || layoutProblems.Count > 0)
        {
            return new ImportResult(report, edition, isNew, false);
        }
        var context = new ReadContext(isNew || edition is null ? 0 : edition.Id, edition?.Guidelines ?? spec.Guidelines, await GovernmentDirectory.LoadAsync(db, ct), mayWrite,
            await ExistingKeysAsync(db, edition, isNew, ct), new SectorMapping(await db.SectorAliases.AsNoTracking().ToListAsync(ct), options.Numbering), options);
        var reader = new InventoryRowReader(context, report, layout, unit);
        var body = head.Concat(Rest(rows, ct));
        if (dryRun || edition is null || report.Problems.Count > 0)
        {
            reader.Read(body, _ => { });
            return new ImportResult(report, edition, isNew, false);
        }

        // Seeding imports inside its own transaction: join it (the caller commits or rolls back everything).
        var joined = db.Database.CurrentTransaction is not null;
        await using var references = await ImportReferences.SuspendAsync(db, ct);
        await using var tx = joined ? null : await db.Database.BeginTransactionAsync(ct);
        var governmentIds = new HashSet<int>();
        if (isNew)
        {
            db.InventoryEditions.Add(edition);
            await db.SaveChangesAsync(ct);
        }
        if (await InventoryWriter.OpenSqliteAsync(db, edition.Id, ct) is { } inserter)
        {
            // SQLite: this thread writes while a reading thread reads and checks the next rows — on two cores the write
            // (most of an import) no longer waits for the reading (bench: inventory-import).
            using (inserter)
            {
                var (n, lastGovernment) = (0, 0);
                await ReadAlongsideAsync(reader, body, entries =>
                {
                    foreach (var e in entries)
                    {
                        inserter.Add(e);
                        if (e.GovernmentId != lastGovernment)
                        {
                            governmentIds.Add(lastGovernment = e.GovernmentId);
                        }
                        if (++n % 10_000 == 0)
                        {
                            progress?.Report(n);
                            ct.ThrowIfCancellationRequested();
                        }
                    }
                    progress?.Report(n);
                    return Task.CompletedTask;
                }, ct);
            }
        }
        else
        {
            // PostgreSQL: the binary COPY writes while the next batch is read.
            await ReadAlongsideAsync(reader, body, entries => InventoryWriter.InsertAsync(db, entries, progress, ct, edition.Id), ct);
        }
        if (!report.IsValid)
        {
            if (tx is null)
            {
                throw new InvalidDataException($"{fileName}: {report.Problems.Count} problem(s), first: {report.Problems[0]}; the caller's transaction must be rolled back");
            }
            await tx.RollbackAsync(ct);
            return new ImportResult(report, edition, isNew, false);
        }
        if (references is not null)
        {
            governmentIds.UnionWith(report.ReportedLines.Select(l => l.GovernmentId));
            await references.VerifyAsync(edition.Id, governmentIds, ct);
        }
        // The file's own total and net lines, in bulk like its entries (689 lines for the two GIR series: through the change
        // tracker, with an audit row each, they took 0.7 s of a first start); one audit event for the set.
        await BulkRows.InsertAsync(db, report.ReportedLines.Select(l => l with { EditionId = edition.Id }).ToList(), fileName, ct,
            edition.Id.ToString(CultureInfo.InvariantCulture), "import");
        db.InventoryImports.Add(new InventoryImport
        {
            EditionId = edition.Id, FileName = fileName, Format = $"{report.Format}, {layout.Name}, {unit.NameKo}", Entries = report.Entries,
            ImportedUtc = db.Clock.GetUtcNow().UtcDateTime,
        });
        if (isNew && spec.Provisional is null && report.AllProvisional)
        {
            db.Entry(edition).Property(e => e.IsProvisional).CurrentValue = true;
        }
        await db.SaveChangesAsync(ct);
        if (tx is not null)
        {
            await tx.CommitAsync(ct);
        }
        return new ImportResult(report, edition, isNew, true);
    }

    // A reading thread reads and checks the rows and hands them over in batches; the caller writes them as they come.
    private static async Task ReadAlongsideAsync(InventoryRowReader reader, IEnumerable<(int, string[])> body, Func<IEnumerable<InventoryEntry>, Task> write, CancellationToken ct)
    {
        var report = reader.Report;
        using (var batches = new BlockingCollection<InventoryEntry[]>(boundedCapacity: 4))
        {
            var reading = Task.Run(() =>
            {
                try
                {
                    var batch = new List<InventoryEntry>(Batch);
                    reader.Read(body, e =>
                    {
                        batch.Add(e);
                        if (batch.Count == Batch)
                        {
                            batches.Add([.. batch], ct);
                            batch.Clear();
                        }
                    });
                    if (batch.Count > 0 && report.Problems.Count == 0)
                    {
                        batches.Add([.. batch], ct);
                    }
                }
                finally
                {
                    batches.CompleteAdding();
                }
            }, ct);
            try
            {
                await write(batches.GetConsumingEnumerable(ct).SelectMany(b => b));
            }
            finally
            {
                // Let the reader finish (or fail) before the transaction goes; drain what it still adds.
                while (!reading.IsCompleted)
                {
                    batches.TryTake(out _, 50, CancellationToken.None);
                }
            }
            await reading;
        }
    }

    // Every row read checks the request's abort token: a preview or import stops when its client has gone.
    // The rows are read lazily: a cell the reader refuses (TabularReader.Refused) or a workbook that breaks part-way
    // (InvalidDataException) ends them as a problem of the report, naming the row and column where it can, instead of
    // an exception out of the import (which the page could only show as an unreadable request).
    private static IEnumerable<(int Row, string[] Cells)> Readable(IEnumerable<(int Row, string[] Cells)> rows, ImportReport report)
    {
        using var e = rows.GetEnumerator();
        while (true)
        {
            try
            {
                if (!e.MoveNext())
                {
                    yield break;
                }
            }
            catch (InvalidDataException x)
            {
                report.Problems.Add(x.Data["row"] is int row && x.Data["column"] is string column
                    ? new ImportProblem(report.Location, row, column, (string)x.Data["reason"]!, (string)x.Data["reasonKo"]!)
                    : new ImportProblem(report.Location, 0, "-", x.Message, "파일을 끝까지 표로 읽을 수 없습니다: " + x.Message));
                yield break;
            }
            yield return e.Current;
        }
    }

    private static IEnumerable<(int, string[])> Rest(IEnumerator<(int, string[])> rows, CancellationToken ct)
    {
        while (rows.MoveNext())
        {
            ct.ThrowIfCancellationRequested();
            yield return rows.Current;
        }
    }

    private static EmissionUnit? ResolveUnit(ImportReport report, SheetLayout layout, ImportOptions options)
    {
        var chosen = string.IsNullOrWhiteSpace(options.Unit) ? null : EmissionUnit.All.FirstOrDefault(u => u.Code == options.Unit.Trim()) ?? EmissionUnit.Find(options.Unit);
        if (!string.IsNullOrWhiteSpace(options.Unit) && chosen is null)
        {
            report.Problems.Add(new ImportProblem(report.Location, 0, "unit", $"unknown unit '{options.Unit}': choose t, kt, 10kt or Mt", $"알 수 없는 단위 '{options.Unit}': t, kt, 10kt, Mt 중에서 고르십시오"));
            return null;
        }
        if (layout.FileUnit is { } file && chosen is not null && chosen != file)
        {
            report.Problems.Add(new ImportProblem(report.Location, layout.HeaderRow, "unit", $"the file says its unit is {file.NameKo} ({layout.UnitSource}), but {chosen.NameKo} was chosen",
                $"파일에 단위가 {file.NameKo}({layout.UnitSource})로 적혀 있는데 {chosen.NameKo}을(를) 골랐습니다"));
            return null;
        }
        report.Unit = layout.FileUnit ?? chosen ?? (layout.Find(ColumnRole.Unit) is not null ? EmissionUnit.Tonnes1 : null);
        if (report.Unit is null)
        {
            report.NeedsUnit = true;
            report.Problems.Add(new ImportProblem(report.Location, layout.HeaderRow, "unit",
                "the file does not say its unit: choose it (tCO2eq, 천톤CO2eq = kt = Gg, 만톤, 백만톤 = Mt); nothing is assumed",
                "파일에 단위가 없습니다: 단위를 고르십시오(tCO2eq, 천톤CO2eq = kt = Gg, 만톤, 백만톤 = Mt). 짐작하지 않습니다"));
        }
        return report.Unit;
    }

    private static void CheckColumns(ImportReport report, SheetLayout layout, ImportOptions options)
    {
        void Problem(string en, string ko) => report.Problems.Add(new ImportProblem(report.Location, layout.HeaderRow, "-", en, ko));
        if (layout.Find(ColumnRole.Sector) is null && layout.Find(ColumnRole.SubSector) is null)
        {
            Problem("no sector column: name one '부문' or 'sector' (구분, 항목 work too)", "부문 열이 없습니다: 머리글을 '부문' 또는 'sector'로 적어 주십시오(구분, 항목도 됩니다)");
        }
        var wide = layout.Columns.Any(c => c.Role == ColumnRole.YearValue);
        if (!wide && (layout.Find(ColumnRole.Year) is null || layout.Find(ColumnRole.Value) is null))
        {
            Problem("no year data: give 'year' and 'value' columns (long layout, 연도/배출량) or one column per year such as '2018' or '2024(잠정)' (wide layout)",
                "연도별 값이 없습니다: '연도'와 '배출량' 열(세로형)이나 '2018', '2024(잠정)'처럼 연도마다 한 열(가로형)을 두십시오");
        }
        if (wide && layout.Find(ColumnRole.Value) is { } value)
        {
            Problem($"column {value.Name} is a value column beside year columns: ignore it or remove it", $"{value.Name} 열은 연도 열 옆의 값 열입니다: 제외로 지정하거나 지우십시오");
        }
        if (!ImportOptions.Numberings.Contains(options.Numbering))
        {
            Problem($"unknown numbering '{options.Numbering}': nir, ipcc1996 or ipcc2006", $"알 수 없는 코드 체계 '{options.Numbering}': nir, ipcc1996, ipcc2006 중 하나입니다");
        }
        foreach (var y in layout.Columns.Where(c => c.Role == ColumnRole.YearValue && !c.Year!.Value.InRange))
        {
            report.Problems.Add(new ImportProblem(report.Location, layout.HeaderRow, y.Name, $"year {y.Year!.Value.Year} is out of range (1990–2100)", $"연도 {y.Year!.Value.Year}은(는) 범위(1990–2100) 밖입니다"));
        }
    }

    private static async Task<IReadOnlySet<(int, string, string, Gas, int)>> ExistingKeysAsync(TansoDb db, InventoryEdition? edition, bool isNew, CancellationToken ct) =>
        edition is null || isNew
            ? new HashSet<(int, string, string, Gas, int)>()
            : (await db.InventoryEntries.AsNoTracking().Where(e => e.EditionId == edition.Id)
                .Select(e => new { e.GovernmentId, e.Sector, e.SubSector, e.Gas, e.Year }).ToListAsync(ct))
                .Select(e => (e.GovernmentId, e.Sector.Value, e.SubSector, e.Gas, e.Year.Value)).ToHashSet();
}
