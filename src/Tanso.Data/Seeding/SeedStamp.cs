using System.Security.Cryptography;
using System.Text;

namespace Tanso.Data.Seeding;

/// <summary>
/// One seeding pass that ran to the end: which version of the seed it applied. A start that finds the current stamp
/// recorded skips the pass (bench: startup-phases, about two seconds of every restart otherwise).
/// </summary>
public sealed class SeedRun
{
    /// <summary>The stamp: see <see cref="SeedStamp.Current"/>.</summary>
    public string Stamp { get; set; } = "";

    /// <summary>When the pass committed (UTC).</summary>
    public DateTime AppliedAtUtc { get; set; }

    /// <summary>Rows the pass inserted (zero when it found everything in place).</summary>
    public int RowsInserted { get; set; }
}

/// <summary>
/// The version of the seed this build would apply: a SHA-256 over every file embedded under Seed/ (name and bytes),
/// the seeding code (Tanso.Data's module version id, which the deterministic build changes with any change to its code)
/// and whether sample data is seeded. Any change to one of them changes the stamp, and the next start seeds again.
/// </summary>
public static class SeedStamp
{
    private const string SeedPrefix = "Tanso.Data.Seed.";
    private static readonly Lazy<string> Files = new(HashSeedFiles);

    /// <summary>The stamp of this build for a pass with or without sample data.</summary>
    public static string Current(bool sampleData) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"files {Files.Value}; code {typeof(SeedStamp).Assembly.ManifestModule.ModuleVersionId:N}; sample data {sampleData}")));

    private static string HashSeedFiles()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var assembly = typeof(SeedStamp).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(SeedPrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name + "\n"));
            using var stream = assembly.GetManifestResourceStream(name)!;
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                hash.AppendData(buffer.AsSpan(0, read));
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
