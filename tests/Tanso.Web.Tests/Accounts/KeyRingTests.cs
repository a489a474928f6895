using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Accounts;

/// <summary>The web tier is stateless: a sign-in made on one instance holds on another, because the data-protection
/// keys live in the database, encrypted there when a certificate is configured.</summary>
public sealed class KeyRingTests
{
    private static async Task<string> SignInCookieAsync(TansoApp app)
    {
        await People.CreateUserAsync(app, "ring@me.example", [Role.NationalOfficer]);
        var signedIn = await People.SignInAsync(app.CreateRawClient(), "ring@me.example", People.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return string.Join("; ", signedIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
    }

    private static async Task<HttpStatusCode> TokensPageAsync(TansoApp app, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/tokens");
        if (cookie.Length > 0)
        {
            request.Headers.Add("Cookie", cookie);
        }
        return (await app.CreateRawClient().SendAsync(request)).StatusCode;
    }

    [Fact]
    public async Task ASignInOnOneInstance_HoldsOnAnother_WithTheKeysInTheDatabase()
    {
        await using var database = TestDatabase.Create();
        await using var first = new TansoApp(database);
        await using var second = new TansoApp(database);
        var cookie = await SignInCookieAsync(first);

        Assert.Equal(HttpStatusCode.OK, await TokensPageAsync(second, cookie));
        Assert.Equal(HttpStatusCode.Redirect, await TokensPageAsync(second, "")); // the page does need a sign-in
    }

    [Fact]
    public async Task WithACertificate_TheStoredKeysAreEncrypted_AndStillShared()
    {
        var folder = Directory.CreateTempSubdirectory("tanso-ring-").FullName;
        try
        {
            using var rsa = RSA.Create(2048);
            var request = new CertificateRequest("CN=Tanso key ring test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            var path = Path.Combine(folder, "ring.pfx");
            await File.WriteAllBytesAsync(path, certificate.Export(X509ContentType.Pkcs12, "ring-pass"));
            Dictionary<string, string> settings = new() { ["DataProtection:CertificatePath"] = path, ["DataProtection:CertificatePassword"] = "ring-pass" };

            await using var database = TestDatabase.Create();
            await using var first = new TansoApp(database, settings);
            await using var second = new TansoApp(database, settings);
            var cookie = await SignInCookieAsync(first);
            Assert.Equal(HttpStatusCode.OK, await TokensPageAsync(second, cookie));

            await using var db = database.Open();
            var keys = await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
            Assert.NotEmpty(keys);
            Assert.All(keys, xml =>
            {
                Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
                Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
