using Tanso.Core.Inventory;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Tanso.Core;
using Tanso.Data.Inventory;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Inventory;

/// <summary>Reads an upload form (file + edition fields), checking size and type before anything else.</summary>
internal static class InventoryUpload
{
    public static async Task<(IFormCollection? Form, (string Name, byte[] Content)? File, ValidationProblem? Error)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return (null, null, Invalid("file", "Send multipart/form-data with a 'file' field."));
        }
        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0)
        {
            return (form, null, Invalid("file", "Choose a CSV or .xlsx file."));
        }
        var name = Path.GetFileName(file.FileName).Trim();
        if (!InventoryAccess.AllowedExtensions.Contains(Path.GetExtension(name).ToLowerInvariant()))
        {
            return (form, null, Invalid("file", $"'{name}' is not a CSV or .xlsx file."));
        }
        if (TextLimits.Exceeds(name, TextLimits.FileName))
        {
            var (ko, en) = TextLimits.TooLong(name, TextLimits.FileName);
            return (form, null, Invalid("file", Text.T($"파일 이름: {ko}", $"File name: {en}")));
        }
        if (file.Length > InventoryAccess.MaxUploadBytes)
        {
            return (form, null, Invalid("file", $"'{name}' is larger than {InventoryAccess.MaxUploadBytes / 1024 / 1024} MB."));
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return (form, (name, buffer.ToArray()), null);
    }

    public static EditionSpec Edition(IFormCollection form) => new(
        form["edition"].ToString(),
        NullIfEmpty(form["editionName"]), NullIfEmpty(form["editionNameEn"]), NullIfEmpty(form["publisher"]),
        DateOnly.TryParseExact(form["publishedOn"].ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
        NullIfEmpty(form["methodNote"]), NullIfEmpty(form["source"]),
        Core.Inventory.IpccGuidelinesNames.Parse(form["guidelines"]) ?? Core.Inventory.IpccGuidelines.Unknown,
        bool.TryParse(form["provisional"], out var p) ? p : null);

    /// <summary>The reading choices of an upload form: unit, headerRow, government, numbering, ignoreColumns.</summary>
    public static ImportOptions Options(IFormCollection form) => new()
    {
        Unit = NullIfEmpty(form["unit"]),
        HeaderRow = int.TryParse(form["headerRow"], NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row > 0 ? row : null,
        Government = NullIfEmpty(form["government"]),
        Numbering = NullIfEmpty(form["numbering"]) ?? "nir",
        IgnoreColumns = ImportOptions.ParseColumns(form["ignoreColumns"]),
    };

    private static string? NullIfEmpty(Microsoft.Extensions.Primitives.StringValues v) => string.IsNullOrWhiteSpace(v) ? null : v.ToString();

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The upload was refused.");
}
