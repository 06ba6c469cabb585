using Genoptraening.Workflows.Hosting;

namespace Genoptraening.Api.Engine;

/// <summary>
/// The task hub's settings from <c>host.json</c>'s <c>extensions.durableTask</c>, the section the
/// Functions app reads too, so both hosts share one task hub; <c>DurableTask:HubName</c> overrides
/// the hub's name (contracts/http-api.md).
/// </summary>
public static class TaskHubConfiguration
{
    public const string HubNameKey = "DurableTask:HubName";
    private const string Extension = "extensions:durableTask";
    private const string Provider = Extension + ":storageProvider";

    public static TaskHubSettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var defaults = new TaskHubSettings();
        return new TaskHubSettings
        {
            HubName = configuration[HubNameKey] is { Length: > 0 } hub ? hub : configuration[$"{Extension}:hubName"] ?? defaults.HubName,
            PartitionCount = configuration.GetValue($"{Provider}:partitionCount", defaults.PartitionCount),
            MaxConcurrentOrchestrations = configuration.GetValue($"{Extension}:maxConcurrentOrchestratorFunctions", defaults.MaxConcurrentOrchestrations),
            MaxConcurrentActivities = configuration.GetValue($"{Extension}:maxConcurrentActivityFunctions", defaults.MaxConcurrentActivities),
            MaxQueuePollingInterval = configuration.GetValue($"{Provider}:maxQueuePollingInterval", defaults.MaxQueuePollingInterval),
            VisibilityTimeout = configuration.GetValue($"{Provider}:controlQueueVisibilityTimeout", defaults.VisibilityTimeout),
        };
    }
}
