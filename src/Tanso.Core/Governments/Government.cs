namespace Tanso.Core.Governments;

/// <summary>
/// A government that plans and reports: the nation, a 시·도 or a 시·군·구. Codes and names change over
/// time (Gangwon's administrative code became 51 in 2023), so the entity has a validity period and keeps
/// its own identity while codes move.
/// </summary>
public sealed class Government : IVersioned
{
    /// <summary>Creates a government.</summary>
    public Government(GovernmentType type, string nameKo, string nameEn, RegionCode? administrativeCode, RegionCode? sgisCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameKo);
        ArgumentException.ThrowIfNullOrWhiteSpace(nameEn);
        // Every 시·도 has both codes. A 시·군·구 may lack them: Statistics Korea's 2018 boundaries give no
        // code to a city that is split into districts, nor to a district created after 2018.
        if (type.Level() == GovernmentLevel.Province && (administrativeCode is null || sgisCode is null))
        {
            throw new ArgumentException($"{nameKo}: a 시·도 needs an administrative and an SGIS code.");
        }
        if (sgisCode is { } sgis && sgis.Level != type.Level())
        {
            throw new ArgumentException($"{nameKo}: SGIS code {sgis} does not identify a {type.English()}.");
        }
        if (administrativeCode is { } code && code.Level != type.Level())
        {
            throw new ArgumentException($"{nameKo}: code {code} does not identify a {type.English()}.");
        }
        Type = type;
        Level = type.Level();
        NameKo = nameKo;
        NameEn = nameEn;
        AdministrativeCode = administrativeCode;
        SgisCode = sgisCode;
    }

    /// <summary>Database identity.</summary>
    public int Id { get; private set; }

    /// <summary>National, provincial or municipal.</summary>
    public GovernmentLevel Level { get; private set; }

    /// <summary>Legal type (특별시, 광역시, 도, 시, 군, 구…).</summary>
    public GovernmentType Type { get; private set; }

    /// <summary>Korean name, e.g. 부산광역시.</summary>
    public string NameKo { get; private set; }

    /// <summary>English name, e.g. Busan.</summary>
    public string NameEn { get; private set; }

    /// <summary>행정표준코드; null for the nation.</summary>
    public RegionCode? AdministrativeCode { get; private set; }

    /// <summary>Statistics Korea SGIS code; null for the nation.</summary>
    public RegionCode? SgisCode { get; private set; }

    /// <summary>The government this one belongs to (a 시·도 for a 시·군·구); null for the nation and 시·도.</summary>
    public int? ParentId { get; private set; }

    /// <summary>First day this government existed in this form; null when before any record Tanso keeps.</summary>
    public DateOnly? ValidFrom { get; private set; }

    /// <summary>Last day this government existed in this form; null while it exists.</summary>
    public DateOnly? ValidTo { get; private set; }

    /// <inheritdoc/>
    public int Version { get; private set; }

    /// <summary>Renames the government and sets its validity period.</summary>
    public void Amend(string nameKo, string nameEn, DateOnly? validFrom, DateOnly? validTo)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameKo);
        ArgumentException.ThrowIfNullOrWhiteSpace(nameEn);
        if (validFrom is { } f && validTo is { } t && t < f)
        {
            throw new ArgumentException($"The validity period ends ({t:yyyy-MM-dd}) before it starts ({f:yyyy-MM-dd}).");
        }
        NameKo = nameKo.Trim();
        NameEn = nameEn.Trim();
        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    /// <summary>Names longer than the register keeps (<see cref="TextLimits.Label"/>), by field.</summary>
    public static IEnumerable<Problem> NameProblems(string? nameKo, string? nameEn) => new[]
    {
        TextLimits.Check("nameKo", nameKo, TextLimits.Label, "한글 이름", "Korean name"),
        TextLimits.Check("nameEn", nameEn, TextLimits.Label, "영문 이름", "English name"),
    }.OfType<Problem>();

    /// <summary>Where this government's record or change comes from, when it is not self-evident.</summary>
    public string? Note { get; private set; }

    /// <summary>The name in the requested language (<c>en</c> for English, anything else Korean).</summary>
    public string Name(string language) => language == "en" ? NameEn : NameKo;

    private readonly List<FormerName> _formerNames = [];

    /// <summary>The names this government had before its current one, oldest first (인천 남구 until 2018-06-30).</summary>
    public IReadOnlyList<FormerName> FormerNames => _formerNames;

    /// <summary>
    /// Renames the government from <paramref name="effective"/> on, keeping the name it had until the day before.
    /// Renaming to the current name, or on a day not after the last recorded change, is refused.
    /// </summary>
    public void Rename(string nameKo, string nameEn, DateOnly effective, string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameKo);
        ArgumentException.ThrowIfNullOrWhiteSpace(nameEn);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        if (nameKo.Trim() == NameKo && nameEn.Trim() == NameEn)
        {
            throw new ArgumentException($"{NameKo} already has this name.");
        }
        if (_formerNames.Count > 0 && effective <= _formerNames[^1].ValidTo.AddDays(1))
        {
            throw new ArgumentException($"{NameKo}: a rename on {effective:yyyy-MM-dd} is not after the last one ({_formerNames[^1].ValidTo.AddDays(1):yyyy-MM-dd}).");
        }
        _formerNames.Add(new FormerName(NameKo, NameEn, effective.AddDays(-1), source.Trim()));
        NameKo = nameKo.Trim();
        NameEn = nameEn.Trim();
    }

    /// <summary>
    /// Records a name the government had before (for a register that already holds the current name); a name
    /// already recorded for the same last day is left as it is.
    /// </summary>
    /// <returns>Whether the name was added.</returns>
    public bool RecordFormerName(FormerName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_formerNames.Any(f => f.ValidTo == name.ValidTo))
        {
            return false;
        }
        _formerNames.Add(name);
        _formerNames.Sort((a, b) => a.ValidTo.CompareTo(b.ValidTo));
        return true;
    }

    /// <summary>The name the government had on <paramref name="day"/>, in the requested language.</summary>
    public string NameOn(DateOnly day, string language)
    {
        var former = _formerNames.Where(f => day <= f.ValidTo).OrderBy(f => f.ValidTo).FirstOrDefault();
        return former is null ? Name(language) : language == "en" ? former.NameEn : former.NameKo;
    }

    /// <summary>Records where this government's record or change comes from.</summary>
    public Government WithNote(string? note)
    {
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        return this;
    }

    /// <summary>Whether the government existed on <paramref name="day"/>.</summary>
    public bool IsValidOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || day <= ValidTo);

    /// <summary>Places this government under <paramref name="parent"/>.</summary>
    public void BelongTo(Government parent)
    {
        if ((int)parent.Level != (int)Level - 1)
        {
            throw new ArgumentException($"{NameKo} cannot belong to {parent.NameKo}: levels {parent.Level} → {Level}.");
        }
        ParentId = parent.Id;
    }
}
