using DurableTask.Core;
using Genoptraening.Workflows.Clock;
using Genoptraening.Workflows.Hosting;
using Genoptraening.Workflows.Tests.Storage;
using Genoptraening.Workflows.TimeSkipping;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using Xunit;

namespace Genoptraening.Workflows.Tests.TimeSkipping;

/// <summary>
/// The development clock's wait for idle on the Azure Storage provider over Azurite: a message the
/// backend will never hand to an episode (it discards what comes for an instance that has ended) must
/// not hold the wait for ever. Found in the midnight wave's benchmark, where a few instances' last
/// completions were saved without the decorator seeing them end, and the clock's move never answered.
/// </summary>
public class TimeSkippingIdleTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly Instant Start = Instant.FromUtc(2026, 5, 4, 8, 0);

    [Fact]
    public async Task AnEventForAnInstanceThatEndedBeforeThisHost_DoesNotHoldTheWaitForIdle()
    {
        var backend = AzureStorageTaskHub.Create(azurite.ConnectionString, new TaskHubSettings { HubName = "hubidleended" }, NullLoggerFactory.Instance);
        await backend.CreateIfNotExistsAsync();
        var instance = new OrchestrationInstance { InstanceId = $"ended-{Guid.NewGuid():N}" };

        var first = new TimeSkippingOrchestrationService(backend, backend, new VirtualClock(Start));
        await RunAsync(first, async () =>
        {
            await new TaskHubClient(first).CreateOrchestrationInstanceAsync(typeof(EndsAtOnce), instance.InstanceId, null);
            await first.WaitForIdleAsync().WaitAsync(TimeSpan.FromSeconds(60));
        });

        // The next host knows nothing of the instance's end: the event is counted, and the backend discards it.
        var next = new TimeSkippingOrchestrationService(backend, backend, new VirtualClock(Start));
        await RunAsync(next, async () =>
        {
            await new TaskHubClient(next).RaiseEventAsync(instance, "late", "late");
            await next.WaitForIdleAsync().WaitAsync(TimeSpan.FromSeconds(60));
        });

        var state = await new TaskHubClient(backend).GetOrchestrationStateAsync(instance.InstanceId);
        Assert.Equal(OrchestrationStatus.Completed, state?.OrchestrationStatus);
    }

    private static async Task RunAsync(TimeSkippingOrchestrationService service, Func<Task> work)
    {
        var worker = new TaskHubWorker(service, NullLoggerFactory.Instance);
        worker.AddTaskOrchestrations(typeof(EndsAtOnce));
        await worker.StartAsync();
        try
        {
            await work();
        }
        finally
        {
            await worker.StopAsync(isForced: true);
        }
    }

    private sealed class EndsAtOnce : TaskOrchestration<string, string>
    {
        public override Task<string> RunTask(OrchestrationContext context, string input) => Task.FromResult("done");
    }
}
