using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tanso.Core.Regional;
using Tanso.Data;

namespace Tanso.Web.DataSets;

/// <summary>One table of the page: a series, a scope and the governments it covers, lines × years.</summary>
internal sealed record RegionalTable(string Series, EmissionScope Scope, IReadOnlyList<int> Years, IReadOnlyList<RegionalRow> Rows)
{
    public IEnumerable<string> Notes => Rows.SelectMany(r => r.Cells.Values).Where(f => f.Note.Length > 0).Select(f => f.Note).Distinct();
}

internal sealed record RegionalRow(string Government, string LineKo, string LineEn, IReadOnlyDictionary<int, RegionalFigure> Cells);

internal sealed class RegionalModel(TansoDb db) : PageModel
{
    public RegionalData Data { get; private set; } = null!;
    public IReadOnlyList<RegionalTable> Tables { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await DataQueries.RegionalAsync(db, code, ct) is not { } data)
        {
            return NotFound();
        }
        Data = data;
        // Direct and indirect lines sit in separate tables: they double-count and are never added up.
        Tables = data.Figures.GroupBy(f => (f.Series, f.Scope)).Select(g => new RegionalTable(g.Key.Series, g.Key.Scope,
                g.Select(f => f.Year.Value).Distinct().Order().ToList(),
                g.GroupBy(f => (f.GovernmentId, f.LineKo)).Select(r => new RegionalRow(data.Governments[r.Key.GovernmentId].NameKo, r.Key.LineKo, r.First().LineEn,
                    r.ToDictionary(f => f.Year.Value))).ToList()))
            .ToList();
        return Page();
    }
}
