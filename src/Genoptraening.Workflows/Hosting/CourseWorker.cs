using DurableTask.Core;
using Genoptraening.Workflows.Orchestration;
using Genoptraening.Workflows.Retention;
using Genoptraening.Workflows.Steps;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Genoptraening.Workflows.Hosting;

/// <summary>
/// The course orchestrator and its activities on DurableTask.Core's own <see cref="TaskHubWorker"/>,
/// through the SDK's shims: the same <c>TaskOrchestrator</c> and <c>TaskActivity</c> classes the
/// Functions app runs, on any <see cref="IOrchestrationService"/>, without a gRPC sidecar
/// (docs/durable-wiring.md says why).
/// </summary>
public static class CourseWorker
{
    /// <summary>Registers the course's orchestrator and activities; activities come from <paramref name="services"/>.</summary>
    /// <param name="service">The backend (Azure Storage, or in memory; with or without time skipping).</param>
    /// <param name="services">Where the activities' dependencies come from.</param>
    /// <param name="maximumTimerInterval">3 days on Azure Storage (its queues cannot hide a message longer than 7); large under time skipping.</param>
    public static TaskHubWorker Create(IOrchestrationService service, IServiceProvider services, TimeSpan maximumTimerInterval)
    {
        ArgumentNullException.ThrowIfNull(services);
        var loggers = services.GetRequiredService<ILoggerFactory>();
        var shims = new DurableTaskShimFactory(new DurableTaskWorkerOptions { MaximumTimerInterval = maximumTimerInterval }, loggers);
        var worker = new TaskHubWorker(service, loggers);
        worker.AddTaskOrchestrations(Orchestration<CourseOrchestrator>(shims), Orchestration<RetentionSweepOrchestrator>(shims));
        worker.AddTaskActivities(
            Activity<CourseStepActivity>(shims, services), Activity<CourseFaultActivity>(shims, services), Activity<RetentionSweepActivity>(shims, services));
        return worker;
    }

    private static TaskCreator<TaskOrchestration> Orchestration<T>(DurableTaskShimFactory shims)
        where T : ITaskOrchestrator, new() =>
        new(typeof(T).Name, () => shims.CreateOrchestration(typeof(T).Name, new T()));

    private static TaskCreator<TaskActivity> Activity<T>(DurableTaskShimFactory shims, IServiceProvider services)
        where T : ITaskActivity =>
        new(typeof(T).Name, () => shims.CreateActivity(typeof(T).Name, ActivatorUtilities.CreateInstance<T>(services)));
}
