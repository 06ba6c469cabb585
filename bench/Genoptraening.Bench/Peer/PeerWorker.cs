using Azure.Data.Tables;
using DurableTask.Core;
using Genoptraening.Domain.Catalog;
using Genoptraening.Workflows.Alerts;
using Genoptraening.Workflows.Hosting;
using Genoptraening.Workflows.Steps;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.Logging;

namespace Genoptraening.Bench.Peer;

/// <summary>
/// The peer's orchestrator and activities on DurableTask.Core's <see cref="TaskHubWorker"/> through the
/// SDK's shims, exactly as <see cref="CourseWorker"/> runs ours, so both face the same backend and settings.
/// </summary>
internal static class PeerWorker
{
    public static TaskHubWorker Create(
        IOrchestrationService service, ServiceCatalog catalog, DecideCourse decide, IAlertSender alerts, TableClient rows, ILoggerFactory loggers)
    {
        var shims = new DurableTaskShimFactory(new DurableTaskWorkerOptions { MaximumTimerInterval = DurableEngine.VirtualTimerChunk }, loggers);
        var worker = new TaskHubWorker(service, loggers);
        worker.AddTaskOrchestrations(new TaskCreator<TaskOrchestration>(
            nameof(PeerCourseOrchestrator), () => shims.CreateOrchestration(nameof(PeerCourseOrchestrator), new PeerCourseOrchestrator(catalog, decide))));
        worker.AddTaskActivities(
            new TaskCreator<TaskActivity>(nameof(SendPeerAlert), () => shims.CreateActivity(nameof(SendPeerAlert), new SendPeerAlert(alerts))),
            new TaskCreator<TaskActivity>(nameof(UpsertPeerCourseRow), () => shims.CreateActivity(nameof(UpsertPeerCourseRow), new UpsertPeerCourseRow(rows))));
        return worker;
    }
}
