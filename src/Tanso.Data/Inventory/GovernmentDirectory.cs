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
        // A file of an earlier year writes the name of its time (인천광역시 남구 for today's 미추홀구; 강원도). Former names are
        // added last and only where they are free, so that they never make a current name ambiguous.
        foreach (var g in governments)
        {
            foreach (var former in g.FormerNames)
            {
                AddIfFree(former.NameKo, g);
                AddIfFree(former.NameEn, g);
                if (g.ParentId is { } p && byId.TryGetValue(p, out var parent))
                {
                    AddIfFree($"{parent.NameKo} {former.NameKo}", g);
                    foreach (var parentFormer in parent.FormerNames)
                    {
                        AddIfFree($"{parentFormer.NameKo} {former.NameKo}", g);
                    }
                }
            }
            if (g.ParentId is { } pid && byId.TryGetValue(pid, out var province))
            {
                foreach (var parentFormer in province.FormerNames)
                {
                    AddIfFree($"{parentFormer.NameKo} {g.NameKo}", g);
                }
            }
        }
        // A database migrated but not yet seeded has no nation (the CLI after `tanso db migrate`): no alias then.
        if (governments.SingleOrDefault(g => g.Level == GovernmentLevel.National) is { } nation)
        {
            Add("전국", nation);
        }
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

    /// <summary>
    /// The Korean name on <paramref name="day"/>, with the 시·도's name of that day before a 시·군·구; when it differs from
    /// today's, today's follows in brackets: "인천광역시 남구 (현 미추홀구)".
    /// </summary>
    public string FullNameOn(Government g, DateOnly day)
    {
        var then = g.ParentId is { } p && _byId.TryGetValue(p, out var parent) ? $"{parent.NameOn(day, "ko")} {g.NameOn(day, "ko")}" : g.NameOn(day, "ko");
        var now = FullName(g);
        return then == now ? now : $"{then} (현 {g.NameKo})";
    }

    /// <summary>The English name on <paramref name="day"/>, with today's in brackets when it differs: "Nam-gu (now Michuhol-gu)".</summary>
    public static string EnglishNameOn(Government g, DateOnly day) =>
        g.NameOn(day, "en") is var then && then != g.NameEn ? $"{then} (now {g.NameEn})" : g.NameEn;

    private void AddIfFree(string key, Government g)
    {
        if (!_byKey.ContainsKey(key))
        {
            Add(key, g);
        }
    }

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
