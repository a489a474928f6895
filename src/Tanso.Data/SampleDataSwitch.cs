using Microsoft.Extensions.Configuration;

namespace Tanso.Data;

/// <summary>
/// The one switch for generated demonstration data (예시 데이터): <c>Tanso:SampleData</c>, true or false. Unset, it is
/// on in the Development environment (<c>dotnet run</c>) and off everywhere else, so that a deployment never opens on
/// made-up figures by accident. The old <c>Database:SeedSampleData</c> is refused with a message naming the new key,
/// so that no deployment keeps a setting that silently does nothing.
/// </summary>
public static class SampleDataSwitch
{
    /// <summary>The configuration key.</summary>
    public const string Key = "Tanso:SampleData";

    /// <summary>The key this switch replaced.</summary>
    public const string RetiredKey = "Database:SeedSampleData";

    /// <summary>Whether sample data is on for this configuration and environment.</summary>
    /// <exception cref="InvalidOperationException">The retired key is set, or the value is not true/false.</exception>
    public static bool IsOn(IConfiguration configuration, bool isDevelopment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration[RetiredKey] is { Length: > 0 })
        {
            throw new InvalidOperationException(
                $"{RetiredKey} was replaced by {Key} (true or false; unset: on in Development, off elsewhere). Rename the setting.");
        }
        return configuration[Key] switch
        {
            null or "" => isDevelopment,
            var text when bool.TryParse(text, out var on) => on,
            var text => throw new InvalidOperationException($"{Key} is '{text}'; write true or false."),
        };
    }
}
