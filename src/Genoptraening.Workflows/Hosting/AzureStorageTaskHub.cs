using DurableTask.AzureStorage;
using Microsoft.Extensions.Logging;

namespace Genoptraening.Workflows.Hosting;

/// <summary>Durable Functions' default storage provider, set up as <see cref="TaskHubSettings"/> says.</summary>
public static class AzureStorageTaskHub
{
    public static AzureStorageOrchestrationService Create(string connectionString, TaskHubSettings settings, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            StorageAccountClientProvider = new StorageAccountClientProvider(connectionString),
            TaskHubName = settings.HubName,
            PartitionCount = settings.PartitionCount,
            MaxConcurrentTaskOrchestrationWorkItems = settings.MaxConcurrentOrchestrations,
            MaxConcurrentTaskActivityWorkItems = settings.MaxConcurrentActivities,
            MaxQueuePollingInterval = settings.MaxQueuePollingInterval,
            ControlQueueVisibilityTimeout = settings.VisibilityTimeout,
            WorkItemQueueVisibilityTimeout = settings.VisibilityTimeout,
            LoggerFactory = loggers,
        });
    }
}
