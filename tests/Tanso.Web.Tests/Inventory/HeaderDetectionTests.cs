using Tanso.Core.Inventory;
using Tanso.Data.Inventory;

namespace Tanso.Web.Tests.Inventory;

/// <summary>
/// Finding the header of a published table from its first rows, without a database: title, unit and note rows
/// above it, a second header row under it, the officer's own pick, and a column that is neither recognised nor
/// ignored.
/// </summary>
// Engine "Any": header detection in the file reader, before any SQL.
[Trait("Engine", "Any")]
public sealed class HeaderDetectionTests
{
    private static List<(int Row, string[] Cells)> Rows(params string[] lines) =>
        lines.Select((l, i) => (i + 1, l.Split(','))).ToList();

    private static SheetLayout Detected(List<(int, string[])> head, ImportOptions? options = null)
    {
        var (layout, problems) = SheetLayout.Detect("t.csv", head, options ?? new ImportOptions());
        Assert.Empty(problems);
        return layout!;
    }

    [Fact]
    public void TitleAndUnitRowsAboveTheHeader_AreSkipped_AndTheUnitRowIsRead()
    {
        var layout = Detected(Rows("부산광역시 온실가스 배출량,,", "(단위: 천톤CO2eq),,", "부문,2021,2022(잠정)", "수송,500,480"));

        Assert.Equal((3, 1, "wide"), (layout.HeaderRow, layout.HeaderRows, layout.Name));
        Assert.Equal(EmissionUnit.Kilotonnes, layout.FileUnit);
        Assert.Equal([1, 2], layout.RowsAbove.Select(r => r.Row));
        Assert.Equal([ColumnRole.Sector, ColumnRole.YearValue, ColumnRole.YearValue], layout.Columns.Select(c => c.Role));
        Assert.Equal([false, true], layout.Columns.Skip(1).Select(c => c.Year!.Value.Provisional));
    }

    [Fact]
    public void ATwoRowHeader_JoinsTheSecondRowToTheFirst()
    {
        var layout = Detected(Rows("구분,,배출량(Gg CO2eq),", "대분류,소분류,2020,2021", "에너지,1.A.1 에너지산업,250000,240000"));

        Assert.Equal((1, 2, 2), (layout.HeaderRow, layout.HeaderRows, layout.LastHeaderRow));
        Assert.Equal([ColumnRole.Sector, ColumnRole.SubSector, ColumnRole.YearValue, ColumnRole.YearValue], layout.Columns.Select(c => c.Role));
        Assert.Equal([2020, 2021], layout.Columns.Where(c => c.Year is not null).Select(c => c.Year!.Value.Year));
        Assert.Equal(EmissionUnit.Kilotonnes, layout.FileUnit);
    }

    [Fact]
    public void TheOfficersPick_OverridesTheDetectedHeaderRow()
    {
        var head = Rows("부문,2021", "sector,year,value_t", "수송,2021,5");

        Assert.Equal(1, Detected(head).HeaderRow);
        var picked = Detected(head, new ImportOptions { HeaderRow = 2 });
        Assert.Equal((2, "long", EmissionUnit.Tonnes1), (picked.HeaderRow, picked.Name, picked.FileUnit));
    }

    [Fact]
    public void APickedRowThatIsNotThere_IsRefusedNamingIt()
    {
        var (layout, problems) = SheetLayout.Detect("t.csv", Rows("부문,2021", "수송,5"), new ImportOptions { HeaderRow = 9 });

        Assert.Null(layout);
        Assert.Equal(9, Assert.Single(problems).Row);
    }

    [Fact]
    public void WithoutAnyHeader_TheOfficerIsAskedToPickOne()
    {
        var (layout, problems) = SheetLayout.Detect("t.csv", Rows("온실가스 통계", "수송,5"), new ImportOptions());

        Assert.Null(layout);
        Assert.Contains("pick the header row", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnrecognisedColumn_StaysUnknown_UnlessTheOfficerIgnoresIt()
    {
        var head = Rows("부문,담당자,2021", "수송,김,5");

        Assert.Equal(ColumnRole.Unknown, Detected(head).Columns[1].Role);
        Assert.Equal(ColumnRole.Ignored, Detected(head, new ImportOptions { IgnoreColumns = ["B"] }).Columns[1].Role);
        Assert.Equal(ColumnRole.Ignored, Detected(head, new ImportOptions { IgnoreColumns = ["담당자"] }).Columns[1].Role);
    }
}
