using Tanso.Core.Figures;
using Tanso.Core.Pathways;
using Tanso.Core.Plans;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;
using Tanso.Web.Infrastructure;
using Tanso.Web.Plans;

namespace Tanso.Web.Scenarios;

/// <summary>One edit of a scenario's lines: points set and removed, and line interpolations, all checked before any is kept.</summary>
internal static class ScenarioLineEdits
{
    /// <summary>Applies <paramref name="input"/> to <paramref name="scenario"/>; the field errors, or null when every change applies
    /// (the caller saves only then, so nothing is half-written).</summary>
    public static Dictionary<string, string[]>? Apply(Scenario scenario, LinesInput input)
    {
        var errors = PlanInput.Check(add =>
        {
            foreach (var (p, i) in (input.Set ?? []).Select((p, i) => (p, i)))
            {
                var sector = SectorTaxonomy.Find(p.Sector ?? "");
                var status = FigureStatus.Unverified;
                if (sector is null)
                {
                    add($"set[{i}].sector", Text.T($"'{p.Sector}'은(는) 부문이 아닙니다 (예: power, industry, lulucf, ccus, intl-credits).", $"'{p.Sector}' is not a sector (use e.g. power, industry, lulucf, ccus, intl-credits)."));
                }
                else if (p.Year < scenario.BaseYear || p.Year > scenario.EndYear)
                {
                    add($"set[{i}].year", Text.T($"{p.Year}년은 시나리오 기간({scenario.BaseYear}–{scenario.EndYear}) 밖입니다.", $"{p.Year} lies outside the scenario's {scenario.BaseYear}–{scenario.EndYear}."));
                }
                else if (p.Status is not null && !FigureStatuses.TryParse(p.Status, out status))
                {
                    add($"set[{i}].status", Text.T("상태는 verified, derived, unverified 중 하나입니다.", "use verified, derived or unverified"));
                }
                else if (Math.Abs(p.ValueTCo2eq) > 10_000_000_000m)
                {
                    add($"set[{i}].valueTCo2eq", Text.T("100억 tCO2eq를 넘습니다: 단위가 톤(tCO2eq)입니까?", "more than 10 GtCO2eq: is the unit tonnes?"));
                }
                else if (ScenarioTexts.Source($"set[{i}].source", p.Source) is { } tooLong)
                {
                    add(tooLong.Field, Text.T(tooLong.Ko, tooLong.En));
                }
                else
                {
                    var source = string.IsNullOrWhiteSpace(p.Source) ? Text.T("사용자 가정", "user's assumption") : p.Source.Trim();
                    scenario.SetPoint(sector.Code, p.Year, new TonnesCo2e(p.ValueTCo2eq), status, source);
                }
            }
            foreach (var (k, i) in (input.Remove ?? []).Select((k, i) => (k, i)))
            {
                if (SectorTaxonomy.Find(k.Sector ?? "") is not { } sector || !scenario.RemovePoint(sector.Code, k.Year))
                {
                    add($"remove[{i}]", Text.T($"지울 {k.Sector} {k.Year}년 값이 없습니다.", $"no point {k.Sector} {k.Year} to remove"));
                }
            }
            foreach (var (code, method) in input.Methods ?? new Dictionary<string, string?>())
            {
                Interpolation parsed = default;
                if (SectorTaxonomy.Find(code) is not { } sector)
                {
                    add($"methods.{code}", Text.T($"'{code}'은(는) 부문이 아닙니다.", $"'{code}' is not a sector"));
                }
                else if (method is not null && !PlanInput.TryEnum(method, out parsed))
                {
                    add($"methods.{code}", Text.T("보간 방법은 straight-line, constant-rate, s-curve, manual 중 하나입니다.", "use straight-line, constant-rate, s-curve or manual"));
                }
                else
                {
                    scenario.SetLineMethod(sector.Code, method is null ? null : parsed);
                }
            }
        });
        return errors.Count > 0 ? errors : null;
    }
}
