using System.Collections.Concurrent;
using DurableTask.Core;
using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Clock;
using Genoptraening.Workflows.Hosting;
using Genoptraening.Workflows.Steps;
using Genoptraening.Workflows.TimeSkipping;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace Genoptraening.Bench.Peer;

/// <summary>
/// One way of running courses (ours or the textbook peer) in this process, on Durable Task's Azure
/// Storage provider with the host's <see cref="TaskHubSettings"/> defaults, under the development
/// clock's time skipping: the same backend and driver for both. Held timers are kept in memory
/// (<see cref="NoHeldTimerStore"/>): the host's table of held timers is the development clock's own
/// cost, which production, where a timer is a hidden queue message, does not have.
/// </summary>
internal abstract class CourseSystem : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, int> loadedAtLastEpisode = new(StringComparer.Ordinal);

    protected CourseSystem(string name, string connectionString, string hubName, TimeSkippingOrchestrationService backend, ServiceCatalog catalog)
    {
        Name = name;
        ConnectionString = connectionString;
        HubName = hubName;
        Backend = backend;
        Catalog = catalog;
        Client = new TaskHubClient(backend);
        // Each episode of the Azure Storage provider (no extended sessions) loads the instance's whole history.
        backend.EpisodeSaved += state => loadedAtLastEpisode[state.OrchestrationInstance!.InstanceId] = state.PastEvents.Count;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public string HubName { get; }

    public TimeSkippingOrchestrationService Backend { get; }

    public ServiceCatalog Catalog { get; }

    public TaskHubClient Client { get; }

    /// <summary>Per instance: the history events its last episode loaded and replayed.</summary>
    public IReadOnlyDictionary<string, int> LoadedAtLastEpisode => loadedAtLastEpisode;

    /// <summary>Starts a course for the referral; returns its instance id.</summary>
    public abstract Task<string> StartAsync(int index, StandardVersion rules, Referral referral);

    /// <summary>Staff record <paramref name="occurrence"/> on the course.</summary>
    public abstract Task RecordAsync(string instanceId, Occurrence occurrence);

    /// <summary>Stops the worker (gracefully: its messages go back to the task hub) and starts one with other decider code.</summary>
    public abstract Task RedeployAsync(DecideCourse decide);

    public abstract ValueTask DisposeAsync();

    public Task IdleAsync() => Backend.WaitForIdleAsync().WaitAsync(TimeSpan.FromMinutes(10));

    /// <summary>The task hub on Azurite with the host's settings, under time skipping from <paramref name="start"/>.</summary>
    protected static async Task<TimeSkippingOrchestrationService> BackendAsync(string connectionString, string hubName, Instant start)
    {
        var hub = AzureStorageTaskHub.Create(connectionString, new TaskHubSettings { HubName = hubName }, NullLoggerFactory.Instance);
        await hub.CreateIfNotExistsAsync();
        return new TimeSkippingOrchestrationService(hub, hub, new VirtualClock(start));
    }
}
