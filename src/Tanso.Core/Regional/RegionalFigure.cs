using Tanso.Core.Figures;
using Tanso.Core.Quantities;

namespace Tanso.Core.Regional;

/// <summary>
/// The scope a published regional figure counts. Direct emissions happen inside the region; indirect ones are the
/// electricity and heat it uses (and waste it sends out), already counted as direct emissions where the power is
/// made. The two double-count, so they are never added.
/// </summary>
public enum EmissionScope
{
    /// <summary>Emitted inside the region (직접배출).</summary>
    Direct,

    /// <summary>Electricity, heat and waste used in the region, emitted elsewhere (간접배출).</summary>
    Indirect,

    /// <summary>The local-management basis: direct and indirect lines of the sectors a local government manages, as the source sums them.</summary>
    LocalManagement,
}

/// <summary>
/// One number of a published regional inventory, as the publisher's table shows it: its line label exactly as in
/// the source, its scope, its status (unverified when a consistency check of the source failed) and the check that
/// failed. Kept as published, never corrected: a total that is not the sum of its parts stays so, and says so.
/// </summary>
/// <param name="GovernmentId">The 시·도 or 시·군·구 the figure is for.</param>
/// <param name="Series">The published series (one table of the source).</param>
/// <param name="Year">The year.</param>
/// <param name="Scope">Direct, indirect or the local-management basis.</param>
/// <param name="LineKo">The line's label as in the source.</param>
/// <param name="LineEn">An English label.</param>
/// <param name="Value">tCO2eq (negative for sinks); null where the source shows no value (a "-" cell).</param>
/// <param name="Note">The failed checks, or other remarks of the reference file; empty when none.</param>
/// <param name="Source">Where it was read.</param>
/// <param name="Status">Verified, derived or unverified.</param>
/// <param name="Order">The row's position in the reference file, which keeps the source's line order.</param>
public sealed record RegionalFigure(int GovernmentId, string Series, ReportingYear Year, EmissionScope Scope, string LineKo, string LineEn,
    TonnesCo2e? Value, string Note, string Source, FigureStatus Status, int Order)
{
    /// <summary>Longest series name.</summary>
    public const int MaxSeries = 120;

    /// <summary>Longest line label.</summary>
    public const int MaxLine = 120;

    /// <summary>Database identity.</summary>
    public long Id { get; init; }
}

/// <summary>Display names of <see cref="EmissionScope"/>.</summary>
public static class EmissionScopes
{
    /// <summary>Korean label.</summary>
    public static string Korean(this EmissionScope scope) => scope switch
    {
        EmissionScope.Direct => "직접배출",
        EmissionScope.Indirect => "간접배출",
        _ => "지자체 관리 부문 (직접+간접)",
    };

    /// <summary>English label.</summary>
    public static string English(this EmissionScope scope) => scope switch
    {
        EmissionScope.Direct => "direct emissions",
        EmissionScope.Indirect => "indirect emissions",
        _ => "local-management basis (direct + indirect)",
    };

    /// <summary>Parses the reference file's scope column.</summary>
    public static bool TryParse(string? text, out EmissionScope scope)
    {
        scope = text?.Trim() switch
        {
            "direct" => EmissionScope.Direct,
            "indirect" => EmissionScope.Indirect,
            { } t when t.StartsWith("direct+indirect", StringComparison.Ordinal) => EmissionScope.LocalManagement,
            _ => (EmissionScope)(-1),
        };
        return Enum.IsDefined(scope);
    }
}
