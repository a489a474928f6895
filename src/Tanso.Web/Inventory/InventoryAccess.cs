using System.Security.Claims;
using Tanso.Core.Governments;
using Tanso.Web.Accounts;

namespace Tanso.Web.Inventory;

internal static class InventoryAccess
{
    /// <summary>Who may import a government's rows: its officers, national officers for the nation, administrators.</summary>
    public static Func<Government, bool> MayWrite(ClaimsPrincipal user)
    {
        var actor = user.ToActor();
        return g => actor.IsAuthenticated && actor.CanEditGovernment(g.Id, g.Level == GovernmentLevel.National);
    }

    /// <summary>Largest upload accepted: a national file of every government, sector, gas and year fits well within it.</summary>
    public const long MaxUploadBytes = 200L * 1024 * 1024;

    public static readonly string[] AllowedExtensions = [".csv", ".txt", ".xlsx"];
}
