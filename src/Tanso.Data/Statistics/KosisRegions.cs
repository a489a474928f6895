using Tanso.Core.Governments;
using Tanso.Data.Inventory;

namespace Tanso.Data.Statistics;

/// <summary>What a KOSIS row's region is to Tanso: a government, a region Tanso keeps no government for (left out, with
/// the name to report), or a problem (English, Korean).</summary>
internal readonly record struct KosisRegion(Government? Government, string? LeftOut, (string En, string Ko)? Problem);

/// <summary>
/// Finds the government of each row of a KOSIS table, read in file order. KOSIS lists 전국, then each 시·도 followed by
/// its 시·군·구 under their bare names ("중구" five times), non-autonomous 구 after their city (창원시, 의창구 …), 행정시
/// (제주시), 세종시 under 세종특별자치시 and 출장소 rows: a 시·군·구 is looked up under the 시·도 above it, and a row that is
/// no autonomous government there is left out and reported, never put on a namesake elsewhere. With 코드포함 the codes
/// decide: 00 is 전국, two digits a 시·도 (KOSIS still writes 42 and 45 for 강원 and 전북 in earlier periods), five
/// digits a 시·군·구 of the 시·도 its first two digits name. Earlier names of the period (강원도, 전라북도) are the
/// directory's former names.
/// </summary>
internal sealed class KosisRegions(GovernmentDirectory directory)
{
    private static readonly Dictionary<string, string> FormerCodes = new(StringComparer.Ordinal) { ["42"] = "51", ["45"] = "52" };
    private static readonly Dictionary<string, string> FormerNames = new(StringComparer.Ordinal) { ["제주도"] = "제주특별자치도" };
    private Government? _province;

    /// <summary>The region of the next row.</summary>
    public KosisRegion Next(string name, string? code) =>
        string.IsNullOrWhiteSpace(code) ? ByName(name.Trim()) : ByCode(code.Trim(), name.Trim());

    private KosisRegion ByCode(string code, string name)
    {
        if (code == "00")
        {
            _province = null;
            return National();
        }
        if (!code.All(char.IsAsciiDigit) || (code.Length != 2 && code.Length < 5))
        {
            return Refused($"'{code}' is not a KOSIS region code (00, two digits for a 시·도, five for a 시·군·구)",
                $"'{code}'은(는) KOSIS 지역 코드가 아닙니다(전국 00, 시·도 두 자리, 시·군·구 다섯 자리)");
        }
        var (province, _) = directory.Find(FormerCodes.GetValueOrDefault(code[..2], code[..2]));
        if (province is not { Level: GovernmentLevel.Province })
        {
            return Refused($"no 시·도 has the code {code[..2]}", $"코드 {code[..2]}인 시·도가 없습니다");
        }
        _province = province;
        return code.Length == 2 ? new KosisRegion(province, null, null)
            : name.Length == 0 ? new KosisRegion(null, $"{province.NameKo} {code}", null) : Under(province, name);
    }

    private KosisRegion ByName(string name)
    {
        if (name.Length == 0)
        {
            return Refused("the region is empty", "지역이 비어 있습니다");
        }
        if (name == "전국")
        {
            _province = null;
            return National();
        }
        var (found, problem) = directory.Find(FormerNames.GetValueOrDefault(name, name));
        if (found is { Level: GovernmentLevel.Province })
        {
            _province = found;
            return new KosisRegion(found, null, null);
        }
        if (LooksProvince(name))
        {
            // A 시·도 Tanso does not know must not pass as a 시·군·구 of the one above it.
            return new KosisRegion(null, null, problem ?? ($"'{name}' is not a 시·도", $"'{name}'은(는) 시·도가 아닙니다"));
        }
        if (_province is not null)
        {
            // "부산광역시 중구" names its 시·도 itself; a bare "중구" is the one under the 시·도 above it.
            return found is not null && found.ParentId == _province.Id ? new KosisRegion(found, null, null) : Under(_province, name);
        }
        return found is not null ? new KosisRegion(found, null, null) : new KosisRegion(null, null, problem);
    }

    private KosisRegion Under(Government province, string name)
    {
        if (name == province.NameKo)
        {
            return new KosisRegion(province, null, null); // 세종특별자치시 again at the 시·군·구 level: the same figure
        }
        var (found, _) = directory.Find($"{province.NameKo} {name}");
        return found is not null && found.ParentId == province.Id
            ? new KosisRegion(found, null, null)
            : new KosisRegion(null, $"{province.NameKo} {name}", null);
    }

    private KosisRegion National()
    {
        var (national, problem) = directory.Find("전국");
        return new KosisRegion(national, null, problem);
    }

    private static KosisRegion Refused(string en, string ko) => new(null, null, (en, ko));

    // 시·군·구 names end in 시, 군 or 구, never in 도, 특별시 or 광역시; 세종특별자치시 is the one 시 that is a 시·도.
    private static bool LooksProvince(string name) =>
        name.EndsWith('도') || name.EndsWith("광역시", StringComparison.Ordinal) || name.EndsWith("특별시", StringComparison.Ordinal)
        || name.EndsWith("특별자치시", StringComparison.Ordinal);
}
