using System.Reflection;

namespace Tanso.Web.Site;

/// <summary>The <c>Site</c> section: who runs this deployment, shown in the footer and on the privacy and terms pages.
/// Every government that deploys Tanso fills it in; the defaults describe the open-source project itself.</summary>
internal sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>Shows the KRDS official-site banner ("이 누리집은 대한민국 공식 전자정부 누리집입니다"). Only a
    /// government deployment may turn it on.</summary>
    public bool OfficialBanner { get; set; }

    public string OperatorKo { get; set; } = "탄소(Tanso) 공개 소스 프로젝트";
    public string OperatorEn { get; set; } = "the Tanso open-source project";

    /// <summary>Postal address of the operator (optional).</summary>
    public string? Address { get; set; }

    /// <summary>Where people ask questions: an e-mail address (optional).</summary>
    public string? ContactEmail { get; set; }

    /// <summary>A telephone number with its hours, e.g. "02-123-4567 (평일 09–18시)" (optional).</summary>
    public string? ContactPhone { get; set; }

    /// <summary>The privacy officer (개인정보 보호책임자) named by the privacy policy: name or post.</summary>
    public string? PrivacyOfficer { get; set; }

    /// <summary>The date the privacy policy and terms took effect, shown on both pages.</summary>
    public DateOnly PolicyEffectiveOn { get; set; } = new(2026, 12, 1);

    /// <summary>The running version: the assembly's informational version (set by the build), without the commit hash.</summary>
    public static string Version { get; } =
        (typeof(SiteOptions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    public string Operator(bool english) => english ? OperatorEn : OperatorKo;
}

internal static class SiteSetup
{
    public static IServiceCollection AddTansoSite(this IServiceCollection services)
    {
        services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.OperatorKo) && !string.IsNullOrWhiteSpace(o.OperatorEn), "Site:OperatorKo and Site:OperatorEn must name who runs this site.")
            .Validate(o => o.ContactEmail is null || o.ContactEmail.Length == 0 || o.ContactEmail.Contains('@', StringComparison.Ordinal), "Site:ContactEmail must be an e-mail address.")
            .ValidateOnStart();
        return services;
    }
}
