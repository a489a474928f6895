using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests;

public sealed class SeedFileTests
{
    // The project's reference facts live in shared/reference beside the clone (CI has it there).
    [Theory]
    [InlineData("national-sector-figures.csv")]
    [InlineData("regions.csv")]
    [InlineData("Reference/regional-inventory-gyeongnam.csv")]
    [InlineData("Reference/regional-targets.csv")]
    public void SeedFiles_MatchTheSharedReference(string file)
    {
        var root = ReferenceFile.RepositoryRoot();
        var reference = Path.Combine(root.Parent!.FullName, "shared", "reference", Path.GetFileName(file));
        Assert.True(File.Exists(reference), $"The reference file {reference} is missing: clone the project beside its shared/ folder.");

        Assert.Equal(File.ReadAllText(reference), File.ReadAllText(Path.Combine(root.FullName, "src", "Tanso.Data", "Seed", file)));
    }
}
