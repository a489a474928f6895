using MimeKit;

namespace Tanso.Web.Mail;

/// <summary>How the connection to the SMTP server is secured (<c>Mail:Tls</c>).</summary>
internal enum MailTls
{
    /// <summary>Plain SMTP upgraded with STARTTLS, refused if the server does not offer it (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (SMTPS, port 465).</summary>
    SslOnConnect,

    /// <summary>STARTTLS when the server offers it, plain otherwise. Only for a relay on a trusted network.</summary>
    StartTlsWhenAvailable,

    /// <summary>No encryption at all. Only for a relay on the same host (or a test server).</summary>
    None,
}

/// <summary>The <c>Mail</c> section: the SMTP server Tanso sends through. Without a host no mail is sent and every
/// feature that would mail says so (an administrator's reset link is shown to the administrator instead).</summary>
internal sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>The SMTP server's host name; empty means mail is not configured.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public MailTls Tls { get; set; } = MailTls.StartTls;

    /// <summary>The account to authenticate as (optional: a relay may accept the host's address instead).</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender's address, e.g. <c>noreply@tanso.go.kr</c>.</summary>
    public string? FromAddress { get; set; }

    /// <summary>The sender's name as mail programs show it.</summary>
    public string FromName { get; set; } = "탄소중립 플랫폼 Tanso";

    /// <summary>How long one connection, command or reply may take before the send fails.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    /// <summary>Why these settings cannot work, or null.</summary>
    public string? Problem() => !IsConfigured ? null
        : Port is < 1 or > 65535 ? "Mail:Port must lie between 1 and 65535."
        : string.IsNullOrWhiteSpace(FromAddress) || !MailboxAddress.TryParse(FromAddress, out _) ? "Mail:FromAddress must be an e-mail address when Mail:Host is set."
        : string.IsNullOrEmpty(User) != string.IsNullOrEmpty(Password) ? "Mail:User and Mail:Password are set together or not at all."
        : TimeoutSeconds is < 1 or > 600 ? "Mail:TimeoutSeconds must lie between 1 and 600."
        : null;
}
