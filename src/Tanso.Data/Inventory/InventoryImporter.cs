using Microsoft.EntityFrameworkCore;
using Tanso.Core;
using Tanso.Core.Figures;
using Tanso.Core.Governments;
using Tanso.Core.Inventory;

namespace Tanso.Data.Inventory;

/// <summary>The edition an import goes into: an existing one by code, or a new one described in full.</summary>
public sealed record EditionSpec(string Code, string? NameKo = null, string? NameEn = null, string? Publisher = null,
    DateOnly? PublishedOn = null, string? MethodNote = null, string? Source = null);

/// <summary>The texts of <see cref="EditionSpec"/>s that are longer than an edition or a pending upload keeps.</summary>
public static class EditionSpecs
{
    /// <summary>Too-long texts by field: code, name, nameEn, publisher, methodNote, source.</summary>
    public static IEnumerable<LengthProblem> TextProblems(this EditionSpec spec) =>
        InventoryEdition.TextProblems(spec.Code, spec.NameKo, spec.NameEn, spec.Publisher, spec.MethodNote, spec.Source);
}

/// <summary>What an import did: the plan (entries or problems), the edition, and whether it was written.</summary>
public sealed record ImportResult(ImportPlan Plan, InventoryEdition? Edition, bool EditionIsNew, bool Committed)
{
    /// <summary>Every problem, file and edition alike.</summary>
    public IReadOnlyList<ImportProblem> Problems => Plan.Problems;
}

/// <summary>
/// Imports an inventory file all or nothing: it reads and checks the whole file first, and writes only a
/// file without a single problem — the edition (when new), an audited <see cref="InventoryImport"/>
/// record and every entry — in one transaction.
/// </summary>
public static class InventoryImporter
{
    public static async Task<ImportResult> RunAsync(TansoDb db, string fileName, byte[] content, EditionSpec spec,
        Func<Government, bool> mayWrite, bool dryRun, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var (edition, isNew, editionProblems) = await ResolveEditionAsync(db, fileName, spec, ct);
        TabularFile file;
        try
        {
            file = TabularReader.Read(fileName, content);
        }
        catch (InvalidDataException e)
        {
            return new ImportResult(new ImportPlan(fileName, "unreadable", "unknown", [], [.. editionProblems, new ImportProblem(fileName, 0, "-", e.Message, "파일을 표로 읽을 수 없습니다: " + e.Message)]), edition, isNew, false);
        }
        var existing = edition is null || isNew
            ? new HashSet<(int, string, string, Gas, int)>()
            : (await db.InventoryEntries.AsNoTracking().Where(e => e.EditionId == edition.Id)
                .Select(e => new { e.GovernmentId, e.Sector, e.SubSector, e.Gas, e.Year }).ToListAsync(ct))
                .Select(e => (e.GovernmentId, e.Sector.Value, e.SubSector, e.Gas, e.Year.Value)).ToHashSet();
        var directory = await GovernmentDirectory.LoadAsync(db, ct);
        var plan = InventoryParser.Parse(file, edition is { } ed && !isNew ? ed.Id : 0, directory, mayWrite, existing);
        if (editionProblems.Count > 0)
        {
            plan = plan with { Entries = [], Problems = [.. editionProblems, .. plan.Problems] };
        }
        if (dryRun || !plan.IsValid)
        {
            return new ImportResult(plan, edition, isNew, false);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (isNew)
        {
            db.InventoryEditions.Add(edition!);
            await db.SaveChangesAsync(ct);
        }
        db.InventoryImports.Add(new InventoryImport
        {
            EditionId = edition!.Id, FileName = fileName, Format = $"{plan.Format}, {plan.Layout}", Entries = plan.Entries.Count,
            ImportedUtc = db.Clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        var editionId = edition.Id;
        await InventoryWriter.InsertAsync(db, plan.Entries, progress, ct, editionId);
        await tx.CommitAsync(ct);
        return new ImportResult(plan, edition, isNew, true);
    }

    private static async Task<(InventoryEdition?, bool, List<ImportProblem>)> ResolveEditionAsync(TansoDb db, string fileName, EditionSpec spec, CancellationToken ct)
    {
        var problems = new List<ImportProblem>();
        void Problem(string field, string message, string messageKo) => problems.Add(new ImportProblem(fileName, 0, $"edition {field}", message, messageKo));
        var code = spec.Code.Trim();
        if (code.Length is 0 or > InventoryEdition.CodeLength || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            Problem("code", "give the edition a code of 1–64 letters, digits, '-', '_' or '.', e.g. gir-2024", "판 코드는 영문·숫자·'-'·'_'·'.'로 1–64자입니다(예: gir-2024)");
            return (null, false, problems);
        }
        var existing = await db.InventoryEditions.AsNoTracking().SingleOrDefaultAsync(e => e.Code == code, ct);
        if (existing is not null)
        {
            if (existing.IsSample)
            {
                Problem("code", $"'{code}' is generated sample data: import into an edition of your own", $"'{code}'은(는) 생성된 예시 데이터입니다: 새 판으로 가져오십시오");
            }
            return (existing, false, problems);
        }
        if (string.IsNullOrWhiteSpace(spec.NameKo)) { Problem("name", $"edition '{code}' is new: give its name", $"새 판 '{code}': 판 이름을 적어 주십시오"); }
        if (string.IsNullOrWhiteSpace(spec.Publisher)) { Problem("publisher", $"edition '{code}' is new: give its publisher", $"새 판 '{code}': 발행 기관을 적어 주십시오"); }
        if (spec.PublishedOn is null) { Problem("published", $"edition '{code}' is new: give its publication date", $"새 판 '{code}': 발행일을 적어 주십시오"); }
        if (string.IsNullOrWhiteSpace(spec.Source)) { Problem("source", $"edition '{code}' is new: give its source (a document or address)", $"새 판 '{code}': 출처(문서나 주소)를 적어 주십시오"); }
        foreach (var p in spec.TextProblems())
        {
            Problem(p.Field, p.En, p.Ko);
        }
        if (problems.Count > 0)
        {
            return (null, true, problems);
        }
        return (new InventoryEdition(code, spec.NameKo!.Trim(), string.IsNullOrWhiteSpace(spec.NameEn) ? spec.NameKo.Trim() : spec.NameEn.Trim(),
            spec.Publisher!.Trim(), spec.PublishedOn!.Value, spec.MethodNote?.Trim() ?? "", spec.Source!.Trim()), true, problems);
    }
}
