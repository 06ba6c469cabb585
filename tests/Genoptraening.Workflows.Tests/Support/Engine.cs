using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Clock;
using Genoptraening.Workflows.Runtime;
using Genoptraening.Workflows.Store;
using Genoptraening.Workflows.Store.Sqlite;
using NodaTime;

namespace Genoptraening.Workflows.Tests.Support;

/// <summary>A store, the runtime and a timer worker on a virtual clock: the engine as a host wires it.</summary>
internal sealed class Engine : IAsyncDisposable
{
    private Engine(ICourseStore store, ServiceCatalog catalog, Instant start, string owner)
    {
        Store = store;
        Clock = new VirtualClock(start);
        Runtime = new CourseRuntime(store, catalog, Clock);
        Worker = new TimerWorker(store, Runtime, Clock, new WorkerOptions { Owner = owner });
    }

    public ICourseStore Store { get; }

    public VirtualClock Clock { get; }

    public CourseRuntime Runtime { get; }

    public TimerWorker Worker { get; }

    public static async Task<Engine> StartAsync(ICourseStore store, Instant start, ServiceCatalog? catalog = null, string owner = "test")
    {
        await store.MigrateAsync();
        return new Engine(store, catalog ?? TestCatalog.Instance, start, owner);
    }

    public static async Task<Engine> SqliteAsync(Instant start, ServiceCatalog? catalog = null) =>
        await StartAsync(await SqliteCourseStore.InMemoryAsync(), start, catalog);

    public async Task<Guid> StartCourseAsync(string standard, Referral referral, string? referralKey = null)
    {
        var result = await Runtime.StartAsync(new StartCourseRequest(TestCatalog.Id(standard), referral, referralKey));
        return result is StepResult.Accepted accepted ? accepted.CourseId : throw new InvalidOperationException($"Not started: {result}");
    }

    /// <summary>Moves the clock and fires every timer due by then, as the development clock endpoint does.</summary>
    public async Task<int> AdvanceToAsync(Instant instant)
    {
        Clock.AdvanceTo(instant);
        return await Worker.FireDueAsync(instant);
    }

    public async Task<CourseState> StateAsync(Guid courseId) => (await Runtime.LoadAsync(courseId))!.State;

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}
