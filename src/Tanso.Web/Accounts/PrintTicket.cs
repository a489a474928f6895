using Microsoft.AspNetCore.DataProtection;
using Tanso.Data.Accounts;

namespace Tanso.Web.Accounts;

/// <summary>
/// Pages take no access token — with one exception: the app's own headless Chromium, printing a report page for an
/// API caller who asked for a PDF with a token. The app hands its printer a short-lived ticket, protected with the
/// shared key ring and bound to that token; a page GET that carries both is read as the token's owner. The ticket
/// never leaves the server, so a token alone still opens no page.
/// </summary>
internal static class PrintTicket
{
    public const string Header = "X-Tanso-Print";
    private const string Purpose = "Tanso.PrintTicket";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <summary>A ticket for the printer to send with <paramref name="authorization"/> (the caller's bearer header).</summary>
    public static string For(IDataProtectionProvider protection, string authorization) =>
        Protector(protection).Protect(PersonalAccessToken.Hash(authorization), Lifetime);

    public static bool Allows(HttpContext context)
    {
        if (!context.Request.Headers.TryGetValue(Header, out var ticket) || !AccessTokenHandler.IsTokenRequest(context))
        {
            return false;
        }
        try
        {
            return Protector(context.RequestServices.GetRequiredService<IDataProtectionProvider>()).Unprotect(ticket.ToString())
                == PersonalAccessToken.Hash(context.Request.Headers.Authorization.ToString());
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }

    private static ITimeLimitedDataProtector Protector(IDataProtectionProvider protection) =>
        protection.CreateProtector(Purpose).ToTimeLimitedDataProtector();
}
