using Tanso.Core.Governments;

namespace Tanso.Data.Seeding;

/// <summary>A 시·군·구 to seed, with the province it belongs to and the history of that belonging.</summary>
public sealed record MunicipalitySeed(Government Government, string ProvinceSgisCode, IReadOnlyList<(string ProvinceSgisCode, DateOnly? From, DateOnly? To)> Affiliations, string Source);

/// <summary>
/// The 226 autonomous 시·군·구 from Statistics Korea's 2018 boundaries (municipalities-2018.csv), made
/// autonomous-only: non-autonomous districts (일반구) are folded into their city, Sejong's and Jeju's
/// non-autonomous cities are left out; then the recorded changes since 2018 (municipal-changes.csv).
/// </summary>
public static class Municipalities
{
    private const string Sgis2018 = "Statistics Korea SGIS 2018 boundaries (municipalities-2018.csv)";
    private static readonly HashSet<string> NotAutonomousProvinces = ["29", "39"]; // 세종특별자치시, 제주특별자치도

    public static IReadOnlyList<MunicipalitySeed> All()
    {
        var rows = EmbeddedCsv.Read("municipalities-2018.csv", r => (
            Sgis: r.Text("sgis_code"), Ko: r.Text("name_ko"), En: r.Text("name_en"),
            Province: r.Text("province_sgis_code"), PartOf: r.GetField("part_of_city") ?? ""));
        var changes = EmbeddedCsv.Read("municipal-changes.csv", r => (
            Kind: r.Text("kind"), Province: r.Text("province_sgis_code"), Ko: r.Text("name_ko"), En: r.Text("name_en"),
            Type: r.Text("type"), Sgis: r.GetField("sgis_code") ?? "", From: Date(r.GetField("valid_from")), To: Date(r.GetField("valid_to")),
            FromProvince: r.GetField("from_province_sgis_code") ?? "", Source: r.Text("source")));

        var seeds = new List<MunicipalitySeed>();
        foreach (var row in rows.Where(r => r.PartOf.Length == 0 && !NotAutonomousProvinces.Contains(r.Province)))
        {
            var change = changes.SingleOrDefault(c => c.Sgis == row.Sgis);
            var government = new Government(TypeOf(row.Ko), row.Ko, row.En, null, RegionCode.Parse(row.Sgis));
            GovernmentRenames.Apply(government); // 2018's 인천 남구 is today's 미추홀구
            switch (change.Kind)
            {
                case "move":
                    seeds.Add(new MunicipalitySeed(government.WithNote(change.Source), change.Province,
                        [(change.FromProvince, null, change.From!.Value.AddDays(-1)), (change.Province, change.From, null)], change.Source));
                    break;
                case "end":
                    government.Amend(government.NameKo, government.NameEn, null, change.To);
                    seeds.Add(new MunicipalitySeed(government.WithNote(change.Source), row.Province, [(row.Province, null, change.To)], change.Source));
                    break;
                default:
                    seeds.Add(new MunicipalitySeed(government, row.Province, [(row.Province, null, null)], Sgis2018));
                    break;
            }
        }
        foreach (var c in changes.Where(c => c.Kind is "split-city" or "new"))
        {
            var government = new Government(GovernmentTypes.FromKorean(c.Type)!.Value, c.Ko, c.En, null, null);
            government.Amend(c.Ko, c.En, c.From, c.To);
            seeds.Add(new MunicipalitySeed(government.WithNote(c.Source), c.Province, [(c.Province, c.From, c.To)], c.Source));
        }
        return seeds;
    }

    private static GovernmentType TypeOf(string nameKo) => nameKo[^1] switch
    {
        '시' => GovernmentType.City,
        '군' => GovernmentType.County,
        '구' => GovernmentType.District,
        _ => throw new FormatException($"'{nameKo}' ends in neither 시, 군 nor 구."),
    };

    private static DateOnly? Date(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
