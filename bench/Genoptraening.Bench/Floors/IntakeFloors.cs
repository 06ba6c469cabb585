using System.Diagnostics;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using DurableTask.Core;
using Genoptraening.Workflows.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Genoptraening.Bench.Floors;

/// <summary>A floor's rate and latency: <paramref name="Operations"/> by <paramref name="Clients"/> at once.</summary>
internal sealed record FloorLoad(int Operations, int Clients, double PerSecond, double P50Ms, double P99Ms);

/// <summary>
/// The two floors of intake (issue 20 a), on the Azurite the host used, with as many clients as the
/// host's intake had: orchestration starts through Durable Task's own client (no HTTP, no checks, no
/// decider, no worker), and the bare storage writes a start needs, through the Azure SDK: the claim
/// and the CPR row (two table inserts), the instance's row (a table upsert) and its start message (a
/// queue message).
/// </summary>
internal static class IntakeFloors
{
    public static async Task<FloorLoad> DirectStartsAsync(string connectionString, int starts, int clients)
    {
        var hub = AzureStorageTaskHub.Create(connectionString, new TaskHubSettings { HubName = "floorstarts" }, NullLoggerFactory.Instance);
        await hub.CreateIfNotExistsAsync();
        var client = new TaskHubClient(hub);
        return await RunAsync(starts, clients, i => client.CreateOrchestrationInstanceAsync("FloorOrchestration", string.Empty, $"floor-{i}", null));
    }

    public static async Task<FloorLoad> BareWritesAsync(string connectionString, int starts, int clients)
    {
        var tables = new TableServiceClient(connectionString);
        var (claims, citizens, instances) = (tables.GetTableClient("floorclaims"), tables.GetTableClient("floorcitizens"), tables.GetTableClient("floorinstances"));
        var queue = new QueueClient(connectionString, "floor-control");
        foreach (var table in new[] { claims, citizens, instances })
        {
            await table.CreateIfNotExistsAsync();
        }

        await queue.CreateIfNotExistsAsync();
        return await RunAsync(starts, clients, async i =>
        {
            var course = $"floor-{i}";
            await claims.AddEntityAsync(new TableEntity(course, "head") { ["Version"] = 0, ["Referral"] = $"plan:5790000000001/FLOOR-{i}" });
            await citizens.AddEntityAsync(new TableEntity(course, "citizen") { ["Cpr"] = "0101501234", ["PlanText"] = "Genoptræning efter knæalloplastik." });
            await instances.UpsertEntityAsync(new TableEntity(course, string.Empty) { ["Name"] = "CourseOrchestrator", ["RuntimeStatus"] = "Pending" });
            await queue.SendMessageAsync($$"""{ "instanceId": "{{course}}", "event": "ExecutionStarted" }""");
        });
    }

    private static async Task<FloorLoad> RunAsync(int operations, int clients, Func<int, Task> operation)
    {
        await operation(-1); // the first request of each client pays for its connection: not counted
        var latencies = new double[operations];
        var watch = Stopwatch.StartNew();
        await Parallel.ForAsync(0, operations, new ParallelOptions { MaxDegreeOfParallelism = clients }, async (i, _) =>
        {
            var started = Stopwatch.GetTimestamp();
            await operation(i);
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        });
        return new FloorLoad(operations, clients, operations / watch.Elapsed.TotalSeconds, Percentiles.Of(latencies, 50), Percentiles.Of(latencies, 99));
    }
}
