using Tanso.Core.Quantities;

namespace Tanso.Core.Plans;

/// <summary>A value for a year: a base, a milestone, or a year of a trajectory.</summary>
/// <param name="Year">The year.</param>
/// <param name="Value">tCO2eq.</param>
public readonly record struct YearValue(int Year, TonnesCo2e Value);

/// <summary>
/// Yearly values from a base through milestones (e.g. 2030, 2035, 2040, 2050), segment by segment.
/// Constant-rate segments need positive ends (a rate cannot reach zero); where an end is zero or negative
/// the segment falls back to straight-line, and <see cref="Build"/> says so.
/// </summary>
public static class Trajectory
{
    /// <summary>The yearly path; manual paths are returned as entered (milestones included), sorted.</summary>
    /// <exception cref="ArgumentException">Milestones before the base, repeated years, or a manual path with gaps.</exception>
    public static (IReadOnlyList<YearValue> Values, IReadOnlyList<string> Notes) Build(
        YearValue start, IEnumerable<YearValue> milestones, Interpolation method, IEnumerable<YearValue>? manual = null)
    {
        var points = milestones.OrderBy(m => m.Year).ToList();
        if (points.Any(p => p.Year <= start.Year))
        {
            throw new ArgumentException($"Every milestone must come after the base year {start.Year}.");
        }
        if (points.Select(p => p.Year).Distinct().Count() != points.Count)
        {
            throw new ArgumentException("Two milestones share a year.");
        }
        if (method == Interpolation.Manual)
        {
            var given = (manual ?? []).Append(start).Concat(points).GroupBy(v => v.Year).Select(g => g.Last()).OrderBy(v => v.Year).ToList();
            var missing = Enumerable.Range(start.Year, given[^1].Year - start.Year + 1).Except(given.Select(v => v.Year)).ToList();
            if (missing.Count > 0)
            {
                throw new ArgumentException($"A manual trajectory needs every year: missing {string.Join(", ", missing)}.");
            }
            return (given, []);
        }
        var values = new List<YearValue> { start };
        var notes = new List<string>();
        var from = start;
        foreach (var to in points)
        {
            var years = to.Year - from.Year;
            var compound = method == Interpolation.ConstantRate && from.Value.Value > 0 && to.Value.Value > 0;
            if (method == Interpolation.ConstantRate && !compound)
            {
                notes.Add($"{from.Year}–{to.Year}: straight-line, because a constant rate cannot reach {to.Value.Value} from {from.Value.Value}.");
            }
            for (var i = 1; i <= years; i++)
            {
                var t = (decimal)i / years;
                var value = compound
                    ? from.Value.Value * (decimal)Math.Pow((double)(to.Value.Value / from.Value.Value), (double)i / years)
                    : method == Interpolation.SCurve
                        ? from.Value.Value + (to.Value.Value - from.Value.Value) * (3 * t * t - 2 * t * t * t)
                        : from.Value.Value + (to.Value.Value - from.Value.Value) * t;
                values.Add(new YearValue(from.Year + i, new TonnesCo2e(i == years ? to.Value.Value : value)));
            }
            from = to;
        }
        return (values, notes);
    }
}
