using System.Globalization;

namespace Tanso.Web.Tests.Infrastructure;

/// <summary>
/// The test oracle: the committed reference CSV, read with a plain split rather than the app's parser, so
/// that a parsing bug in the app cannot agree with itself.
/// </summary>
public static class ReferenceFile
{
    public sealed record Row(string SectorKo, string SectorEn, int Year, string Series, decimal ValueMt, string Status, string Source);

    public static IReadOnlyList<Row> NationalFigures()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Oracle", "national-sector-figures.csv"));
        Assert.Equal("sector_ko,sector_en,year,series,value_MtCO2eq,status,source", lines[0]);
        return lines.Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            Assert.DoesNotContain('"', l); // a plain split is exact only while no field is quoted
            var f = l.Split(',');
            Assert.Equal(7, f.Length);
            return new Row(f[0], f[1], int.Parse(f[2], CultureInfo.InvariantCulture), f[3], decimal.Parse(f[4], CultureInfo.InvariantCulture), f[5], f[6]);
        }).ToList();
    }

    public static IReadOnlyList<string[]> Regions() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Oracle", "regions.csv")).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();

    /// <summary>The repository root (the folder holding Tanso.slnx).</summary>
    public static DirectoryInfo RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tanso.slnx")))
        {
            dir = dir.Parent;
        }
        return dir ?? throw new InvalidOperationException("Tanso.slnx not found above " + AppContext.BaseDirectory);
    }
}
