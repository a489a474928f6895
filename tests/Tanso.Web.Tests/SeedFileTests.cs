using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests;

// Engine "Any": compares the shipped seed files with ../shared/reference, file to file.
[Trait("Engine", "Any")]
public sealed class SeedFileTests
{
    // The project's reference facts live in shared/reference beside the clone (CI has it there; a plain clone skips this).
    [SharedReferenceTheory]
    [InlineData("national-sector-figures.csv")]
    [InlineData("regions.csv")]
    [InlineData("Reference/regional-inventory-gyeongnam.csv")]
    [InlineData("Reference/regional-targets.csv")]
    public void SeedFiles_MatchTheSharedReference(string file)
    {
        var root = ReferenceFile.RepositoryRoot();
        var reference = Path.Combine(SharedReference.Folder.FullName, Path.GetFileName(file));
        Assert.True(File.Exists(reference), $"The reference file {reference} is missing from the shared reference folder.");

        Assert.Equal(File.ReadAllBytes(reference), File.ReadAllBytes(Path.Combine(root.FullName, "src", "Tanso.Data", "Seed", file)));
    }
}
