using Microsoft.EntityFrameworkCore;
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
        var changed = false;
        void Watch(object? sender, SavingChangesEventArgs e) =>
            changed |= db.ChangeTracker.Entries().Any(x => x.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && IsWork(x.Metadata.ClrType));
        db.SavingChanges += Watch;
        // Before the response starts: a client that has the answer finds the notices made (a redirect included).
        context.Response.OnStarting(async () =>
        {
            if (changed && context.Response.StatusCode < 400)
            {
                await AnnounceAsync(context);
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

    private static async Task AnnounceAsync(HttpContext context)
    {
        try
        {
            await context.RequestServices.GetRequiredService<ReminderRun>().AnnounceNewAsync(context.RequestAborted);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The work itself is saved; the job's next pass makes the notices this one could not.
            AnnounceFailed(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WorkNotices)), e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "New-work notices could not be made at once; the reminder job will make them")]
    private static partial void AnnounceFailed(ILogger logger, Exception e);
}
