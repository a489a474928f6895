using Tanso.Core.Plans;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Core.Pathways;

/// <summary>A remark on how a line was drawn, in Korean and English.</summary>
/// <param name="Sector">The line, or null for the whole pathway.</param>
/// <param name="Ko">Korean.</param>
/// <param name="En">English.</param>
public sealed record PathwayNote(SectorCode? Sector, string Ko, string En);

/// <summary>One sector's value in every year of a pathway, from the base year on.</summary>
/// <param name="Sector">The sector.</param>
/// <param name="Values">tCO2eq per year, index 0 being the base year.</param>
public sealed record SectorLine(Sector Sector, IReadOnlyList<decimal> Values);

/// <summary>
/// A pathway computed year by year: every sector line from the base year to the end year, and the gross
/// (emission sources) and net (every line, removals and credits included) totals.
/// Rules: a line without a base-year value starts at 0 (it did not exist then); between points the line
/// follows its interpolation; after its last point it stays level to the end year.
/// </summary>
public sealed class ScenarioPathway
{
    private readonly decimal[] _net;
    private readonly decimal[] _gross;

    private ScenarioPathway(int baseYear, int endYear, IReadOnlyList<SectorLine> lines, IReadOnlyList<PathwayNote> notes)
    {
        BaseYear = baseYear;
        EndYear = endYear;
        Lines = lines;
        Notes = notes;
        var n = endYear - baseYear + 1;
        _net = new decimal[n];
        _gross = new decimal[n];
        foreach (var line in lines)
        {
            for (var i = 0; i < n; i++)
            {
                _net[i] += line.Values[i];
                if (!line.Sector.IsNegativeLine)
                {
                    _gross[i] += line.Values[i];
                }
            }
        }
    }

    /// <summary>First year.</summary>
    public int BaseYear { get; }

    /// <summary>Last year.</summary>
    public int EndYear { get; }

    /// <summary>Sector lines in taxonomy order.</summary>
    public IReadOnlyList<SectorLine> Lines { get; }

    /// <summary>How lines were drawn where a rule had to step in.</summary>
    public IReadOnlyList<PathwayNote> Notes { get; }

    /// <summary>Every year from base to end.</summary>
    public IEnumerable<int> Years => Enumerable.Range(BaseYear, EndYear - BaseYear + 1);

    /// <summary>Net total per year (순배출량).</summary>
    public IReadOnlyList<YearValue> Net => Years.Select(y => new YearValue(y, NetIn(y))).ToList();

    /// <summary>Gross total per year (총배출량).</summary>
    public IReadOnlyList<YearValue> Gross => Years.Select(y => new YearValue(y, GrossIn(y))).ToList();

    /// <summary>Net emissions of a year.</summary>
    public TonnesCo2e NetIn(int year) => new(_net[Index(year)]);

    /// <summary>Gross emissions of a year.</summary>
    public TonnesCo2e GrossIn(int year) => new(_gross[Index(year)]);

    /// <summary>
    /// The value targets are counted on, as the NDC counts them: gross emissions in the base year, net
    /// emissions after it ("2018년 총배출량 대비 2030년 순배출량 40% 감축").
    /// </summary>
    public TonnesCo2e HeadlineIn(int year) => year == BaseYear ? GrossIn(year) : NetIn(year);

    /// <summary>A sector's value in a year; zero for a sector the pathway has no line for.</summary>
    public TonnesCo2e ValueOf(SectorCode sector, int year) =>
        Lines.FirstOrDefault(l => l.Sector.Code == sector) is { } line ? new TonnesCo2e(line.Values[Index(year)]) : TonnesCo2e.Zero;

    /// <summary>Whether the year lies in the pathway.</summary>
    public bool Covers(int year) => year >= BaseYear && year <= EndYear;

    private int Index(int year) => Covers(year)
        ? year - BaseYear
        : throw new ArgumentOutOfRangeException(nameof(year), year, $"The pathway runs {BaseYear}–{EndYear}.");

    /// <summary>A pathway from lines already given year by year (e.g. a BAU projection); missing years count as 0.</summary>
    public static ScenarioPathway FromYearly(int baseYear, int endYear, IEnumerable<(SectorCode Sector, IReadOnlyList<YearValue> Values)> lines, IEnumerable<PathwayNote> notes)
    {
        var n = endYear - baseYear + 1;
        var built = lines.Select(l =>
        {
            var values = new decimal[n];
            foreach (var v in l.Values.Where(v => v.Year >= baseYear && v.Year <= endYear))
            {
                values[v.Year - baseYear] = v.Value.Value;
            }
            return new SectorLine(SectorTaxonomy.Get(l.Sector), values);
        }).OrderBy(l => l.Sector.Order).ToList();
        return new ScenarioPathway(baseYear, endYear, built, notes.ToList());
    }

    /// <summary>Draws every line of a definition.</summary>
    /// <exception cref="ArgumentException">The end year is not after the base year, or a point lies outside the span.</exception>
    public static ScenarioPathway Compute(ScenarioDefinition definition)
    {
        var (baseYear, endYear) = (definition.BaseYear, definition.EndYear);
        if (endYear <= baseYear)
        {
            throw new ArgumentException($"The end year {endYear} must come after the base year {baseYear}.", nameof(definition));
        }
        var outside = definition.Points.Where(p => p.Year < baseYear || p.Year > endYear).Select(p => $"{p.Sector} {p.Year}").ToList();
        if (outside.Count > 0)
        {
            throw new ArgumentException($"{string.Join(", ", outside)} lie outside {baseYear}–{endYear}.", nameof(definition));
        }
        var notes = new List<PathwayNote>();
        var lines = definition.Points.GroupBy(p => p.Sector)
            .Select(g => DrawLine(SectorTaxonomy.Get(g.Key), g.ToList(), definition, notes))
            .OrderBy(l => l.Sector.Order).ToList();
        return new ScenarioPathway(baseYear, endYear, lines, notes);
    }

    private static SectorLine DrawLine(Sector sector, List<LinePoint> points, ScenarioDefinition d, List<PathwayNote> notes)
    {
        var n = d.EndYear - d.BaseYear + 1;
        var values = new decimal[n];
        var method = d.LineMethods.TryGetValue(sector.Code, out var own) ? own : d.Method;
        var given = points.OrderBy(p => p.Year).Select(p => new YearValue(p.Year, p.Value)).ToList();
        var start = given[0].Year == d.BaseYear ? given[0] : new YearValue(d.BaseYear, TonnesCo2e.Zero);
        if (given[0].Year != d.BaseYear)
        {
            notes.Add(new PathwayNote(sector.Code, $"{sector.NameKo}: {d.BaseYear}년 값이 없어 0에서 시작합니다.", $"{sector.NameEn}: no {d.BaseYear} value, so the line starts at 0."));
        }
        var milestones = given.Where(v => v.Year > d.BaseYear).ToList();
        IReadOnlyList<YearValue> drawn;
        try
        {
            (drawn, var fallbacks) = milestones.Count == 0 ? ([start], []) : Trajectory.Build(start, milestones, method, method == Interpolation.Manual ? given : null);
            if (fallbacks.Count > 0)
            {
                notes.Add(new PathwayNote(sector.Code, $"{sector.NameKo}: 0 이하의 값으로 가는 구간은 정률로 그릴 수 없어 직선으로 그렸습니다.", $"{sector.NameEn}: {string.Join(" ", fallbacks)}"));
            }
        }
        catch (ArgumentException e) when (method == Interpolation.Manual)
        {
            notes.Add(new PathwayNote(sector.Code, $"{sector.NameKo}: 연도별 값이 빠져 있어 빈 해는 직선으로 이었습니다.", $"{sector.NameEn}: {e.Message} The gaps are joined with straight lines."));
            (drawn, _) = Trajectory.Build(start, milestones, Interpolation.StraightLine);
        }
        foreach (var v in drawn)
        {
            values[v.Year - d.BaseYear] = v.Value.Value;
        }
        var last = drawn[^1];
        if (last.Year < d.EndYear)
        {
            for (var y = last.Year + 1; y <= d.EndYear; y++)
            {
                values[y - d.BaseYear] = last.Value.Value;
            }
            notes.Add(new PathwayNote(sector.Code, $"{sector.NameKo}: {last.Year}년 이후는 그 값을 유지합니다.", $"{sector.NameEn}: held level after {last.Year}."));
        }
        return new SectorLine(sector, values);
    }
}
