using DurableTask.AzureStorage;
using Genoptraening.Workflows.Storage.Azure;
using Microsoft.Extensions.Logging;

namespace Genoptraening.Workflows.Hosting;

/// <summary>Durable Functions' default storage provider, set up as <see cref="TaskHubSettings"/> says.</summary>
public static class AzureStorageTaskHub
{
    public static AzureStorageOrchestrationService Create(string connectionString, TaskHubSettings settings, ILoggerFactory loggers) =>
        Create(StorageAccount.FromConnectionString(connectionString), settings, loggers);

    public static AzureStorageOrchestrationService Create(StorageAccount account, TaskHubSettings settings, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(account);
        return Create(account.TaskHubClients(), settings, loggers);
    }

    /// <param name="clients">The account's clients, e.g. with a pipeline policy of one's own.</param>
    /// <param name="settings">The hub and its tuning.</param>
    /// <param name="loggers">The provider's logs.</param>
    public static AzureStorageOrchestrationService Create(StorageAccountClientProvider clients, TaskHubSettings settings, ILoggerFactory loggers) =>
        new(Settings(clients, settings, loggers));

    /// <summary>The provider's settings, which its performance monitor reads the same queues by (operations' health).</summary>
    public static AzureStorageOrchestrationServiceSettings Settings(StorageAccount account, TaskHubSettings settings, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(account);
        return Settings(account.TaskHubClients(), settings, loggers);
    }

    private static AzureStorageOrchestrationServiceSettings Settings(StorageAccountClientProvider clients, TaskHubSettings settings, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new AzureStorageOrchestrationServiceSettings
        {
            StorageAccountClientProvider = clients,
            TaskHubName = settings.HubName,
            PartitionCount = settings.PartitionCount,
            MaxConcurrentTaskOrchestrationWorkItems = settings.MaxConcurrentOrchestrations,
            MaxConcurrentTaskActivityWorkItems = settings.MaxConcurrentActivities,
            MaxQueuePollingInterval = settings.MaxQueuePollingInterval,
            ControlQueueVisibilityTimeout = settings.VisibilityTimeout,
            WorkItemQueueVisibilityTimeout = settings.VisibilityTimeout,
            LoggerFactory = loggers,
        };
    }
}
