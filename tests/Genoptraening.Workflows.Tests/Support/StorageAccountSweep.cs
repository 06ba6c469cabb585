using System.Text;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Genoptraening.Workflows.Tests.Support;

/// <summary>Everything a storage account holds, as text: every table row, every blob, every queue message.</summary>
internal static class StorageAccountSweep
{
    /// <summary>Where each piece of text was found, e.g. <c>table hubcourseevents</c>, and the text.</summary>
    public static async Task<IReadOnlyList<(string Place, string Text)>> ReadAllAsync(string connectionString)
    {
        var found = new List<(string, string)>();
        var tables = new TableServiceClient(connectionString);
        await foreach (var table in tables.QueryAsync())
        {
            await foreach (var row in tables.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                found.Add(($"table {table.Name}", string.Join('|', row.Select(p => $"{p.Key}={Text(p.Value)}"))));
            }
        }

        var blobs = new BlobServiceClient(connectionString);
        await foreach (var container in blobs.GetBlobContainersAsync())
        {
            var client = blobs.GetBlobContainerClient(container.Name);
            await foreach (var blob in client.GetBlobsAsync())
            {
                var content = await client.GetBlobClient(blob.Name).DownloadContentAsync();
                found.Add(($"blob {container.Name}/{blob.Name}", content.Value.Content.ToString()));
            }
        }

        var queues = new QueueServiceClient(connectionString);
        await foreach (var queue in queues.GetQueuesAsync())
        {
            foreach (var message in (await queues.GetQueueClient(queue.Name).PeekMessagesAsync(maxMessages: 32)).Value)
            {
                found.Add(($"queue {queue.Name}", message.MessageText + "|" + Decoded(message.MessageText)));
            }
        }

        return found;
    }

    private static string Text(object? value) => value switch
    {
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    private static string Decoded(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) ? Encoding.UTF8.GetString(buffer, 0, written) : "";
    }
}
