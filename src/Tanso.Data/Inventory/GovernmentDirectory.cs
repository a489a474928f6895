using Microsoft.EntityFrameworkCore;
using Tanso.Core.Governments;

namespace Tanso.Data.Inventory;

/// <summary>
/// Finds a government from what a spreadsheet writes for it: an administrative code (two digits), an SGIS
/// code (five digits, or "SGIS:" and two digits for a 시·도), a 시·도 name
/// in Korean or English, "부산광역시 중구", or a 시·군·구 name that is unique in the country.
/// </summary>
public sealed class GovernmentDirectory
{
    private readonly Dictionary<string, List<Government>> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<int, Government> _byId;

    private GovernmentDirectory(IReadOnlyList<Government> governments)
    {
        All = governments;
        var byId = _byId = governments.ToDictionary(g => g.Id);
        foreach (var g in governments)
        {
            Add(g.NameKo, g);
            Add(g.NameEn, g);
            // Two-digit administrative and SGIS codes overlap (26 is Busan's administrative code and Daejeon's
            // SGIS code), so a bare two-digit code is administrative; an SGIS code is written "SGIS:26".
            // Municipalities have five-digit SGIS codes only, which clash with nothing.
            Add(g.AdministrativeCode?.Value, g);
            Add(g.SgisCode is { } sgis ? "SGIS:" + sgis.Value : null, g);
            Add(g.SgisCode is { Value.Length: 5 } municipal ? municipal.Value : null, g);
            if (g.ParentId is { } p && byId.TryGetValue(p, out var parent))
            {
                Add($"{parent.NameKo} {g.NameKo}", g);
                Add($"{parent.NameEn} {g.NameEn}", g);
            }
        }
        Add("전국", governments.Single(g => g.Level == GovernmentLevel.National));
    }

    public IReadOnlyList<Government> All { get; }

    public static async Task<GovernmentDirectory> LoadAsync(TansoDb db, CancellationToken ct) =>
        new(await db.Governments.AsNoTracking().ToListAsync(ct));

    /// <summary>The government, or the reason none fits (English, Korean).</summary>
    public (Government? Government, (string En, string Ko)? Problem) Find(string text)
    {
        var key = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (key.Length == 0)
        {
            return (null, ("the government is empty", "지자체가 비어 있습니다"));
        }
        if (!_byKey.TryGetValue(key, out var found))
        {
            return (null, ($"unknown government '{text}': write a 시·도 name (부산광역시), '시·도 시·군·구' (부산광역시 중구), an administrative code (26) or an SGIS code (SGIS:21, 21010)",
                $"알 수 없는 지자체 '{text}': 시·도 이름(부산광역시), '시·도 시·군·구'(부산광역시 중구), 행정표준코드(26) 또는 SGIS 코드(SGIS:21, 21010)로 적어 주십시오"));
        }
        return found.Count == 1
            ? (found[0], null)
            : (null, ($"'{text}' is ambiguous ({found.Count} governments have this name): write it with its 시·도, e.g. '부산광역시 {text}', or use its code",
                $"'{text}'은(는) 이름이 같은 지자체가 {found.Count}곳입니다: '부산광역시 {text}'처럼 시·도와 함께 적거나 코드를 쓰십시오"));
    }

    /// <summary>The government with <paramref name="id"/>, or null.</summary>
    public Government? ById(int id) => _byId.GetValueOrDefault(id);

    /// <summary>The Korean name, with its 시·도 before a 시·군·구 (there are five 중구).</summary>
    public string FullName(Government g) =>
        g.ParentId is { } p && _byId.TryGetValue(p, out var parent) ? $"{parent.NameKo} {g.NameKo}" : g.NameKo;

    private void Add(string? key, Government g)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return;
        }
        if (!_byKey.TryGetValue(key, out var list))
        {
            _byKey[key] = list = [];
        }
        if (!list.Contains(g))
        {
            list.Add(g);
        }
    }
}
