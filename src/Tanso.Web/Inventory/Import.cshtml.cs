using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Figures;
using Tanso.Data;
using Tanso.Data.Inventory;
using Tanso.Web.Accounts;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Inventory;

/// <summary>Upload → preview (every problem, or what would be imported) → confirm. Nothing is written before the confirmation.</summary>
[Authorize]
[RequestSizeLimit(InventoryAccess.MaxUploadBytes + 1024 * 1024)]
internal sealed class ImportModel(TansoDb db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<InventoryEdition> Editions { get; private set; } = [];
    public ImportResultDto? Result { get; private set; }
    public Guid? UploadId { get; private set; }
    public string? FileName { get; private set; }

    [BindProperty] public string Edition { get; set; } = "";
    [BindProperty] public string? EditionName { get; set; }
    [BindProperty] public string? Publisher { get; set; }
    [BindProperty] public string? PublishedOn { get; set; }
    [BindProperty] public string? MethodNote { get; set; }
    [BindProperty] public string? Source { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var (_, file, error) = await InventoryUpload.ReadAsync(Request, ct);
        if (error is not null)
        {
            foreach (var (field, messages) in error.ProblemDetails.Errors)
            {
                ModelState.AddModelError(field, string.Join(" ", messages));
            }
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        // The pending upload keeps the edition's fields as typed: texts longer than it keeps are refused here, by field.
        var spec = new EditionSpec(Edition, EditionName, null, Publisher, null, MethodNote, Source);
        if (spec.TextProblems().ToList() is { Count: > 0 } tooLong)
        {
            foreach (var p in tooLong)
            {
                ModelState.AddModelError(FieldOf(p.Field), Text.T(p.Ko, p.En));
            }
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var upload = new PendingUpload
        {
            Id = Guid.NewGuid(), UserId = User.ToActor().UserId!, FileName = file!.Value.Name, Content = file.Value.Content,
            EditionCode = Edition.Trim(), EditionName = EditionName?.Trim(), Publisher = Publisher?.Trim(),
            PublishedOn = DateOnly.TryParseExact(PublishedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
            MethodNote = MethodNote?.Trim(), Source = Source?.Trim(), CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var expired = clock.GetUtcNow().UtcDateTime - PendingUpload.Lifetime;
        await db.PendingUploads.Where(u => u.CreatedUtc < expired).ExecuteDeleteAsync(ct);
        // The upload is kept only once its check passed (in RunAsync): a preview that finds problems, fails or is
        // abandoned by its client leaves no pending row behind.
        return await RunAsync(upload, dryRun: true, ct);
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid upload, CancellationToken ct)
    {
        await LoadAsync(ct);
        var userId = User.ToActor().UserId;
        var pending = await db.PendingUploads.SingleOrDefaultAsync(u => u.Id == upload && u.UserId == userId, ct);
        if (pending is null || pending.CreatedUtc < clock.GetUtcNow().UtcDateTime - PendingUpload.Lifetime)
        {
            ModelState.AddModelError("", Text.T("미리보기한 파일을 찾을 수 없습니다(만료되었거나 이미 가져왔습니다). 다시 올려 주십시오.", "The previewed file is gone (expired or already imported). Upload it again."));
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        return await RunAsync(pending, dryRun: false, ct);
    }

    private async Task<IActionResult> RunAsync(PendingUpload upload, bool dryRun, CancellationToken ct)
    {
        var result = await InventoryImporter.RunAsync(db, upload.FileName, upload.Content, upload.Edition, InventoryAccess.MayWrite(User), dryRun, null, ct);
        var directory = await GovernmentDirectory.LoadAsync(db, ct);
        Result = result.ToDto(dryRun, id => directory.FullName(directory.ById(id)!));
        FileName = upload.FileName;
        var stored = db.Entry(upload).State != EntityState.Detached;
        if (!result.Committed)
        {
            UploadId = result.Problems.Count == 0 ? upload.Id : null;
            if (result.Problems.Count == 0 && !stored)
            {
                db.PendingUploads.Add(upload);
                await db.SaveChangesAsync(ct);
            }
            else if (result.Problems.Count > 0 && stored)
            {
                // A check that found problems is a successful page (the API answers 422 instead).
                db.PendingUploads.Remove(upload);
                await db.SaveChangesAsync(ct);
            }
            return Page();
        }
        db.PendingUploads.Remove(upload);
        await db.SaveChangesAsync(ct);
        var first = result.Plan.Entries[0].GovernmentId;
        return Redirect($"/governments/{first}?edition={Uri.EscapeDataString(result.Edition!.Code)}&imported={result.Plan.Entries.Count}");
    }

    private static string FieldOf(string field) => field switch
    {
        "code" => nameof(Edition),
        "name" => nameof(EditionName),
        "publisher" => nameof(Publisher),
        "methodNote" => nameof(MethodNote),
        _ => nameof(Source),
    };

    private async Task LoadAsync(CancellationToken ct) =>
        Editions = (await db.InventoryEditions.AsNoTracking().Where(e => !e.IsSample).ToListAsync(ct)).OrderByDescending(e => e.PublishedOn).ToList();
}
