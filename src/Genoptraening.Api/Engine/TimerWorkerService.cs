using Genoptraening.Workflows.Runtime;
using Genoptraening.Workflows.Store;
using Genoptraening.Workflows.Store.Postgres;
using Microsoft.Extensions.Options;

namespace Genoptraening.Api.Engine;

/// <summary>Runs the timer worker in the host, woken by this process's steps and, on PostgreSQL, by LISTEN/NOTIFY.</summary>
internal sealed partial class TimerWorkerService(
    TimerWorker worker, ICourseStore store, TimerSignal signal, IOptions<WorkerSettings> settings, ILogger<TimerWorkerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Value.Enabled)
        {
            return;
        }

        var listener = store is PostgresCourseStore postgres
            ? new PostgresTimerListener(postgres.DataSource, signal).RunAsync(stoppingToken)
            : Task.CompletedTask;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await worker.RunAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // The worker must outlive a failing database; it logs and starts again.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogWorkerFailed(logger, e);
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        await listener.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer worker failed; restarting in 5 seconds")]
    private static partial void LogWorkerFailed(ILogger logger, Exception exception);
}
