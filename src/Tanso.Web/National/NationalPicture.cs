using Tanso.Core.Figures;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Web.National;

/// <summary>One cell of the national table: a published figure, or a total Tanso computed from the lines.</summary>
internal sealed record PictureCell(MegatonnesCo2e Value, FigureStatus Status, int SourceNumber, bool Computed);

/// <summary>A row: a sector, or gross / net total.</summary>
internal sealed record PictureRow(FigureLine Line, Sector? Sector, IReadOnlyList<PictureCell?> Cells);

/// <summary>
/// The national picture on the home page: series as columns (2018 base, 2030 targets, 2050 scenarios),
/// sector lines as rows, every cell tied to a numbered source and a status.
/// </summary>
internal sealed class NationalPicture
{
    /// <summary>Marks a total that no source states and Tanso added up.</summary>
    public const string ComputedSourceKo = "위 부문 값의 합계 (Tanso 계산, 원자료에 합계 없음)";
    public const string ComputedSourceEn = "Sum of the sector lines above (computed by Tanso; the source states no total)";

    private NationalPicture(IReadOnlyList<FigureSeries> columns, IReadOnlyList<PictureRow> rows, IReadOnlyList<string> sources, IReadOnlyList<InventoryEdition> editions)
    {
        Columns = columns;
        Rows = rows;
        Sources = sources;
        Editions = editions;
    }

    public IReadOnlyList<FigureSeries> Columns { get; }
    public IReadOnlyList<PictureRow> Rows { get; }

    /// <summary>Sources in order of first use; a cell's <see cref="PictureCell.SourceNumber"/> is its 1-based index.</summary>
    public IReadOnlyList<string> Sources { get; }

    public IReadOnlyList<InventoryEdition> Editions { get; }

    public static NationalPicture Build(IReadOnlyList<OfficialFigure> figures, bool english)
    {
        var columns = figures.Select(f => f.Series!).DistinctBy(s => s.Id).OrderBy(s => s.Order).ToList();
        var sources = new List<string>();
        int SourceNumber(string source)
        {
            var i = sources.IndexOf(source);
            if (i < 0)
            {
                sources.Add(source);
                i = sources.Count - 1;
            }
            return i + 1;
        }

        var byCell = figures.ToDictionary(f => (f.SeriesId, f.Line));
        PictureCell? Published(FigureSeries s, FigureLine line) =>
            byCell.TryGetValue((s.Id, line), out var f) ? new PictureCell(f.Value.ToMegatonnes(), f.Status, SourceNumber(f.Source), false) : null;

        var sectorRows = SectorTaxonomy.All
            .Where(sector => figures.Any(f => f.Line.Sector == sector.Code))
            .Select(sector => new PictureRow(FigureLine.ForSector(sector.Code), sector, columns.Select(c => Published(c, FigureLine.ForSector(sector.Code))).ToList()))
            .ToList();

        var computed = english ? ComputedSourceEn : ComputedSourceKo;
        PictureCell? Total(FigureSeries s, FigureLine line)
        {
            if (Published(s, line) is { } stated)
            {
                return stated;
            }
            var lines = figures.Where(f => f.SeriesId == s.Id).Select(f => (f.Line, f.Value)).ToList();
            var sum = line == FigureLine.TotalGross ? SeriesBalance.GrossOfSectors(lines) : SeriesBalance.NetOfSectors(lines);
            return new PictureCell(sum.ToMegatonnes(), FigureStatus.Derived, SourceNumber(computed), true);
        }

        var totals = new[] { FigureLine.TotalGross, FigureLine.TotalNet }
            .Select(line => new PictureRow(line, null, columns.Select(c => Total(c, line)).ToList()));
        var editions = figures.Select(f => f.Edition!).DistinctBy(e => e.Id).ToList();
        return new NationalPicture(columns, [.. sectorRows, .. totals], sources, editions);
    }

    /// <summary>The series' stated or computed net total.</summary>
    public PictureCell? NetTotal(FigureSeries series) =>
        Rows.Single(r => r.Line == FigureLine.TotalNet).Cells[Columns.ToList().IndexOf(series)];

    /// <summary>The series' stated or computed gross total.</summary>
    public PictureCell? GrossTotal(FigureSeries series) =>
        Rows.Single(r => r.Line == FigureLine.TotalGross).Cells[Columns.ToList().IndexOf(series)];
}
