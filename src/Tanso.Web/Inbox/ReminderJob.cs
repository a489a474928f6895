using Microsoft.Extensions.Options;

namespace Tanso.Web.Inbox;

/// <summary>
/// Runs <see cref="ReminderRun"/> every <see cref="InboxOptions.IntervalSeconds"/> on <see cref="TimeProvider"/>'s
/// clock. It waits before its first pass, so an app on a test's fake clock never ticks by itself; tests call the pass.
/// A failing pass is logged and the next one tries again: everything it did is in the database.
/// </summary>
internal sealed partial class ReminderJob(IServiceScopeFactory scopes, TimeProvider clock, IOptions<InboxOptions> options, ILogger<ReminderJob> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RemindersEnabled)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(options.Value.Interval, clock, stoppingToken);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var tick = await scope.ServiceProvider.GetRequiredService<ReminderRun>().TickAsync(stoppingToken);
                if (tick.Notices + tick.Mailed + tick.Failed + tick.Digests > 0)
                {
                    Ticked(log, tick.Notices, tick.Mailed, tick.Failed, tick.Digests);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                TickFailed(log, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminders: {Notices} notices made, {Mailed} mailed, {Failed} failed, {Digests} digests sent")]
    private static partial void Ticked(ILogger logger, int notices, int mailed, int failed, int digests);

    [LoggerMessage(Level = LogLevel.Error, Message = "The reminder pass failed; the next one tries again")]
    private static partial void TickFailed(ILogger logger, Exception e);
}
