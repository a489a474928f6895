using Microsoft.AspNetCore.Mvc.RazorPages;
using Tanso.Web.Accounts;

namespace Tanso.Web.Community;

/// <summary>The participation hub: links to every community feature the visitor may use.</summary>
internal sealed class CommunityIndexModel : PageModel
{
    public bool SignedIn { get; private set; }
    public bool Moderates { get; private set; }

    public void OnGet()
    {
        SignedIn = User.ToActor().IsAuthenticated;
        Moderates = CommunityAccess.IsModerator(User);
    }
}
