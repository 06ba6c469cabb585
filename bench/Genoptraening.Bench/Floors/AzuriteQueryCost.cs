using System.Diagnostics;
using Azure.Data.Tables;
using Genoptraening.Tests.Shared;

namespace Genoptraening.Bench.Floors;

/// <summary>
/// What one request costs Azurite in a table of <paramref name="Rows"/> rows: the query of one
/// partition (as Durable Task reads an instance's history and the step reads a course's events) and
/// the read of one row by its keys, p50 over sequential requests.
/// </summary>
internal sealed record QueryCost(int Rows, int RowsPerPartition, double PartitionQueryP50Ms, double PointReadP50Ms);

/// <summary>
/// Azurite's table engine runs a query's filter over every row of the table, however few rows the
/// partition has (<c>queryTableEntities</c> in Azurite's <c>LokiTableMetadataStore.js</c>); a read by
/// both keys goes through its index. So on Azurite a step's history and event reads grow with the
/// number of courses in the hub, which Azure's Table service, indexed by partition, does not do.
/// Measured here on a fresh Azurite, one table grown in stages, to put figures to the wave's arithmetic.
/// </summary>
internal static class AzuriteQueryCost
{
    private const int RowsPerPartition = 50;
    private const int Requests = 40;

    public static async Task<IReadOnlyList<QueryCost>> MeasureAsync(IReadOnlyList<int> sizes, TextWriter log)
    {
        await using var azurite = new AzuriteProcess(inMemoryPersistence: true);
        await azurite.StartAsync();
        var table = new TableClient(azurite.ConnectionString, "querycost");
        await table.CreateIfNotExistsAsync();
        var costs = new List<QueryCost>();
        var partitions = 0;
        foreach (var rows in sizes.Order())
        {
            var watch = Stopwatch.StartNew();
            var target = rows / RowsPerPartition;
            await Parallel.ForAsync(partitions, target, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (p, token) =>
                await table.SubmitTransactionAsync(Partition(p), token));
            log.WriteLine(FormattableString.Invariant($"  azurite: {rows} rows in the table ({target - partitions} partitions added in {watch.Elapsed.TotalSeconds:F0} s)"));
            partitions = target;
            costs.Add(new QueryCost(rows, RowsPerPartition, await P50Async(i => QueryAsync(table, Key(i % partitions))),
                await P50Async(i => PointReadAsync(table, Key(i % partitions)))));
        }

        return costs;
    }

    private static IEnumerable<TableTransactionAction> Partition(int p) =>
        Enumerable.Range(0, RowsPerPartition).Select(r => new TableTransactionAction(TableTransactionActionType.Add,
            new TableEntity(Key(p), r.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)) { ["Payload"] = new string('x', 300) }));

    private static string Key(int p) => p.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task QueryAsync(TableClient table, string partition)
    {
        var found = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition))
        {
            found++;
        }

        if (found != RowsPerPartition)
        {
            throw new InvalidOperationException($"Partition {partition} has {found} rows, not {RowsPerPartition}.");
        }
    }

    private static async Task PointReadAsync(TableClient table, string partition) =>
        await table.GetEntityAsync<TableEntity>(partition, "0007");

    /// <summary>The median of <see cref="Requests"/> sequential requests, partitions spread over the table.</summary>
    private static async Task<double> P50Async(Func<int, Task> request)
    {
        var times = new List<double>();
        for (var i = 0; i < Requests; i++)
        {
            var watch = Stopwatch.StartNew();
            await request(i * 7919);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return Percentiles.Of(times, 50);
    }
}
