using DurableTask.AzureStorage;
using DurableTask.Core;
using Genoptraening.Workflows.Storage.Azure;
using Genoptraening.Workflows.TimeSkipping;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Genoptraening.Workflows.Hosting;

/// <summary>
/// Runs the course orchestrator and its activities while the host runs: creates the task hub and the
/// tables if they are missing, takes back the development clock's state, starts the worker, and
/// stops it gracefully (its leases and messages go back to the task hub for the next host).
/// </summary>
public sealed class CourseWorkerService(IServiceProvider services, DurableEngineOptions options) : IHostedService
{
    private TaskHubWorker? worker;
    private volatile bool running;

    /// <summary>True from the worker's start to the start of its stop: the host's readiness.</summary>
    public bool IsRunning => running;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await services.GetRequiredService<AzureStorageOrchestrationService>().CreateIfNotExistsAsync().ConfigureAwait(false);
        await services.GetRequiredService<AzureCourseStores>().CreateTablesAsync(cancellationToken).ConfigureAwait(false);
        var virtualClock = options.VirtualClockStart is not null;
        if (virtualClock)
        {
            await services.GetRequiredService<TableHeldTimerStore>().CreateTableAsync().ConfigureAwait(false);
            await services.GetRequiredService<TimeSkippingOrchestrationService>().RestoreAsync().ConfigureAwait(false);
        }

        var service = services.GetRequiredService<IOrchestrationService>();
        worker = CourseWorker.Create(service, services, virtualClock ? DurableEngine.VirtualTimerChunk : DurableEngine.AzureStorageTimerChunk);
        await worker.StartAsync().ConfigureAwait(false);
        running = true;
    }

    /// <summary>
    /// Stops the worker gracefully, but no longer than the host allows (its shutdown timeout): with the
    /// storage account gone, Durable Task would wait for it for ever. What is left undone is safe: the
    /// leases expire and the messages come back to the next host.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        running = false;
        if (worker is null)
        {
            return;
        }

        try
        {
            await worker.StopAsync(isForced: false).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host's shutdown timeout has passed: the process ends without waiting further.
        }
    }
}
