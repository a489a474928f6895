namespace Tanso.Core.Figures;

/// <summary>What a series of official figures is.</summary>
public enum SeriesKind
{
    /// <summary>Measured emissions (인벤토리).</summary>
    Inventory,

    /// <summary>A statutory reduction target (감축목표), e.g. the 2030 NDC.</summary>
    Target,

    /// <summary>A pathway scenario (시나리오), e.g. the 2050 carbon-neutrality scenarios.</summary>
    Scenario,
}
