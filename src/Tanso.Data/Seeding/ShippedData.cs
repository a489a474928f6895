namespace Tanso.Data.Seeding;

/// <summary>One data set Tanso ships (or, for statistics, tells the administrator to import), for the data page.</summary>
/// <param name="Key">Stable key.</param>
/// <param name="Files">The file(s) in Seed/, relative to it.</param>
/// <param name="NameKo">Korean name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Source">Publisher and where it was read.</param>
/// <param name="Licence">Licence of the source, as far as it is known (Korean, English).</param>
/// <param name="Edition">Edition or reference period.</param>
/// <param name="Status">Status of its figures.</param>
/// <param name="Checked">What was checked, and the result.</param>
public sealed record ShippedDataSet(string Key, IReadOnlyList<string> Files, string NameKo, string NameEn, string Source, string Licence,
    string Edition, string Status, string Checked)
{
    /// <summary>Whether every file of the set is embedded in this build (a set another part of the release adds may be absent).</summary>
    public bool IsShipped => Files.All(f => ShippedData.Embedded.Contains("Tanso.Data.Seed." + f.Replace('/', '.')));
}

/// <summary>
/// Every data set Tanso ships, with source, licence, edition, status and what was checked. The words here are the
/// project's reference README condensed; docs/data.md says the same for readers of the repository.
/// </summary>
public static class ShippedData
{
    internal static readonly HashSet<string> Embedded = [.. typeof(ShippedData).Assembly.GetManifestResourceNames()];

    private const string Kogl1 = "공공누리 제1유형 (출처표시) / Korea Open Government Licence type 1 (attribution)";

    /// <summary>The data sets, in the order the data page lists them.</summary>
    public static IReadOnlyList<ShippedDataSet> All { get; } =
    [
        new("national-figures", ["national-sector-figures.csv"], "국가 부문별 배출량·감축목표·시나리오", "National sector figures, targets and scenarios",
            "관계부처 합동: 2030 NDC 상향안 (2021-10), 제1차 국가 탄소중립·녹색성장 기본계획 (2023-04), 2050 탄소중립 시나리오 (2021-10); 행마다 출처",
            Kogl1, "2018 기준연도판 (NDC base, 727.6 MtCO2eq)", "행마다 검증·산출·미검증 / per row verified, derived or unverified",
            "각 계열의 부문 합 = 합계 (2030 436.6 Mt, 2050 0) / every series sums to its total"),
        new("gir-2006", ["Reference/national-inventory-gir-2006gl.csv"], "국가 온실가스 인벤토리 1990–2022 (2006 IPCC 지침)", "National GHG inventory 1990–2022 (2006 IPCC guidelines)",
            "환경부 온실가스종합정보센터 (GIR), 공공데이터포털 파일 2025-01-03", Kogl1 + " — 데이터셋 쪽에서 유형을 직접 보지는 못함 / type not seen on the dataset page",
            "2006 GL, 2025-01-03", "검증; 검산 실패 행과 비공개(C) 칸은 미검증 / verified; failed checks and confidential cells unverified",
            "매년 부문 합 = 총배출량, 총배출량 + LULUCF = 순배출량 (차 0.0001 kt 이내) / sectors = total and total + LULUCF = net every year"),
        new("gir-1996", ["Reference/national-inventory-gir-1996gl.csv"], "국가 온실가스 인벤토리 1990–2021 (1996 IPCC 지침)", "National GHG inventory 1990–2021 (1996 IPCC guidelines)",
            "환경부 온실가스종합정보센터 (GIR)", Kogl1, "1996 GL (NDC와 2023 기본계획의 기준)", "검증 / verified",
            "매년 부문 합 = 총배출량, 총배출량 + LULUCF = 순배출량 / sectors = total and total + LULUCF = net every year"),
        new("gir-provisional", ["Reference/national-inventory-provisional.csv"], "국가 온실가스 잠정배출량 2023–2024", "Provisional national emissions 2023–2024",
            "온실가스종합정보센터 발표 (2024-09-10, 2025-08-20), 2050 탄소중립녹색성장위원회 누리집과 보도", Kogl1, "잠정치 (confirmed figures follow about a year later)",
            "검증·산출·미검증 혼재 / mixed", "발표마다 다른 2023년 값은 둘 다 표시 / the 2023 figure differs between releases: both kept"),
        new("gyeongnam", ["Reference/regional-inventory-gyeongnam.csv"], "경상남도와 18개 시·군 온실가스 배출량", "Gyeongnam and its 18 시·군: GHG emissions",
            "경상남도 탄소중립지원센터 누리집 (원본 코드 cmaruWeb/gcnc @c7959dd)", "명시되지 않음 (공표 통계) / not stated (published statistics)",
            "도 2010–2022 (06KRF 직접·간접), 도 지자체 관리 부문 2016–2022, 도와 시·군 2016–2020", "검증 954행, 미검증 408행 (검산 실패) / 954 verified, 408 unverified",
            "부문 합 = 합계, 순배출 = 총배출 + 흡수, 도 = 시·군 합 (건물 제외 모두 일치) — 실패한 검산은 그대로 표시 / failed checks are shown, not smoothed"),
        new("regional-targets", ["Reference/regional-targets.csv"], "시·도 2030 감축목표", "Regional 2030 reduction targets",
            "경상남도 (도 발표 보도 2건), 나머지 6개 시·도는 보도", "보도·발표 자료 / press reports", "제1차 시·도 기본계획 (2024) 기준, 울산은 2021 발표",
            "경상남도 검증, 나머지 미검증 / Gyeongnam verified, the others unverified", "기준연도·기준 배출량·범위를 발표대로 기록 / base year, base and scope kept as published"),
        new("regions", ["regions.csv", "municipalities-2018.csv", "municipal-changes.csv", "government-renames.csv"], "시·도와 시·군·구 코드, 행정구역 변경", "Province and municipality codes, boundary changes",
            "행정표준코드, 통계청 SGIS 2018 경계 코드", Kogl1, "2018 경계 + 변경 (군위군 2023, 인천 2026)", "검증 / verified", "226개 자치 시·군·구 / 226 autonomous municipalities"),
        new("boundaries", ["geo/provinces-2018-topo-simple.json", "geo/municipalities-2018-topo-simple.json"], "지도 경계 (2018, 단순화)", "Map boundaries (2018, simplified)",
            "통계청 통계지리정보서비스(SGIS), southkorea/southkorea-maps 재배포본", Kogl1 + " — \"통계청 통계지리정보서비스(SGIS)\"", "2018", "검증 / verified", "17개 시·도, 250개 구역 / 17 provinces, 250 districts"),
    ];
}
