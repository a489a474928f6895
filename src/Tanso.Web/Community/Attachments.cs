using Tanso.Core;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Community;
using Tanso.Data;

namespace Tanso.Web.Community;

/// <summary>
/// Attachments of news posts and good practices: kept in the database (the web tier is stateless), limited in size,
/// number and type. The content type comes from the allowed extension, never from the client, and files whose
/// extension promises a known signature (PDF, PNG, JPEG, Office/HWPX zips) must carry it.
/// </summary>
internal static class Attachments
{
    public const int MaxBytes = 10 * 1024 * 1024;
    public const int MaxPerItem = 10;

    private static readonly Dictionary<string, (string ContentType, byte[]? Signature)> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", "%PDF"u8.ToArray()),
        [".hwp"] = ("application/x-hwp", [0xD0, 0xCF, 0x11, 0xE0]),
        [".hwpx"] = ("application/hwp+zip", [0x50, 0x4B, 0x03, 0x04]),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", [0x50, 0x4B, 0x03, 0x04]),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [0x50, 0x4B, 0x03, 0x04]),
        [".pptx"] = ("application/vnd.openxmlformats-officedocument.presentationml.presentation", [0x50, 0x4B, 0x03, 0x04]),
        [".png"] = ("image/png", [0x89, 0x50, 0x4E, 0x47]),
        [".jpg"] = ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        [".jpeg"] = ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        [".txt"] = ("text/plain; charset=utf-8", null),
        [".csv"] = ("text/csv; charset=utf-8", null),
    };

    public static string AllowedList => string.Join(", ", Allowed.Keys);

    public static string AcceptAttribute => string.Join(",", Allowed.Keys);

    /// <summary>Reads the uploaded files into attachments, or the problems that refuse them all.</summary>
    public static async Task<(List<CommunityFile> Files, List<Problem> Problems)> ReadAsync(IEnumerable<IFormFile> uploads, int alreadyAttached, DateTime nowUtc, CancellationToken ct)
    {
        var (valid, problems) = await ValidateAsync(uploads, ct);
        var files = valid.Select(v => new CommunityFile(v.Name, v.ContentType, v.Content, nowUtc)).ToList();
        if (alreadyAttached + files.Count > MaxPerItem)
        {
            problems.Add(new Problem("files", $"첨부파일은 한 글에 {MaxPerItem}개까지입니다.", $"At most {MaxPerItem} attachments per item."));
        }
        return (files, problems);
    }

    /// <summary>Reads and checks uploaded files (type, size, signature) whatever they will be attached to; the caller
    /// wraps the valid ones and limits their number. Each problem names the file and why.</summary>
    public static async Task<(List<ValidUpload> Files, List<Problem> Problems)> ValidateAsync(IEnumerable<IFormFile> uploads, CancellationToken ct)
    {
        var files = new List<ValidUpload>();
        var problems = new List<Problem>();
        foreach (var upload in uploads.Where(u => u.Length > 0 || u.FileName.Length > 0))
        {
            var name = SafeName(upload.FileName);
            var extension = Path.GetExtension(name);
            if (!Allowed.TryGetValue(extension, out var kind))
            {
                problems.Add(new Problem("files", $"'{name}': 첨부할 수 없는 형식입니다. 가능한 형식: {AllowedList}.", $"'{name}': this type cannot be attached. Allowed: {AllowedList}."));
                continue;
            }
            if (upload.Length == 0 || upload.Length > MaxBytes)
            {
                problems.Add(new Problem("files", $"'{name}': 파일은 비어 있지 않고 {MaxBytes / 1024 / 1024}MB 이하여야 합니다 (지금 {upload.Length:N0}바이트).",
                    $"'{name}': a file must be non-empty and at most {MaxBytes / 1024 / 1024} MB (it has {upload.Length:N0} bytes)."));
                continue;
            }
            using var buffer = new MemoryStream();
            await upload.CopyToAsync(buffer, ct);
            var content = buffer.ToArray();
            if (kind.Signature is { } signature && !content.AsSpan().StartsWith(signature))
            {
                problems.Add(new Problem("files", $"'{name}': 내용이 {extension} 파일이 아닙니다.", $"'{name}': the content is not a {extension} file."));
                continue;
            }
            files.Add(new ValidUpload(name, kind.ContentType, content));
        }
        return (files, problems);
    }

    /// <summary>The file name without folders, control or reserved characters, at most 200 characters; Korean is kept.</summary>
    public static string SafeName(string uploaded)
    {
        var name = Path.GetFileName(uploaded.Replace('\\', '/'));
        var clean = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            clean.Append(char.IsControl(c) || "\"<>|:*?/;".Contains(c, StringComparison.Ordinal) ? '_' : c);
        }
        var result = clean.ToString().Trim().TrimStart('.');
        if (result.Length > 200)
        {
            var extension = Path.GetExtension(result);
            result = result[..(200 - extension.Length)] + extension;
        }
        return result.Length == 0 ? "file" : result;
    }

    /// <summary>A size for people: 12 KB, 3.4 MB.</summary>
    public static string Size(long bytes) => bytes < 1024 * 1024
        ? $"{Math.Max(1, bytes / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture)} KB"
        : $"{(bytes / 1024m / 1024m).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} MB";

    /// <summary>A download: the stored content type, and a Content-Disposition with an ASCII fallback and the UTF-8 name.</summary>
    public static async Task<IResult?> DownloadAsync(TansoDb db, int fileId, CancellationToken ct)
    {
        var file = await db.CommunityFiles.AsNoTracking().Include(f => f.Content).SingleOrDefaultAsync(f => f.Id == fileId, ct);
        return file?.Content is null ? null : TypedResults.File(file.Content.Bytes, file.ContentType, file.FileName);
    }
}

/// <summary>An uploaded file that passed the checks: its cleaned name, the content type of its extension, its bytes.</summary>
internal sealed record ValidUpload(string Name, string ContentType, byte[] Content);

/// <summary>An attachment as listed.</summary>
internal sealed record AttachmentDto(int Id, string FileName, string ContentType, long Length, string Url);

internal static class AttachmentDtos
{
    public static AttachmentDto ToDto(this CommunityFile f) => new(f.Id, f.FileName, f.ContentType, f.Length, $"/api/community/files/{f.Id}");
}
