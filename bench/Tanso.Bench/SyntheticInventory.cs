using System.Globalization;
using System.Text;
using Tanso.Core.Governments;

namespace Tanso.Bench;

/// <summary>
/// SYNTHETIC benchmark data, not emissions of any real government: a long-layout inventory CSV over every
/// government × 8 emission sectors × 8 sub-sectors × 4 gases × years, values from a seeded generator.
/// </summary>
internal static class SyntheticInventory
{
    private static readonly string[] Sectors = ["전환", "산업", "건물", "수송", "농축수산", "폐기물", "수소", "탈루등"];
    private static readonly string[] Gases = ["CO2eq", "CO2", "CH4", "N2O"];

    public static void Write(string path, IReadOnlyList<string> governments, int rows)
    {
        var random = new Random(20261123);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("government,sector,sub_sector,gas,year,value_tco2eq\n");
        var n = 0;
        for (var year = 2022; n < rows; year--)
        {
            foreach (var government in governments)
            {
                foreach (var sector in Sectors)
                {
                    for (var sub = 1; sub <= 8; sub++)
                    {
                        foreach (var gas in Gases)
                        {
                            if (n++ == rows)
                            {
                                return;
                            }
                            var value = Math.Round(random.NextDouble() * 1_000_000, 1).ToString(CultureInfo.InvariantCulture);
                            writer.Write($"{government},{sector},세부{sub},{gas},{year},{value}\n");
                        }
                    }
                }
            }
        }
    }

    /// <summary>Names the importer resolves uniquely: 시·도, and '시·도 시·군·구' for municipalities.</summary>
    public static IReadOnlyList<string> Names(IReadOnlyList<Government> governments)
    {
        var byId = governments.ToDictionary(g => g.Id);
        return governments.Where(g => g.Level != GovernmentLevel.National)
            .Select(g => g.ParentId is { } p ? $"{byId[p].NameKo} {g.NameKo}" : g.NameKo).ToList();
    }
}
