using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Tanso.Web.Mail;

/// <summary>Sends through the configured SMTP server with MailKit, one connection per message (mail is rare here:
/// reset links now, reminders later).</summary>
internal sealed partial class SmtpMailSender(IOptions<MailOptions> options, ILogger<SmtpMailSender> log) : IMailSender
{
    public bool IsConfigured => true;

    public async Task SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        var o = options.Value;
        if (!MailboxAddress.TryParse(mail.To, out var to))
        {
            throw new MailNotSentException($"'{mail.To}' is not an e-mail address.");
        }
        var message = new MimeMessage { Subject = mail.Subject };
        message.From.Add(new MailboxAddress(o.FromName, o.FromAddress!));
        message.To.Add(to);
        var body = new BodyBuilder { TextBody = mail.Text, HtmlBody = mail.Html };
        message.Body = body.ToMessageBody(); // multipart/alternative when there is HTML

        using var smtp = new SmtpClient { Timeout = o.TimeoutSeconds * 1000 };
        try
        {
            await smtp.ConnectAsync(o.Host!, o.Port, Secure(o.Tls), ct);
            if (!string.IsNullOrEmpty(o.User))
            {
                await smtp.AuthenticateAsync(o.User, o.Password ?? "", ct);
            }
            await smtp.SendAsync(message, ct);
            await smtp.DisconnectAsync(quit: true, ct);
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or AuthenticationException or SslHandshakeException
            or ServiceNotConnectedException or SocketException or IOException or TimeoutException)
        {
            // The address is personal data: the log names the server and the failure, not the recipient.
            MailFailed(log, e, o.Host!, o.Port);
            throw new MailNotSentException($"The mail server {o.Host}:{o.Port} did not take the message: {e.Message}", e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail to the SMTP server {Host}:{Port} failed")]
    private static partial void MailFailed(ILogger logger, Exception e, string host, int port);

    private static SecureSocketOptions Secure(MailTls tls) => tls switch
    {
        MailTls.SslOnConnect => SecureSocketOptions.SslOnConnect,
        MailTls.StartTlsWhenAvailable => SecureSocketOptions.StartTlsWhenAvailable,
        MailTls.None => SecureSocketOptions.None,
        _ => SecureSocketOptions.StartTls,
    };
}

internal static class MailSetup
{
    /// <summary>Binds <c>Mail:</c>, checks it at start-up (naming what is wrong), and sends through SMTP when a host is set.</summary>
    public static IServiceCollection AddTansoMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MailOptions>, MailOptionsCheck>();
        services.AddSingleton<IMailSender>(sp => sp.GetRequiredService<IOptions<MailOptions>>().Value.IsConfigured
            ? ActivatorUtilities.CreateInstance<SmtpMailSender>(sp)
            : new NoMailSender());
        return services;
    }

    private sealed class MailOptionsCheck : IValidateOptions<MailOptions>
    {
        public ValidateOptionsResult Validate(string? name, MailOptions options) =>
            options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
