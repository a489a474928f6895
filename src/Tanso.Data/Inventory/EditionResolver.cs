using Microsoft.EntityFrameworkCore;
using Tanso.Core.Figures;

namespace Tanso.Data.Inventory;

/// <summary>Finds the edition an import names, or describes the new one, with a problem for every missing field.</summary>
internal static class EditionResolver
{
    public static async Task<(InventoryEdition?, bool, List<ImportProblem>)> ResolveAsync(TansoDb db, string fileName, EditionSpec spec, CancellationToken ct)
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
            if (existing.IsWithdrawn)
            {
                Problem("code", $"'{code}' is withdrawn ({existing.WithdrawnReason}): import into a new edition", $"'{code}'은(는) 철회된 판입니다({existing.WithdrawnReason}): 새 판으로 가져오십시오");
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
            spec.Publisher!.Trim(), spec.PublishedOn!.Value, spec.MethodNote?.Trim() ?? "", spec.Source!.Trim())
        {
            Guidelines = spec.Guidelines, IsProvisional = spec.Provisional ?? false,
        }, true, problems);
    }
}
