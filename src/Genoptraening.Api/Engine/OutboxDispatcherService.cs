using Genoptraening.Workflows.Outbox;
using Genoptraening.Workflows.Queues;
using Genoptraening.Workflows.Store;
using Microsoft.Extensions.Options;

namespace Genoptraening.Api.Engine;

/// <summary>
/// Delivers escalations to the Azure Storage queues of <c>ConnectionStrings:EscalationQueues</c>, on the wall
/// clock (delivery happens in real time, whatever the course clock says). Without that setting the
/// messages stay in the outbox.
/// </summary>
internal sealed partial class OutboxDispatcherService(
    ICourseStore store, IConfiguration configuration, IOptions<WorkerSettings> workers, WallClock wallClock, ILogger<OutboxDispatcherService> logger)
    : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!workers.Value.Enabled)
        {
            return;
        }

        if (configuration[Extensions.SettingKeys.EscalationQueuesConnection] is not { Length: > 0 } connectionString)
        {
            LogNoQueues(logger);
            return;
        }

        var account = StorageAccount.Parse(connectionString);
        using var http = new HttpClient();
        var queues = new StorageQueueClient(http, account, wallClock.Clock);
        var dispatcher = new OutboxDispatcher(store, new AzureQueueSink(queues), wallClock.Clock, new OutboxOptions());
        var endpoint = account.QueueEndpoint;
        LogDelivering(logger, endpoint);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.RunAsync(PollInterval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // Delivery must outlive a failing database or queue service; it logs and starts again.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogDispatchFailed(logger, e);
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "ConnectionStrings:EscalationQueues is not set: escalations stay in the outbox")]
    private static partial void LogNoQueues(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivering escalations to {QueueEndpoint}")]
    private static partial void LogDelivering(ILogger logger, Uri queueEndpoint);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox dispatcher failed; starting again in 5 seconds")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception);
}
