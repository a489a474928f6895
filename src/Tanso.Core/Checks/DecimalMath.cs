namespace Tanso.Core.Checks;

/// <summary>Square roots in decimal, so that spreads are exact to decimal precision rather than to double's.</summary>
internal static class DecimalMath
{
    public static decimal Sqrt(decimal value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        if (value == 0m)
        {
            return 0m;
        }
        // Newton's method from double's estimate; a few steps reach decimal's 28 digits.
        var x = (decimal)Math.Sqrt((double)value);
        for (var i = 0; i < 10; i++)
        {
            var next = (x + value / x) / 2m;
            if (next == x)
            {
                break;
            }
            x = next;
        }
        return x;
    }
}
