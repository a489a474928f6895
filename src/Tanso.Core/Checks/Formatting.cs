using System.Globalization;

namespace Tanso.Core.Checks;

/// <summary>How dates and numbers appear in refusal and reason messages, whatever the current culture.</summary>
internal static class Formatting
{
    public static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
