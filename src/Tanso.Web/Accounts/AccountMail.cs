using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Tanso.Core;
using Tanso.Data.Accounts;
using Tanso.Web.Mail;

namespace Tanso.Web.Accounts;

/// <summary>The account messages Tanso e-mails: Korean first, the same in English below, as text and as HTML.
/// Until mail is configured none is sent, and the administrator is shown the reset link to hand over.</summary>
internal sealed class AccountMail(IMailSender sender)
{
    public bool IsConfigured => sender.IsConfigured;

    /// <summary>Mails the one-time reset link to the account's own address. Throws <see cref="MailNotSentException"/>.</summary>
    public Task SendResetLinkAsync(TansoUser user, Uri link, DateTimeOffset expiresUtc, CancellationToken ct)
    {
        var until = KoreanTime.FromUtc(expiresUtc.UtcDateTime).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var name = string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email! : user.DisplayName;
        string[] ko =
        [
            $"{name} 님,",
            "탄소중립 플랫폼 Tanso의 관리자가 비밀번호 재설정 링크를 보냈습니다. 아래 링크에서 새 비밀번호를 정하십시오.",
            $"이 링크는 한 번만 쓸 수 있고 {until}(한국 시간)까지 유효합니다. 요청한 적이 없다면 이 메일을 무시하고 관리자에게 알려 주십시오.",
        ];
        string[] en =
        [
            $"Dear {name},",
            "An administrator of Tanso, the carbon-neutrality platform, sent you a link to reset your password. Choose a new password at the link below.",
            $"The link works once, until {until} (Korea time). If you did not ask for it, ignore this e-mail and tell your administrator.",
        ];
        return sender.SendAsync(new OutgoingMail(user.Email!, "[Tanso] 비밀번호 재설정 링크 (Password reset link)", Text(ko, en, link), Html(ko, en, link)), ct);
    }

    private static string Text(string[] ko, string[] en, Uri link) =>
        string.Join("\n\n", [ko[0], ko[1], link.AbsoluteUri, ko[2], "----", en[0], en[1], link.AbsoluteUri, en[2]]) + "\n";

    // Korean as text, not as &#x...; escapes (mail programs show both, but the source stays readable).
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string Html(string[] ko, string[] en, Uri link)
    {
        string Part(string lang, string[] lines, string button) =>
            $"""<div lang="{lang}"><p>{Encoder.Encode(lines[0])}</p><p>{Encoder.Encode(lines[1])}</p><p><a href="{Encoder.Encode(link.AbsoluteUri)}">{Encoder.Encode(button)}</a></p><p>{Encoder.Encode(lines[2])}</p></div>""";
        return $"""<!doctype html><html lang="ko"><body>{Part("ko", ko, "새 비밀번호 정하기")}<hr>{Part("en", en, "Choose a new password")}</body></html>""";
    }
}
