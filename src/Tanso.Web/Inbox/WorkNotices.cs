using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Tanso.Data;

namespace Tanso.Web.Inbox;

/// <summary>
/// Announces new work the moment it arises: when a write request has saved something an inbox reads (a plan step, a
/// review opinion, a cycle stage, a score, a result or reply, an improvement opinion, citizen feedback), the "new work"
/// notices are made before its response goes out, so the next person sees the notification at once rather than on the
/// reminder job's next pass. The notices are claimed as the job claims them (one row per person, item and reason), so
/// the job finds them made and never repeats them; reminders before, on and after a deadline stay with the job.
/// </summary>
internal static partial class WorkNotices
{
    public static IApplicationBuilder UseWorkNotices(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || context.User.Identity?.IsAuthenticated != true
            || !context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<InboxOptions>>().Value.AnnounceAtOnce)
        {
            await next(context);
            return;
        }
        var db = context.RequestServices.GetRequiredService<TansoDb>();
        var concern = new Concern();
        void Watch(object? sender, SavingChangesEventArgs e)
        {
            foreach (var entry in db.ChangeTracker.Entries().Where(x => x.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && IsWork(x.Metadata.ClrType)))
            {
                concern.Note(entry);
            }
        }
        db.SavingChanges += Watch;
        // Before the response starts: a client that has the answer finds the notices made (a redirect included).
        context.Response.OnStarting(async () =>
        {
            if (concern.Any && context.Response.StatusCode < 400)
            {
                await AnnounceAsync(context, concern);
            }
        });
        try
        {
            await next(context);
        }
        finally
        {
            db.SavingChanges -= Watch;
        }
    });

    /// <summary>The entities the inbox sources read: changing one may give someone new work.</summary>
    private static bool IsWork(Type type) =>
        type.Namespace == typeof(Core.Checks.CheckCycle).Namespace
        || type == typeof(Core.Plans.Plan) || type == typeof(Core.Plans.PlanReviewOpinion)
        || type == typeof(Core.Community.PlanFeedback);

    private static async Task AnnounceAsync(HttpContext context, Concern concern)
    {
        try
        {
            var db = context.RequestServices.GetRequiredService<TansoDb>();
            var governments = await concern.GovernmentsAsync(db, context.RequestAborted);
            await context.RequestServices.GetRequiredService<ReminderRun>().AnnounceNewAsync(governments, context.RequestAborted);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The work itself is saved; the job's next pass makes the notices this one could not.
            AnnounceFailed(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WorkNotices)), e);
        }
    }

    /// <summary>
    /// Whose work the saved rows can have changed: the government each row names, directly or through its cycle or plan.
    /// A row that names none of them concerns everyone (the announcement then reads every government's facts).
    /// </summary>
    private sealed class Concern
    {
        private readonly HashSet<int> _governments = [];
        private readonly HashSet<int> _cycles = [];
        private readonly HashSet<int> _plans = [];
        private bool _everyone;

        public bool Any { get; private set; }

        public void Note(EntityEntry entry)
        {
            Any = true;
            if (Read(entry, "GovernmentId") is { } government)
            {
                _governments.Add(government);
            }
            else if (Read(entry, "CycleId") is { } cycle)
            {
                _cycles.Add(cycle);
            }
            else if (Read(entry, "PlanId") is { } plan)
            {
                _plans.Add(plan);
            }
            else
            {
                _everyone = true;
            }
        }

        public async Task<IReadOnlyCollection<int>?> GovernmentsAsync(TansoDb db, CancellationToken ct)
        {
            if (_everyone)
            {
                return null;
            }
            var all = new HashSet<int>(_governments);
            if (_cycles.Count > 0)
            {
                all.UnionWith(await db.CheckCycles.AsNoTracking().Where(c => _cycles.Contains(c.Id)).Select(c => c.GovernmentId).ToListAsync(ct));
            }
            if (_plans.Count > 0)
            {
                all.UnionWith(await db.Plans.AsNoTracking().Where(p => _plans.Contains(p.Id)).Select(p => p.GovernmentId).ToListAsync(ct));
            }
            return all;
        }

        // A deleted row is known by what it was.
        private static int? Read(EntityEntry entry, string name) =>
            entry.Metadata.FindProperty(name) is { } property && property.ClrType == typeof(int)
                ? (int?)(entry.State == EntityState.Deleted ? entry.OriginalValues[property] : entry.CurrentValues[property])
                : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "New-work notices could not be made at once; the reminder job will make them")]
    private static partial void AnnounceFailed(ILogger logger, Exception e);
}
