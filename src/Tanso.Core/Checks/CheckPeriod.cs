using Tanso.Core.Quantities;

namespace Tanso.Core.Checks;

/// <summary>The stages of a check cycle (점검 주기), in order.</summary>
public enum CheckStage
{
    /// <summary>개시: the cycle is set up.</summary>
    Open,

    /// <summary>실적 보고: governments report.</summary>
    Reporting,

    /// <summary>점검·평가: evaluators score and the reports are consolidated.</summary>
    Evaluation,

    /// <summary>위원회 심의: the committee reviews the result.</summary>
    CommitteeReview,

    /// <summary>공표: published.</summary>
    Published,
}

/// <summary>The outcome of asking a cycle to move: the stage after it, or why it is refused.</summary>
/// <param name="Stage">The stage after the move (unchanged when refused).</param>
/// <param name="Refusal">Why the move is not allowed, in Korean and English; null when allowed.</param>
/// <param name="Forbidden">True when refused because of who asked (not because of the stage or the data).</param>
public sealed record CycleTransition(CheckStage Stage, (string Ko, string En)? Refusal, bool Forbidden = false)
{
    /// <summary>True when the move happened.</summary>
    public bool Allowed => Refusal is null;
}

/// <summary>What a cycle checks: a year (the yearly check), or a month of a year (task-force reviews).</summary>
public readonly record struct CheckPeriod
{
    private CheckPeriod(int year, int? month) => (Year, Month) = (year, month);

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month, for a monthly review; null for a yearly check.</summary>
    public int? Month { get; }

    /// <summary>A yearly period.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A year outside 1990–2100.</exception>
    public static CheckPeriod OfYear(int year) => new(ReportingYear.Of(year).Value, null);

    /// <summary>A monthly period.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A year outside 1990–2100 or a month outside 1–12.</exception>
    public static CheckPeriod OfMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return new(ReportingYear.Of(year).Value, month);
    }

    /// <summary>The last day the period covers.</summary>
    public DateOnly LastDay => Month is { } m ? new DateOnly(Year, m, 1).AddMonths(1).AddDays(-1) : new DateOnly(Year, 12, 31);

    /// <summary>The default deadlines (configurable per cycle): for a year Y, reports by 31 May of Y+1 and the
    /// national consolidation by 31 July of Y+1 (Enforcement Decree Art 8); for a month, reports by its last day.</summary>
    public IReadOnlyDictionary<CheckStage, DateOnly> DefaultDeadlines => Month is null
        ? new Dictionary<CheckStage, DateOnly> { [CheckStage.Reporting] = new(Year + 1, 5, 31), [CheckStage.Evaluation] = new(Year + 1, 7, 31) }
        : new Dictionary<CheckStage, DateOnly> { [CheckStage.Reporting] = LastDay };

    /// <inheritdoc/>
    public override string ToString() => Month is { } m ? $"{Year:D4}-{m:D2}" : $"{Year:D4}";
}

/// <summary>The date by which a stage's work is due: reports for <see cref="CheckStage.Reporting"/>, the
/// consolidated result for <see cref="CheckStage.Evaluation"/>, and so on.</summary>
public sealed class StageDeadline(CheckStage stage, DateOnly dueOn)
{
    /// <summary>Identity.</summary>
    public int Id { get; private set; }

    /// <summary>The stage.</summary>
    public CheckStage Stage { get; private set; } = stage;

    /// <summary>The last day, inclusive.</summary>
    public DateOnly DueOn { get; internal set; } = dueOn;
}
