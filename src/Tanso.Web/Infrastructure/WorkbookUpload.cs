using Tanso.Core;
using Tanso.Data.Tabular;

namespace Tanso.Web.Infrastructure;

/// <summary>Why an upload was refused before it was read: 400 (no file, wrong type, long name) or 413 (above the byte limit, named).</summary>
internal sealed record UploadRefusal(int Status, string Field, string Message, string? Limit = null, long? Allowed = null)
{
    public IResult ToResult() => Status == StatusCodes.Status413PayloadTooLarge
        ? TypedResults.Problem(statusCode: Status, title: Text.T("파일이 Tanso가 받는 한도보다 큽니다.", "The upload is larger than Tanso accepts."), detail: Message,
            extensions: new Dictionary<string, object?> { ["limit"] = Limit, ["allowed"] = Allowed })
        : TypedResults.ValidationProblem(new Dictionary<string, string[]> { [Field] = [Message] }, title: Text.T("파일을 받지 않았습니다.", "The upload was refused."));
}

/// <summary>
/// Reads the one file of a workbook upload (plan tasks, progress, statistics): multipart with a <c>file</c> field,
/// of an allowed type, within <see cref="UploadLimits.Workbook"/>'s byte limit, checked on the declared length before
/// it is copied into memory.
/// </summary>
internal static class WorkbookUpload
{
    public static async Task<(IFormCollection? Form, (string Name, byte[] Content)? File, UploadRefusal? Refusal)> ReadAsync(
        HttpRequest request, string[] extensions, UploadLimits limits, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return (null, null, new(400, "file", Text.T("'file' 필드가 있는 multipart/form-data로 보내십시오.", "Send multipart/form-data with a 'file' field.")));
        }
        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0)
        {
            return (form, null, new(400, "file", Text.T($"파일을 고르십시오 ({string.Join(", ", extensions)}).", $"Choose a file ({string.Join(", ", extensions)}).")));
        }
        var name = Path.GetFileName(file.FileName.Replace('\\', '/')).Trim();
        if (!extensions.Contains(Path.GetExtension(name).ToLowerInvariant()))
        {
            return (form, null, new(400, "file", Text.T($"'{name}'은(는) 받는 형식({string.Join(", ", extensions)})이 아닙니다.", $"'{name}' is not one of {string.Join(", ", extensions)}.")));
        }
        if (TextLimits.Exceeds(name, TextLimits.FileName))
        {
            var (ko, en) = TextLimits.TooLong(name, TextLimits.FileName);
            return (form, null, new(400, "file", Text.T($"파일 이름: {ko}", $"File name: {en}")));
        }
        if (file.Length > limits.MaxBytes)
        {
            var refused = new UploadLimitExceededException("bytes", limits.MaxBytes, name);
            return (form, null, new(413, "file", Text.T(refused.Korean, refused.Message), "bytes", limits.MaxBytes));
        }
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return (form, (name, buffer.ToArray()), null);
    }
}
