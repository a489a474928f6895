using Tanso.Data.Tabular;

namespace Tanso.Web.Tests.Fuzz;

/// <summary>
/// Files built to exhaust a reader: each is refused by the bounded reader, naming the limit it passed,
/// while the reading thread allocates less than <see cref="MemoryBound"/> (the stated bound in docs/api.md). How fast: `upload-refusals` in bench/.
/// </summary>
// Engine "Any": the file readers' limits, before any SQL.
[Trait("Engine", "Any")]
public sealed class BombTests
{
    /// <summary>What reading any refused upload may allocate with the workbook limits.</summary>
    private const long MemoryBound = 32L * 1024 * 1024;

    public static TheoryData<string, string> Bombs() => new()
    {
        { "dimension", "dimension" },
        { "rows", "rows" },
        { "zip", "uncompressed-bytes" },
        { "deep", "xml-depth" },
    };

    private static byte[] Make(string bomb) => bomb switch
    {
        "dimension" => BombFiles.Dimension(),
        "rows" => BombFiles.Rows(2_000_000),
        "zip" => BombFiles.Zip(200),
        _ => BombFiles.Deep(100_000),
    };

    [Theory]
    [MemberData(nameof(Bombs))]
    public void ABombFile_IsRefused_UnderTheMemoryBound_NamingTheLimit(string bomb, string limit)
    {
        var file = Make(bomb);
        Assert.True(file.Length < 2 * 1024 * 1024, $"the {bomb} bomb is {file.Length:N0} bytes on the wire");

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var refused = Assert.Throws<UploadLimitExceededException>(() => BoundedTable.Rows("bomb.xlsx", file, UploadLimits.Workbook).Count());
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        Assert.Equal(limit, refused.Limit);
        Assert.True(allocated < MemoryBound, $"{bomb}: {allocated:N0} bytes allocated");
    }

    [Fact]
    public void ARowBomb_WithinTheInventoryLimits_IsAlsoRefusedByRowNumber()
    {
        var file = BombFiles.Rows(1_200_000);

        var refused = Assert.Throws<UploadLimitExceededException>(() => BoundedTable.Rows("rows.xlsx", file, UploadLimits.Inventory).Count());

        Assert.Equal("rows", refused.Limit);
        Assert.EndsWith("row 1000001", refused.Where, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadingStops_WhenTheClientHasGone()
    {
        using var gone = new CancellationTokenSource();
        gone.Cancel();
        var file = BombFiles.Rows(50_000);

        Assert.ThrowsAny<OperationCanceledException>(() => BoundedTable.Rows("rows.xlsx", file, UploadLimits.Workbook, ct: gone.Token).Count());
    }

    [Theory]
    [InlineData("1E+308")]
    [InlineData("NaN")]
    [InlineData("-INF")]
    public void ANumberNoDecimalHolds_ComesBackAsWritten_ForTheValidatorToRefuse(string raw)
    {
        var rows = BoundedTable.Rows("cell.xlsx", BombFiles.Cell(raw), UploadLimits.Workbook).ToList();

        Assert.Equal([(1, ["code", "value"]), (2, ["1-1", raw])], rows.Select(r => (r.Row, r.Cells)).ToList(), new RowComparer());
    }

    [Fact]
    public void ACsvFile_WithMoreColumnsThanTheLimit_IsRefusedNamingColumns()
    {
        var csv = System.Text.Encoding.UTF8.GetBytes("a,b\n" + string.Join(",", Enumerable.Range(0, 500)) + "\n");

        var refused = Assert.Throws<UploadLimitExceededException>(() => BoundedTable.Rows("wide.csv", csv, UploadLimits.Workbook).Count());

        Assert.Equal("columns", refused.Limit);
        Assert.Equal(200, refused.Allowed);
    }

    private sealed class RowComparer : IEqualityComparer<(int, string[])>
    {
        public bool Equals((int, string[]) x, (int, string[]) y) => x.Item1 == y.Item1 && x.Item2.SequenceEqual(y.Item2);
        public int GetHashCode((int, string[]) obj) => obj.Item1;
    }
}
