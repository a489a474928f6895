namespace Tanso.Core.Plans;

/// <summary>How yearly values are drawn between a base and its milestones.</summary>
public enum Interpolation
{
    /// <summary>직선 감축: equal tonnes removed each year.</summary>
    StraightLine,

    /// <summary>정률 감축: the same percentage removed each year (compound).</summary>
    ConstantRate,

    /// <summary>Entered year by year; milestones only check them.</summary>
    Manual,

    /// <summary>S-curve: slow, then fast, then slow again (smoothstep 3t² − 2t³ between milestones), as
    /// technology uptake usually goes.</summary>
    SCurve,
}
