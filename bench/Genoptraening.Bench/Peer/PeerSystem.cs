using System.Globalization;
using Azure.Data.Tables;
using DurableTask.Core;
using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Alerts;
using Genoptraening.Workflows.Steps;
using Genoptraening.Workflows.Storage.Azure;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace Genoptraening.Bench.Peer;

/// <summary>The textbook peer in this process: its orchestrator and two activities, its row table and the same alert queues.</summary>
internal sealed class PeerSystem : CourseSystem
{
    private readonly IAlertSender alerts;
    private readonly TableClient rows;
    private TaskHubWorker worker = null!;

    private PeerSystem(string connectionString, string hubName, ServiceCatalog catalog)
        : base("peer", connectionString, hubName, catalog)
    {
        alerts = QueueAlertSender.For(connectionString);
        rows = new TableClient(connectionString, "peercourses");
    }

    public static async Task<PeerSystem> StartAsync(string connectionString, string hubName, Instant start, ServiceCatalog catalog)
    {
        var system = new PeerSystem(connectionString, hubName, catalog);
        await system.NewBackendAsync(start);
        await system.rows.CreateIfNotExistsAsync();
        await system.DeployAsync(CourseDecider.Decide);
        return system;
    }

    public override async Task<string> StartAsync(int index, StandardVersion rules, Referral referral)
    {
        var instanceId = new Guid(string.Create(CultureInfo.InvariantCulture, $"00000000-0000-4000-8000-{index:D12}")).ToString("D");
        await Client.CreateOrchestrationInstanceAsync(nameof(PeerCourseOrchestrator), string.Empty, instanceId, PeerStart.ToJson(rules, referral));
        return instanceId;
    }

    public override Task RecordAsync(string instanceId, Occurrence occurrence) =>
        Client.RaiseEventAsync(new OrchestrationInstance { InstanceId = instanceId }, PeerOccurrence.EventName, PeerOccurrence.ToJson(occurrence));

    public override async Task RedeployAsync(DecideCourse decide)
    {
        await worker.StopAsync(isForced: false);
        await NewBackendAsync(Backend.Clock.GetCurrentInstant());
        await DeployAsync(decide);
    }

    public override async ValueTask DisposeAsync() => await worker.StopAsync(isForced: true);

    private async Task DeployAsync(DecideCourse decide)
    {
        worker = PeerWorker.Create(Backend, Catalog, decide, alerts, rows, NullLoggerFactory.Instance);
        await worker.StartAsync();
    }
}
