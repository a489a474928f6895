using Tanso.Core.Governments;
using Tanso.Data;
using Tanso.Data.Inventory;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Community;

/// <summary>Names of governments in the request's language, with the 시·도 before a 시·군·구 (there are five 중구).</summary>
internal sealed class GovernmentNames(GovernmentDirectory directory)
{
    public static async Task<GovernmentNames> LoadAsync(TansoDb db, CancellationToken ct) => new(await GovernmentDirectory.LoadAsync(db, ct));

    public string this[int id] => directory.ById(id) is { } g ? Text.IsEnglish ? g.NameEn : directory.FullName(g) : "";

    public IEnumerable<Government> Where(Func<Government, bool> keep) => directory.All.Where(keep).OrderBy(g => g.Level).ThenBy(g => this[g.Id], StringComparer.Ordinal);
}
