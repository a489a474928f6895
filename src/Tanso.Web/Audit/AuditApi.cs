using System.Globalization;
using System.Security.Claims;
using System.Text;
using CsvHelper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanso.Data;
using Tanso.Data.Auditing;
using Tanso.Web.Accounts;

using Tanso.Web.Infrastructure;

namespace Tanso.Web.Audit;

internal static class AuditApi
{
    public const int PageSize = 200;

    public static void MapAuditApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/audit").WithTags("Audit trail").RequireAuthorization();
        api.MapGet("/", List).WithSummary("The audit trail, newest first, optionally for one entity (administrators and national officers)");
        api.MapGet("/export", Export).WithSummary("The same entries as CSV (UTF-8 with BOM, for Excel)").ProducesFile("text/csv");
    }

    /// <summary>Entries for one entity type and id (both optional), newest first.</summary>
    public static IQueryable<AuditEntry> For(this IQueryable<AuditEntry> entries, string? entityType, string? entityId)
    {
        var q = entries.AsNoTracking();
        if (entityType is { Length: > 0 })
        {
            q = q.Where(a => a.EntityType == entityType);
        }
        if (entityId is { Length: > 0 })
        {
            q = q.Where(a => a.EntityId == entityId);
        }
        return q.OrderByDescending(a => a.Id);
    }

    private static async Task<Results<Ok<AuditEntryDto[]>, ForbidHttpResult>> List(string? entityType, string? entityId, long? before, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        if (!user.ToActor().CanReadAudit)
        {
            return TypedResults.Forbid();
        }
        var q = db.AuditEntries.For(entityType, entityId);
        if (before is { } b)
        {
            q = q.Where(a => a.Id < b);
        }
        var entries = await q.Take(PageSize).ToListAsync(ct);
        return TypedResults.Ok(entries.Select(ToDto).ToArray());
    }

    private static async Task<Results<FileContentHttpResult, ForbidHttpResult>> Export(string? entityType, string? entityId, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        if (!user.ToActor().CanReadAudit)
        {
            return TypedResults.Forbid();
        }
        var entries = await db.AuditEntries.For(entityType, entityId).ToListAsync(ct);
        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        await using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            csv.WriteRecords(entries.Select(ToDto));
        }
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
        return TypedResults.File(bytes, "text/csv; charset=utf-8", $"tanso-audit-{entityType ?? "all"}-{entityId ?? "all"}.csv");
    }

    public static AuditEntryDto ToDto(AuditEntry a) =>
        new(a.Id, DateTime.SpecifyKind(a.AtUtc, DateTimeKind.Utc), a.UserId, a.ActorName, a.EntityType, a.EntityId, a.Action, a.Before, a.After);
}

internal sealed record AuditEntryDto(long Id, DateTime AtUtc, string? UserId, string ActorName, string EntityType, string EntityId, string Action, string? Before, string? After);
