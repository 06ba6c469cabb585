using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Genoptraening.Workflows.Hosting;

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
            PartitionCount = Value(configuration, $"{Provider}:partitionCount", defaults.PartitionCount),
            MaxConcurrentOrchestrations = Value(configuration, $"{Extension}:maxConcurrentOrchestratorFunctions", defaults.MaxConcurrentOrchestrations),
            MaxConcurrentActivities = Value(configuration, $"{Extension}:maxConcurrentActivityFunctions", defaults.MaxConcurrentActivities),
            MaxQueuePollingInterval = Value(configuration, $"{Provider}:maxQueuePollingInterval", defaults.MaxQueuePollingInterval),
            VisibilityTimeout = Value(configuration, $"{Provider}:controlQueueVisibilityTimeout", defaults.VisibilityTimeout),
        };
    }

    private static int Value(IConfiguration configuration, string key, int fallback) =>
        configuration[key] is not { Length: > 0 } text ? fallback
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value
        : throw new InvalidOperationException($"{key}: '{text}' is not a whole number.");

    private static TimeSpan Value(IConfiguration configuration, string key, TimeSpan fallback) =>
        configuration[key] is not { Length: > 0 } text ? fallback
        : TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) ? value
        : throw new InvalidOperationException($"{key}: '{text}' is not a duration (hh:mm:ss).");
}
