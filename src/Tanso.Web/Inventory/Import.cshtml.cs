using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Figures;
using Tanso.Core.Inventory;
using Tanso.Data;
using Tanso.Data.Inventory;
using Tanso.Web.Accounts;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Inventory;

/// <summary>
/// Upload → preview (layout, totals beside the file's own and the current edition's, warnings, problems) →
/// confirm. The file waits in the database between the steps with the officer's choices, so a refused attempt
/// is corrected and checked again without uploading it again. Nothing is written before the confirmation.
/// </summary>
[Authorize]
[RequestSizeLimit(InventoryAccess.MaxUploadBytes + 1024 * 1024)]
internal sealed class ImportModel(TansoDb db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<InventoryEdition> Editions { get; private set; } = [];
    public ImportResult? Result { get; private set; }
    public ImportPreview? Preview { get; private set; }
    public Guid? UploadId { get; private set; }
    public string? FileName { get; private set; }

    [BindProperty] public string Edition { get; set; } = "";
    [BindProperty] public string? EditionName { get; set; }
    [BindProperty] public string? Publisher { get; set; }
    [BindProperty] public string? PublishedOn { get; set; }
    [BindProperty] public string? MethodNote { get; set; }
    [BindProperty] public string? Source { get; set; }
    [BindProperty] public string? Guidelines { get; set; }
    [BindProperty] public string? Unit { get; set; }
    [BindProperty] public int? HeaderRow { get; set; }
    [BindProperty] public string? Government { get; set; }
    [BindProperty] public string Numbering { get; set; } = "nir";
    [BindProperty] public string? IgnoreColumns { get; set; }

    /// <summary>The form; with <paramref name="upload"/>, that previewed file's preview again (the inbox links here while
    /// it waits for its confirmation).</summary>
    public async Task<IActionResult> OnGetAsync(Guid? upload, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (upload is not { } id)
        {
            return Page();
        }
        return await PendingAsync(id, ct) is { } pending ? await RunAsync(pending, dryRun: true, ct) : Page();
    }

    /// <summary>Drops a previewed file without importing it (it leaves the uploader's inbox).</summary>
    public async Task<IActionResult> OnPostDiscardAsync(Guid upload, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (await PendingAsync(upload, ct) is not { } pending)
        {
            return Page();
        }
        db.PendingUploads.Remove(pending);
        await db.SaveChangesAsync(ct);
        return Redirect("/inventory/import?discarded=" + Uri.EscapeDataString(pending.FileName));
    }

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
        var upload = new PendingUpload { Id = Guid.NewGuid(), UserId = User.ToActor().UserId!, FileName = file!.Value.Name, Content = file.Value.Content, CreatedUtc = clock.GetUtcNow().UtcDateTime };
        if (!Choose(upload))
        {
            return Page();
        }
        var expired = clock.GetUtcNow().UtcDateTime - PendingUpload.Lifetime;
        await db.PendingUploads.Where(u => u.CreatedUtc < expired).ExecuteDeleteAsync(ct);
        // The file is kept only once its preview has run: a preview refused on a limit (413), cut short by the client
        // going away, or of a file that is no table at all leaves no pending upload behind.
        var page = await RunAsync(upload, dryRun: true, ct);
        if (Result!.Report.Format == "unreadable")
        {
            UploadId = null;
            return page;
        }
        db.PendingUploads.Add(upload);
        await db.SaveChangesAsync(ct);
        return page;
    }

    /// <summary>The same file again with changed choices (header row, unit, government, edition…).</summary>
    public async Task<IActionResult> OnPostRecheckAsync(Guid upload, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (await PendingAsync(upload, ct) is not { } pending)
        {
            return Page();
        }
        if (!Choose(pending))
        {
            return Page();
        }
        await db.SaveChangesAsync(ct);
        return await RunAsync(pending, dryRun: true, ct);
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid upload, CancellationToken ct)
    {
        await LoadAsync(ct);
        return await PendingAsync(upload, ct) is { } pending ? await RunAsync(pending, dryRun: false, ct) : Page();
    }

    private async Task<PendingUpload?> PendingAsync(Guid upload, CancellationToken ct)
    {
        var userId = User.ToActor().UserId;
        var pending = await db.PendingUploads.SingleOrDefaultAsync(u => u.Id == upload && u.UserId == userId, ct);
        if (pending is null || pending.CreatedUtc < clock.GetUtcNow().UtcDateTime - PendingUpload.Lifetime)
        {
            ModelState.AddModelError("", Text.T("미리보기한 파일을 찾을 수 없습니다(만료되었거나 이미 가져왔습니다). 다시 올려 주십시오.", "The previewed file is gone (expired or already imported). Upload it again."));
            Response.StatusCode = StatusCodes.Status404NotFound;
            return null;
        }
        return pending;
    }

    // Copies the form's choices onto the pending upload; texts longer than it keeps are refused here, by field.
    private bool Choose(PendingUpload upload)
    {
        var spec = new EditionSpec(Edition, EditionName, null, Publisher, null, MethodNote, Source);
        if (spec.TextProblems().ToList() is { Count: > 0 } tooLong)
        {
            foreach (var p in tooLong)
            {
                ModelState.AddModelError(FieldOf(p.Field), Text.T(p.Ko, p.En));
            }
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return false;
        }
        upload.EditionCode = Edition.Trim();
        upload.EditionName = EditionName?.Trim();
        upload.Publisher = Publisher?.Trim();
        upload.PublishedOn = DateOnly.TryParseExact(PublishedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        upload.MethodNote = MethodNote?.Trim();
        upload.Source = Source?.Trim();
        upload.Guidelines = IpccGuidelinesNames.Parse(Guidelines) ?? IpccGuidelines.Unknown;
        upload.Unit = string.IsNullOrWhiteSpace(Unit) ? null : Unit.Trim();
        upload.HeaderRow = HeaderRow is > 0 ? HeaderRow : null;
        upload.Government = string.IsNullOrWhiteSpace(Government) ? null : Government.Trim()[..Math.Min(Government.Trim().Length, 200)];
        upload.Numbering = ImportOptions.Numberings.Contains(Numbering) ? Numbering : "nir";
        upload.IgnoreColumns = string.IsNullOrWhiteSpace(IgnoreColumns) ? null : IgnoreColumns.Trim()[..Math.Min(IgnoreColumns.Trim().Length, 500)];
        return true;
    }

    private async Task<IActionResult> RunAsync(PendingUpload upload, bool dryRun, CancellationToken ct)
    {
        var result = await InventoryImporter.RunAsync(db, upload.FileName, upload.Content, upload.Edition, upload.Options, InventoryAccess.MayWrite(User), dryRun, null, ct);
        Result = result;
        FileName = upload.FileName;
        ShowChoices(upload);
        if (!result.Committed)
        {
            // Kept, problems or not: the officer corrects a choice and checks the same file again.
            UploadId = upload.Id;
            if (result.Report.Layout is not null)
            {
                Preview = await ImportPreview.BuildAsync(db, result.Report, result.EditionIsNew ? null : result.Edition?.Id, ct);
            }
            return Page();
        }
        db.PendingUploads.Remove(upload);
        await db.SaveChangesAsync(ct);
        var first = result.Report.Governments.First();
        return Redirect($"/governments/{first}?edition={Uri.EscapeDataString(result.Edition!.Code)}&imported={result.Report.Entries}");
    }

    private void ShowChoices(PendingUpload u)
    {
        (Edition, EditionName, Publisher, MethodNote, Source) = (u.EditionCode, u.EditionName, u.Publisher, u.MethodNote, u.Source);
        PublishedOn = u.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Guidelines = u.Guidelines == IpccGuidelines.Unknown ? "" : u.Guidelines.ToString();
        (Unit, HeaderRow, Government, Numbering, IgnoreColumns) = (u.Unit, u.HeaderRow, u.Government, u.Numbering, u.IgnoreColumns);
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
