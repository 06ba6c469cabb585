namespace Genoptraening.Workflows.Hosting;

/// <summary>
/// The task hub on Azure Storage, the same for the local host and the Functions app (host.json's
/// <c>extensions.durableTask</c>). The hub name and partition count are fixed for good: changing
/// either strands every course in flight.
/// </summary>
public sealed record TaskHubSettings
{
    public string HubName { get; init; } = "genoptraening";

    public int PartitionCount { get; init; } = 4;

    /// <summary>Raised from the provider's 100 and 10: steps are short table writes, not CPU.</summary>
    public int MaxConcurrentOrchestrations { get; init; } = 64;

    public int MaxConcurrentActivities { get; init; } = 64;

    /// <summary>At most 2 s, so the first request after a quiet spell meets the answer's bound.</summary>
    public TimeSpan MaxQueuePollingInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long a message taken by a host that dies stays hidden before another host takes it: 30 s,
    /// the same as a dead host's partition lease, so a killed host's work is taken up within a minute
    /// (measured in the host fault tests). A live host renews what it is still working on.
    /// </summary>
    public TimeSpan VisibilityTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
