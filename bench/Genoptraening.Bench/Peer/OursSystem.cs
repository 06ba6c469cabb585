using DurableTask.Core;
using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Hosting;
using Genoptraening.Workflows.Orchestration;
using Genoptraening.Workflows.Requests;
using Genoptraening.Workflows.Steps;
using Genoptraening.Workflows.Storage.Azure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Genoptraening.Bench.Peer;

/// <summary>
/// Our product's course engine in this process, wired as the host wires it (<c>CourseOrchestrator</c>,
/// <c>CourseStepActivity</c>, the course tables and alert queues on the same account): intake and
/// commands as the HTTP handlers call them. A deployment registers other <see cref="DecideCourse"/>
/// code, the seam the product already has, and starts a new worker on the same task hub and stores.
/// </summary>
internal sealed class OursSystem : CourseSystem
{
    private readonly AzureCourseStores stores;
    private ServiceProvider services = null!;
    private TaskHubWorker worker = null!;

    private OursSystem(string connectionString, string hubName, ServiceCatalog catalog, AzureCourseStores stores)
        : base("ours", connectionString, hubName, catalog) => this.stores = stores;

    public static async Task<OursSystem> StartAsync(string connectionString, string hubName, Instant start, ServiceCatalog catalog)
    {
        var stores = AzureCourseStores.For(connectionString);
        await stores.CreateTablesAsync();
        var system = new OursSystem(connectionString, hubName, catalog, stores);
        await system.NewBackendAsync(start);
        await system.DeployAsync(CourseDecider.Decide);
        return system;
    }

    public override async Task<string> StartAsync(int index, StandardVersion rules, Referral referral)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var outcome = await services.GetRequiredService<CourseIntake>().StartAsync(new StartCourseRequest(rules.Id, referral, $"bench/{index}"));
        return CourseOrchestrations.InstanceId(outcome.CourseId ?? throw new InvalidOperationException($"Not started: {outcome.Reason}"));
    }

    public override async Task RecordAsync(string instanceId, Occurrence occurrence) =>
        _ = await services.GetRequiredService<CourseService>().SubmitAsync(Guid.Parse(instanceId), new CourseCommand.Record(occurrence), "bench")
            ?? throw new InvalidOperationException($"No course {instanceId}.");

    public override async Task RedeployAsync(DecideCourse decide)
    {
        await worker.StopAsync(isForced: false);
        await services.DisposeAsync();
        await NewBackendAsync(Backend.Clock.GetCurrentInstant());
        await DeployAsync(decide);
    }

    public override async ValueTask DisposeAsync()
    {
        await worker.StopAsync(isForced: true);
        await services.DisposeAsync();
    }

    private async Task DeployAsync(DecideCourse decide)
    {
        var collection = new ServiceCollection().AddLogging(l => l.SetMinimumLevel(LogLevel.Error));
        collection.AddSingleton<IClock>(Backend.Clock).AddSingleton(Catalog).AddCourseStores(stores).AddCourseSteps().AddSingleton(decide);
        collection.AddSingleton(new CourseOrchestrations(Backend));
        services = collection.BuildServiceProvider();
        worker = CourseWorker.Create(Backend, services, DurableEngine.VirtualTimerChunk);
        await worker.StartAsync();
    }
}
