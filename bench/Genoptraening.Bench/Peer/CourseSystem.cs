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
/// (<see cref="MemoryHeldTimerStore"/>): the host's table of held timers is the development clock's own
/// cost, which production, where a timer is a hidden queue message, does not have. A deployment stops
/// the worker and starts a new one on new service objects, as a new process would (a stopped
/// <c>AzureStorageOrchestrationService</c> does not start again).
/// </summary>
internal abstract class CourseSystem : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, int> loadedAtLastEpisode = new(StringComparer.Ordinal);
    private readonly MemoryHeldTimerStore heldTimers = new();

    protected CourseSystem(string name, string connectionString, string hubName, ServiceCatalog catalog)
    {
        Name = name;
        ConnectionString = connectionString;
        HubName = hubName;
        Catalog = catalog;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public string HubName { get; }

    public TimeSkippingOrchestrationService Backend { get; private set; } = null!;

    public ServiceCatalog Catalog { get; }

    public TaskHubClient Client { get; private set; } = null!;

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

    /// <summary>
    /// A new task hub service on Azurite with the host's settings, under time skipping from <paramref name="start"/>
    /// or where the previous one left the clock, with the held timers it left.
    /// </summary>
    protected async Task NewBackendAsync(Instant start)
    {
        var hub = AzureStorageTaskHub.Create(ConnectionString, new TaskHubSettings { HubName = HubName }, NullLoggerFactory.Instance);
        await hub.CreateIfNotExistsAsync();
        var backend = new TimeSkippingOrchestrationService(hub, hub, new VirtualClock(start), store: heldTimers);
        await backend.RestoreAsync();
        // Each episode of the Azure Storage provider (no extended sessions) loads the instance's whole history.
        backend.EpisodeSaved += state => loadedAtLastEpisode[state.OrchestrationInstance!.InstanceId] = state.PastEvents.Count;
        Backend = backend;
        Client = new TaskHubClient(backend);
    }
}
