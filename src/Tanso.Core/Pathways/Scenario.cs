using Tanso.Core.Figures;
using Tanso.Core.Inventory;
using Tanso.Core.Plans;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Core.Pathways;

/// <summary>
/// A reduction pathway (감축 시나리오) of one government: a line per sector from a base year to an end year,
/// given by milestones (or year by year) and drawn by interpolation; removals and international credits are
/// lines of their own, and the net total is the sum of every line. Official scenarios (the 2030 NDC, the
/// national basic plan, the 2050 scenarios) are seeded from the reference figures and cannot be edited; copy
/// one to explore.
/// </summary>
public sealed class Scenario : IVersioned
{
    /// <summary>Creates a scenario without points.</summary>
    public Scenario(int governmentId, string nameKo, string nameEn, int baseYear, int endYear, Interpolation method)
    {
        GovernmentId = governmentId;
        (NameKo, NameEn, BaseYear, EndYear, Method) = (nameKo.Trim(), nameEn.Trim(), baseYear, endYear, method);
        Validate();
    }

    /// <summary>Identity.</summary>
    public int Id { get; private set; }

    /// <summary>Stable code of an official scenario (e.g. <c>scenario-2050-a</c>); null for users' own.</summary>
    public string? Code { get; private set; }

    /// <summary>The government whose pathway it is.</summary>
    public int GovernmentId { get; private set; }

    /// <summary>Korean name.</summary>
    public string NameKo { get; private set; }

    /// <summary>English name (may be empty).</summary>
    public string NameEn { get; private set; }

    /// <summary>What the scenario assumes, and where its figures come from.</summary>
    public string Description { get; private set; } = "";

    /// <summary>First year of every line.</summary>
    public int BaseYear { get; private set; }

    /// <summary>Last year of every line.</summary>
    public int EndYear { get; private set; }

    /// <summary>Interpolation between points, unless a line has its own.</summary>
    public Interpolation Method { get; private set; }

    /// <summary>Seeded from official figures: read-only.</summary>
    public bool IsOfficial { get; private set; }

    /// <summary>Shown to everyone; otherwise only to those who may see the government's drafts.</summary>
    public bool IsPublic { get; private set; }

    /// <summary>Built by code for demonstration, labelled 예시 데이터.</summary>
    public bool IsSample { get; private set; }

    /// <summary>The scenario this one was copied from, if any.</summary>
    public int? CopiedFromId { get; private set; }

    /// <inheritdoc/>
    public int Version { get; private set; }

    /// <summary>
    /// What the scenario's total counts (the net total is the sum of its lines: removals, CCUS and international
    /// reductions where it has them) and the IPCC guidelines of the inventory it was set on. The gap to the pathway
    /// and the BAU are measured on an inventory edition of the same guidelines (<c>ComparableEmissions</c>).
    /// </summary>
    public EmissionsBasis Basis
    {
        get => new(BasisKind, BasisAdjustments, BasisGuidelines);
        private set => (BasisKind, BasisAdjustments, BasisGuidelines) = (value.Kind, value.Adjustments, value.Guidelines);
    }

    /// <summary>Stored part of <see cref="Basis"/>.</summary>
    public BasisKind BasisKind { get; private set; }

    /// <summary>Stored part of <see cref="Basis"/>.</summary>
    public BasisAdjustments BasisAdjustments { get; private set; }

    /// <summary>Stored part of <see cref="Basis"/>.</summary>
    public IpccGuidelines BasisGuidelines { get; private set; }

    /// <summary>States the basis of the scenario's lines.</summary>
    /// <exception cref="InvalidOperationException">The scenario is official.</exception>
    public void CountOn(EmissionsBasis basis)
    {
        ArgumentNullException.ThrowIfNull(basis);
        EnsureEditable();
        Basis = basis;
    }

    /// <summary>Given values of every line.</summary>
    public List<ScenarioPoint> Points { get; } = [];

    /// <summary>Lines drawn with their own interpolation.</summary>
    public List<ScenarioLineMethod> LineMethods { get; } = [];

    /// <summary>The name in the requested language (Korean when no English name is given).</summary>
    public string Name(string language) => language == "en" && NameEn.Length > 0 ? NameEn : NameKo;

    /// <summary>The scenario as plain values for the maths.</summary>
    public ScenarioDefinition Definition => new(BaseYear, EndYear, Method,
        Points.Select(p => new LinePoint(p.Sector, p.Year, p.Value)).ToList(),
        LineMethods.ToDictionary(m => m.Sector, m => m.Interpolation));

    /// <summary>Marks a seeded scenario as official and public, under its code.</summary>
    public void MarkOfficial(string code, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        (Code, Description, IsOfficial, IsPublic) = (code, description, true, true);
    }

    /// <summary>Marks generated demonstration data.</summary>
    public void MarkSample() => IsSample = true;

    /// <summary>Changes the header; points outside a new span are refused.</summary>
    /// <exception cref="InvalidOperationException">The scenario is official.</exception>
    /// <exception cref="ArgumentException">Invalid names or years, or points outside the new span.</exception>
    public void Describe(string nameKo, string nameEn, string description, int baseYear, int endYear, Interpolation method, bool isPublic)
    {
        EnsureEditable();
        var outside = Points.Where(p => p.Year < baseYear || p.Year > endYear).Select(p => $"{p.Sector} {p.Year}").ToList();
        if (outside.Count > 0)
        {
            throw new ArgumentException($"Points outside {baseYear}–{endYear}: {string.Join(", ", outside)}. Remove them first.");
        }
        (NameKo, NameEn, Description, BaseYear, EndYear, Method, IsPublic) = (nameKo.Trim(), nameEn.Trim(), description.Trim(), baseYear, endYear, method, isPublic);
        Validate();
    }

    /// <summary>Adds or replaces the value of a line in a year.</summary>
    /// <exception cref="InvalidOperationException">The scenario is official.</exception>
    /// <exception cref="ArgumentException">The year lies outside the scenario's span.</exception>
    public void SetPoint(SectorCode sector, int year, TonnesCo2e value, FigureStatus status, string source)
    {
        EnsureEditable();
        if (year < BaseYear || year > EndYear)
        {
            throw new ArgumentException($"{year} lies outside the scenario's {BaseYear}–{EndYear}.");
        }
        if (Points.FirstOrDefault(p => p.Sector == sector && p.Year == year) is { } existing)
        {
            existing.Change(value, status, source);
        }
        else
        {
            Points.Add(new ScenarioPoint(sector, year, value, status, source));
        }
    }

    /// <summary>Removes a line's value in a year; false when there was none.</summary>
    public bool RemovePoint(SectorCode sector, int year)
    {
        EnsureEditable();
        return Points.RemoveAll(p => p.Sector == sector && p.Year == year) > 0;
    }

    /// <summary>Draws a line with its own interpolation, or (null) with the scenario's again.</summary>
    public void SetLineMethod(SectorCode sector, Interpolation? method)
    {
        EnsureEditable();
        var existing = LineMethods.FirstOrDefault(m => m.Sector == sector);
        if (method is null || method == Method)
        {
            if (existing is not null)
            {
                LineMethods.Remove(existing);
            }
        }
        else if (existing is not null)
        {
            existing.Interpolation = method.Value;
        }
        else
        {
            LineMethods.Add(new ScenarioLineMethod(sector, method.Value));
        }
    }

    /// <summary>An editable, private copy for a government (official scenarios are explored this way).</summary>
    public Scenario CopyFor(int governmentId, string nameKo, string nameEn)
    {
        var copy = new Scenario(governmentId, nameKo, nameEn, BaseYear, EndYear, Method) { Description = Description, CopiedFromId = Id, IsSample = IsSample, Basis = Basis };
        copy.Points.AddRange(Points.Select(p => new ScenarioPoint(p.Sector, p.Year, p.Value, p.Status, p.Source)));
        copy.LineMethods.AddRange(LineMethods.Select(m => new ScenarioLineMethod(m.Sector, m.Interpolation)));
        return copy;
    }

    private void EnsureEditable()
    {
        if (IsOfficial)
        {
            throw new InvalidOperationException("An official scenario is read-only; copy it to change it.");
        }
    }

    private void Validate()
    {
        if (string.IsNullOrWhiteSpace(NameKo))
        {
            throw new ArgumentException("A scenario needs a name.");
        }
        if (!ReportingYear.IsValid(BaseYear) || !ReportingYear.IsValid(EndYear) || EndYear <= BaseYear)
        {
            throw new ArgumentException($"The span {BaseYear}–{EndYear} must run forward within {ReportingYear.Min}–{ReportingYear.Max}.");
        }
        if (EndYear - BaseYear > 100)
        {
            throw new ArgumentException("A scenario spans at most 100 years.");
        }
    }
}
