using Microsoft.AspNetCore.Mvc.RazorPages;
using Tanso.Core.Governments;
using Tanso.Core.Regional;
using Tanso.Data;
using Tanso.Data.Seeding;

namespace Tanso.Web.DataSets;

internal sealed class IndexModel(TansoDb db, IConfiguration configuration, IHostEnvironment environment) : PageModel
{
    public IReadOnlyList<ShippedDataSet> Sets { get; private set; } = [];
    public IReadOnlyList<(PublishedTarget Target, Government Government)> Targets { get; private set; } = [];
    public bool SampleDataOn { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        SampleDataOn = DataCatalogue.SampleDataOn(configuration, environment);
        Sets = DataCatalogue.Sets(configuration, environment);
        Targets = await DataQueries.TargetsAsync(db, ct);
    }
}
