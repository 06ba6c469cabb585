using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.DurableTask.Testing.Sidecar;
using Microsoft.Extensions.Logging;

namespace Genoptraening.Bench.Wiring.Backends;

/// <summary>One backend instance as a host sees it: the service the dispatchers poll and the client side.</summary>
internal sealed record Backend(string Name, ObservedOrchestrationService Service, IOrchestrationServiceClient Client, IOrchestrationService Raw);

/// <summary>Creates the two backends with the concurrency limits raised explicitly.</summary>
internal static class BackendFactory
{
    public const int MaxOrchestrations = 100;
    public const int MaxActivities = 100;
    public const string InMemoryName = "in-memory";
    public const string AzureStorageName = "azure-storage";

    public static Backend InMemory(ILoggerFactory loggers)
    {
        var service = new InMemoryOrchestrationService(loggers);
        return new Backend(InMemoryName, new ObservedOrchestrationService(service, MaxOrchestrations, MaxActivities), service, service);
    }

    /// <summary>A new service instance on the task hub (as a new host process would create), created if missing.</summary>
    public static async Task<Backend> AzureStorageAsync(string connectionString, string taskHub, ILoggerFactory loggers)
    {
        var service = new AzureStorageOrchestrationService(AzureStorageSettings(connectionString, taskHub, loggers));
        await service.CreateIfNotExistsAsync();
        return new Backend(AzureStorageName, new ObservedOrchestrationService(service, MaxOrchestrations, MaxActivities), service, service);
    }

    public static AzureStorageOrchestrationServiceSettings AzureStorageSettings(string connectionString, string taskHub, ILoggerFactory loggers) => new()
    {
        StorageAccountClientProvider = new StorageAccountClientProvider(connectionString),
        TaskHubName = taskHub,
        PartitionCount = 4,
        MaxQueuePollingInterval = TimeSpan.FromSeconds(1),
        MaxConcurrentTaskOrchestrationWorkItems = MaxOrchestrations,
        MaxConcurrentTaskActivityWorkItems = MaxActivities,
        // 5 minutes by default: the time a message taken by a dead worker stays invisible (the abandoned check).
        WorkItemQueueVisibilityTimeout = TimeSpan.FromSeconds(30),
        LoggerFactory = loggers,
    };
}
