namespace Tanso.Web.Tests.Infrastructure;

/// <summary>
/// The project's reference folder, <c>../shared/reference</c> beside the clone. CI has it; a plain clone does not,
/// so the tests that compare the project's copies with it run only where it exists, and are reported as skipped
/// with this reason where it does not.
/// </summary>
public static class SharedReference
{
    public static DirectoryInfo Folder { get; } = new(Path.Combine(ReferenceFile.RepositoryRoot().Parent!.FullName, "shared", "reference"));

    public static string? SkipReason => Folder.Exists
        ? null
        : $"../shared/reference is not beside this clone ({Folder.FullName}): the comparison with the shared reference files did not run.";
}

/// <summary>A fact that compares with <see cref="SharedReference"/>: skipped, saying why, where the folder is missing.</summary>
public sealed class SharedReferenceFactAttribute : FactAttribute
{
    public SharedReferenceFactAttribute() => Skip = SharedReference.SkipReason;
}

/// <summary>A theory that compares with <see cref="SharedReference"/>: skipped, saying why, where the folder is missing.</summary>
public sealed class SharedReferenceTheoryAttribute : TheoryAttribute
{
    public SharedReferenceTheoryAttribute() => Skip = SharedReference.SkipReason;
}
