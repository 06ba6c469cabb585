using DurableTask.Core;
using DurableTask.Core.Exceptions;
using Genoptraening.Workflows.Orchestration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Genoptraening.Workflows.Retention;

/// <summary>
/// Starts the task hub's retention sweep when a host starts, unless it runs already: in the background, trying again for a
/// while when the task hub is not ready yet (the Functions host creates it as it starts too).
/// </summary>
public sealed partial class RetentionSweepStarter(CourseOrchestrations orchestrations, IClock clock, ILogger<RetentionSweepStarter> logger) : BackgroundService
{
    private static readonly TimeSpan[] Waits = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(5)];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var firstRun = RetentionSchedule.NextRun(clock.GetCurrentInstant().ToDateTimeOffset());
                await orchestrations.StartOnceAsync(nameof(RetentionSweepOrchestrator), RetentionSweepOrchestrator.InstanceId, firstRun).ConfigureAwait(false);
                return;
            }
            catch (OrchestrationAlreadyExistsException)
            {
                return;
            }
#pragma warning disable CA1031 // Whatever stops it now, it is tried again, and at the host's next start; it never stops the host.
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
#pragma warning restore CA1031
            {
                if (attempt >= Waits.Length)
                {
                    LogGaveUp(logger, e);
                    return;
                }

                LogNotYet(logger, e, Waits[attempt]);
                await Task.Delay(Waits[attempt], stoppingToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The retention sweep could not be started; the host's next start tries again.")]
    private static partial void LogGaveUp(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The retention sweep could not be started yet; trying again in {Wait}.")]
    private static partial void LogNotYet(ILogger logger, Exception exception, TimeSpan wait);
}
