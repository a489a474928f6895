using System.Text;
using System.Text.RegularExpressions;
using Tanso.Core.Sectors;

namespace Tanso.Core.Inventory;

/// <summary>
/// Places the lines of a published inventory table in Tanso's sector taxonomy through the mapping table
/// (<see cref="SectorAlias"/>): names first, then category codes by their longest known prefix. A line
/// whose code sits under a line of the same sector is nested (counted once, through its parent).
/// </summary>
public sealed partial class SectorMapping
{
    private readonly Dictionary<string, SectorAlias> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SectorAlias> _codes = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The mapping for one numbering of category codes (<c>nir</c>, <c>ipcc1996</c> or <c>ipcc2006</c>).</summary>
    public SectorMapping(IEnumerable<SectorAlias> aliases, string numbering = "nir")
    {
        Numbering = numbering;
        foreach (var a in aliases)
        {
            if (a.Scheme == "name")
            {
                _names[Normalize(a.Key)] = a;
            }
            else if (a.Scheme == numbering || a.Scheme == "energy")
            {
                _codes[NormalizeCode(a.Key)] = a;
            }
        }
    }

    /// <summary>The numbering codes are read in.</summary>
    public string Numbering { get; }

    /// <summary>Places a line given its sector cell, sub-sector cell and code cell (each may be empty).</summary>
    /// <returns>The placement, or the reason it has none (Korean, English) with the closest known names.</returns>
    public (LinePlacement? Placement, (string Ko, string En)? Problem) Place(string sectorText, string subText, string codeText)
    {
        sectorText = sectorText.Trim();
        subText = subText.Trim();
        var code = NormalizeCode(codeText);
        if (sectorText.Length == 0 && subText.Length > 0)
        {
            (sectorText, subText) = (subText, "");
        }
        var label = subText.Length > 0 ? subText : sectorText;
        if ((Aggregate(subText) ?? Aggregate(sectorText)) is { } aggregate)
        {
            // 계 or 합계 in the sub-sector column under a sector (건물 / 계) is that sector's total: a subtotal within it.
            if (aggregate == LineRole.Total && subText.Length > 0 && Aggregate(subText) is not null && Aggregate(sectorText) is null
                && Find(sectorText) is { } owner && SectorTaxonomy.Find(owner.MapsTo) is not null)
            {
                aggregate = LineRole.Subtotal;
            }
            var within = aggregate == LineRole.Subtotal && subText.Length > 0 ? Find(sectorText) : null;
            var inSector = within is { } w && SectorTaxonomy.Find(w.MapsTo) is { } s ? s : null;
            return (new LinePlacement(aggregate, inSector, code, 0, false, Labelled(code, sectorText == label ? label : $"{sectorText} {label}")), null);
        }
        var (sectorCode, sectorName) = SplitCode(sectorText);
        var top = Find(sectorName) ?? (sectorCode.Length > 0 ? Code(sectorCode) : null);
        if (top is null)
        {
            return (null, Unknown(sectorText));
        }
        if (top.MapsTo.StartsWith("code:", StringComparison.Ordinal))
        {
            // A name that stands for a category: 에너지산업 → 1.A.1.
            return PlaceCode(top.MapsTo[5..], subText, label);
        }
        var topCode = sectorCode.Length > 0 ? sectorCode : NormalizeCode(top.TopCode);
        var (subCode, subName) = SplitCode(subText);
        var full = code.Length > 0 ? (char.IsAsciiDigit(code[0]) || topCode.Length == 0 ? code : $"{topCode}.{code}")
            : subCode.Length > 0 ? subCode
            : Find(subName) is { MapsTo: var m } && m.StartsWith("code:", StringComparison.Ordinal) ? NormalizeCode(m[5..])
            : "";
        if (top.MapsTo == "memo")
        {
            return (new LinePlacement(LineRole.Memo, null, full.Length > 0 ? full : topCode, Level(full), false, Labelled(full, label)), null);
        }
        if (SectorTaxonomy.Find(top.MapsTo) is { } direct)
        {
            // A sector name such as 농업 or 수송: its coded sub-lines are inside the sector's own line.
            var category = full.Length > 0 ? full : topCode;
            // Under an IPCC sector name (농업 = 3) every coded line is inside the sector's own line; under a planning
            // sector (전환) a coded line is nested only when its parent category is of the same sector.
            var nested = full.Length > 0 && (topCode.Length > 0 ? full != topCode : Code(Parent(full))?.MapsTo == direct.Code.Value);
            // A sector's own line (폐기물 alone) keeps an empty label: it is the sector total, whatever its top code.
            return (new LinePlacement(LineRole.Sector, direct, category, Level(category), nested, full.Length > 0 ? Labelled(category, label) : subText), null);
        }
        // A group spanning sectors (에너지): its lines are placed by their codes.
        if (full.Length == 0 && Find(subName) is { } subAlias && SectorTaxonomy.Find(subAlias.MapsTo) is { } subSector)
        {
            return (new LinePlacement(LineRole.Sector, subSector, "", 0, false, subText), null);
        }
        if (full.Length == 0)
        {
            return subText.Length == 0
                ? (new LinePlacement(LineRole.Mixed, null, topCode, Level(topCode), false, Labelled(topCode, sectorText)), null)
                : (null, Unknown(subText, $"{sectorText} / "));
        }
        return PlaceCode(full, subText, label);
    }

    private (LinePlacement?, (string, string)?) PlaceCode(string fullCode, string subText, string label)
    {
        var full = NormalizeCode(fullCode);
        if (Code(full) is not { } target)
        {
            return (null, ($"알 수 없는 분류 코드 '{full}'({Numbering} 체계): 대응표에 없습니다", $"unknown category code '{full}' ({Numbering} numbering): not in the mapping table"));
        }
        var level = Level(full);
        if (target.MapsTo == "memo")
        {
            return (new LinePlacement(LineRole.Memo, null, full, level, false, Labelled(full, label)), null);
        }
        if (SectorTaxonomy.Find(target.MapsTo) is not { } sector)
        {
            return (new LinePlacement(LineRole.Mixed, null, full, level, false, Labelled(full, label)), null);
        }
        var parent = Parent(full);
        var nested = parent.Length > 0 && Code(parent) is { } p && p.MapsTo == target.MapsTo;
        return (new LinePlacement(LineRole.Sector, sector, full, level, nested, Labelled(full, label.Length > 0 ? label : subText)), null);
    }

    /// <summary>The known names closest to <paramref name="text"/>, for "did you mean".</summary>
    public IReadOnlyList<string> Suggest(string text, int count = 3)
    {
        var t = Normalize(text);
        return _names.Values.Select(a => (a.Key, Distance: Distance(t, Normalize(a.Key)) - (Normalize(a.Key).Contains(t, StringComparison.Ordinal) || t.Contains(Normalize(a.Key), StringComparison.Ordinal) ? 2 : 0)))
            .OrderBy(x => x.Distance).ThenBy(x => x.Key.Length).Select(x => x.Key).Distinct().Take(count).ToList();
    }

    private (string, string) Unknown(string text, string prefix = "")
    {
        var near = string.Join(", ", Suggest(text));
        return ($"알 수 없는 부문 '{prefix}{text}': 대응표에 없는 이름입니다. 가까운 이름: {near}. 관리자가 대응표에 추가할 수 있습니다",
            $"unknown sector '{prefix}{text}': not in the mapping table. Closest known names: {near}. An administrator can add it to the table");
    }

    private SectorAlias? Find(string name) => name.Length == 0 ? null : _names.GetValueOrDefault(Normalize(name));

    private SectorAlias? Code(string code)
    {
        for (var c = code; c.Length > 0; c = Parent(c))
        {
            if (_codes.TryGetValue(c, out var a))
            {
                return a;
            }
        }
        return null;
    }

    // Aggregates are named in the table; "… 소계" and a total with its unit appended ("총배출량(kt CO2-eq)") by their form.
    private LineRole? Aggregate(string text)
    {
        var t = Normalize(text);
        if (t.Length == 0)
        {
            return null;
        }
        if (_names.GetValueOrDefault(t)?.MapsTo is { } target)
        {
            return target switch { "total" => LineRole.Total, "net" => LineRole.Net, "subtotal" => LineRole.Subtotal, _ => null };
        }
        return t.EndsWith("소계", StringComparison.Ordinal) || t.EndsWith("subtotal", StringComparison.Ordinal) ? LineRole.Subtotal
            : t.StartsWith("총배출량(", StringComparison.Ordinal) ? LineRole.Total
            : t.StartsWith("순배출량(", StringComparison.Ordinal) ? LineRole.Net
            : null;
    }

    // 1 for a sector (에너지, 1), 2 for 1.A, and so on, as GIR numbers its levels.
    private static int Level(string code) => code.Length == 0 ? 0 : code.Count(c => c == '.') + 1;

    private static string Labelled(string code, string label) =>
        code.Length == 0 || label.StartsWith(code, StringComparison.OrdinalIgnoreCase) ? label : $"{code} {label}";

    /// <summary>The code one level up: 1.A.1.a → 1.A.1; empty at the top.</summary>
    public static string Parent(string code) => code.LastIndexOf('.') is var i and > 0 ? code[..i] : "";

    /// <summary>Writes a code the one way the table keys it: <c>1A1a</c>, <c>1.A.1.a.</c> and <c>1.A.1.a</c> alike.</summary>
    public static string NormalizeCode(string code)
    {
        var t = code.Trim().TrimEnd('.').Replace(" ", "", StringComparison.Ordinal);
        if (t.Length == 0 || t.Contains('.', StringComparison.Ordinal))
        {
            return t;
        }
        var b = new StringBuilder();
        for (var i = 0; i < t.Length; i++)
        {
            if (i > 0 && char.IsAsciiDigit(t[i]) != char.IsAsciiDigit(t[i - 1]) && char.IsAsciiLetterOrDigit(t[i]) && char.IsAsciiLetterOrDigit(t[i - 1]))
            {
                b.Append('.');
            }
            b.Append(t[i]);
        }
        return b.ToString();
    }

    /// <summary>Splits "1.A.1 에너지산업" or "1. 에너지" into its code and name; no code when the label starts with none.</summary>
    public static (string Code, string Name) SplitCode(string label)
    {
        var m = LeadingCode().Match(label);
        return m.Success ? (NormalizeCode(m.Groups[1].Value), m.Groups[2].Value.Trim()) : ("", label.Trim());
    }

    [GeneratedRegex(@"^([0-9]+(?:\.[0-9A-Za-z]+)*|[0-9][A-Za-z][0-9A-Za-z]*)\.?\s+(\S.*)$")]
    private static partial Regex LeadingCode();

    /// <summary>Names compare without spaces, case or the 'CO2eq' noise tables add.</summary>
    public static string Normalize(string text)
    {
        var b = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c is not ('·' or '.' or ',' or '_' or '-' or '\''))
            {
                b.Append(char.ToLowerInvariant(c));
            }
        }
        return b.ToString();
    }

    private static int Distance(string a, string b)
    {
        var d = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            d[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            var prev = d[0];
            d[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var temp = d[j];
                d[j] = Math.Min(Math.Min(d[j] + 1, d[j - 1] + 1), prev + (a[i - 1] == b[j - 1] ? 0 : 1));
                prev = temp;
            }
        }
        return d[b.Length];
    }
}
