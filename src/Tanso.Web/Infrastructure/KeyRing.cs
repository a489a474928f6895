using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Tanso.Data;

namespace Tanso.Web.Infrastructure;

/// <summary>
/// The data-protection key ring (sign-in cookies, antiforgery tokens) lives in the database, so that every web instance
/// reads what another wrote. With <c>DataProtection:CertificatePath</c> (a PKCS#12 file with its private key) and
/// <c>DataProtection:CertificatePassword</c>, the keys are encrypted with that certificate before they are stored;
/// without, they are stored as plain XML and ASP.NET Core logs a warning saying so.
/// </summary>
internal static class KeyRing
{
    public static void AddTansoKeyRing(this IServiceCollection services, IConfiguration configuration)
    {
        var ring = services.AddDataProtection().SetApplicationName("Tanso").PersistKeysToDbContext<TansoDb>();
        if (configuration["DataProtection:CertificatePath"] is not { Length: > 0 } path)
        {
            return;
        }
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"DataProtection:CertificatePath names {path}, which does not exist.");
        }
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration["DataProtection:CertificatePassword"]);
        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"The certificate in {path} has no private key: the key ring could be written but never read back.");
        }
        // Reading needs the certificate too: on Linux there is no certificate store the decryptor would find it in.
        ring.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
    }
}
