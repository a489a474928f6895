using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Tanso.Web.Errors;

[IgnoreAntiforgeryToken]
internal sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }
    public string RequestId { get; private set; } = "";

    public void OnGet(int? status) => Set(status);

    public void OnPost(int? status) => Set(status);

    private void Set(int? status)
    {
        // After an exception the handler has already set the status it chose (400 or 413 for input that cannot be read).
        Status = status ?? (Response.StatusCode >= 400 ? Response.StatusCode : 500);
        Response.StatusCode = Status;
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
    }
}
