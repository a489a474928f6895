using Microsoft.EntityFrameworkCore;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Accounts;

/// <summary>An evidence file on a fresh cycle's task, for the rows that download or remove one.</summary>
public sealed partial class AuthorizationMatrixTests
{
    private static async Task<int> FreshEvidenceAsync(TestDatabase database, int planId, int cycleId)
    {
        await using var db = database.Open();
        var task = await db.Plans.Where(p => p.Id == planId).SelectMany(p => p.Tasks).SingleAsync(t => t.Code == "1");
        var file = new Tanso.Core.Checks.EvidenceFile(cycleId, task.Id, "행렬 증빙.pdf", "application/pdf", "%PDF-1.4 matrix"u8.ToArray(), TestClock.Start.UtcDateTime, "행렬");
        db.EvidenceFiles.Add(file);
        await db.SaveChangesAsync();
        return file.Id;
    }
}
