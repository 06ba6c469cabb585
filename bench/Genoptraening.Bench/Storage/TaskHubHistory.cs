using Azure.Data.Tables;

namespace Genoptraening.Bench.Storage;

/// <summary>
/// The rows of the Azure Storage provider's History table (<c>{hub}History</c>, one partition per
/// instance: a row per history event and a sentinel row), counted per instance.
/// </summary>
internal static class TaskHubHistory
{
    public static async Task<IReadOnlyDictionary<string, int>> RowsPerInstanceAsync(string connectionString, string hubName)
    {
        var table = new TableClient(connectionString, hubName + "History");
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync<TableEntity>(select: ["PartitionKey"], maxPerPage: 1000))
        {
            rows[row.PartitionKey] = rows.GetValueOrDefault(row.PartitionKey) + 1;
        }

        return rows;
    }
}
