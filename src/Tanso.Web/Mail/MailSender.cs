namespace Tanso.Web.Mail;

/// <summary>One e-mail: to one person, with a plain-text body and, optionally, the same text as HTML.</summary>
internal sealed record OutgoingMail(string To, string Subject, string Text, string? Html = null);

/// <summary>Sends e-mail now, or says that mail is not configured. Not durable: a caller that must not lose a
/// message keeps it itself until <see cref="SendAsync"/> has returned.</summary>
internal interface IMailSender
{
    /// <summary>Whether a server is configured; when false, <see cref="SendAsync"/> refuses every message.</summary>
    bool IsConfigured { get; }

    /// <summary>Hands the message to the server. Throws <see cref="MailNotSentException"/> when it could not.</summary>
    Task SendAsync(OutgoingMail mail, CancellationToken ct);
}

/// <summary>The message did not reach the SMTP server (not configured, unreachable, refused, bad address).</summary>
internal sealed class MailNotSentException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The sender while no <c>Mail:Host</c> is set.</summary>
internal sealed class NoMailSender : IMailSender
{
    public bool IsConfigured => false;

    public Task SendAsync(OutgoingMail mail, CancellationToken ct) =>
        throw new MailNotSentException("No mail server is configured (Mail:Host).");
}
