namespace Tanso.Web.Reports;

/// <summary>
/// What the print request carries so that the app sees it as the caller: the caller's own cookies (sign-in,
/// language) and bearer token, copied from the request that asked for the PDF. The printed page then
/// authorizes exactly as it would for the caller, so a PDF can never show more than the caller could see.
/// </summary>
internal sealed record PrintCredentials(IReadOnlyList<KeyValuePair<string, string>> Cookies, string? Authorization)
{
    public static PrintCredentials Anonymous { get; } = new([], null);

    public static PrintCredentials From(HttpRequest request) => new(
        [.. request.Cookies],
        request.Headers.Authorization is { Count: > 0 } authorization ? authorization.ToString() : null);

    // The values are the caller's secrets: keep them out of logs and exception messages.
    public override string ToString() =>
        $"{nameof(PrintCredentials)} {{ Cookies = [{string.Join(", ", Cookies.Select(c => c.Key))}], Authorization = {(Authorization is null ? "none" : "…")} }}";
}

/// <summary>
/// Printing failed for a reason an operator or the caller can act on (Chromium missing, the page refused,
/// too slow). The message is written for a ProblemDetails <c>detail</c>: it names no secret.
/// </summary>
internal sealed class PdfPrintingException : Exception
{
    public PdfPrintingException(string message) : base(message) { }

    public PdfPrintingException(string message, Exception inner) : base(message, inner) { }

    public PdfPrintingException() { }
}
