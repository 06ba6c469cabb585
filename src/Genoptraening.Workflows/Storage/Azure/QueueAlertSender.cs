using System.Collections.Concurrent;
using Azure.Storage.Queues;
using Genoptraening.Workflows.Alerts;
using Genoptraening.Workflows.Telemetry;

namespace Genoptraening.Workflows.Storage.Azure;

/// <summary>
/// Sends alerts to Azure Storage queues (<c>escalations-{municipality}</c>, <c>course-faults</c>), each
/// queue created the first time it is used. Messages are base64 of UTF-8 JSON, as Azure Functions'
/// queue trigger and most consumers expect, and never expire: an escalation waits for its reader.
/// </summary>
public sealed class QueueAlertSender : IAlertSender
{
    private static readonly TimeSpan NeverExpires = TimeSpan.FromSeconds(-1);
    private readonly QueueServiceClient queues;

    private QueueAlertSender(QueueServiceClient queues) => this.queues = queues;

    /// <summary>The sender for a storage account's connection string, with the encoding its messages need.</summary>
    public static QueueAlertSender For(string connectionString) => For(StorageAccount.FromConnectionString(connectionString));

    public static QueueAlertSender For(StorageAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new(account.Queues(StorageRetries.Apply(new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 })));
    }

    private readonly ConcurrentDictionary<string, Lazy<Task<QueueClient>>> clients = new();

    public async Task SendAsync(IReadOnlyList<AlertMessage> alerts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        foreach (var alert in alerts)
        {
            var queue = await QueueAsync(alert.Queue).ConfigureAwait(false);
            await queue.SendMessageAsync(alert.Body, visibilityTimeout: null, timeToLive: NeverExpires, cancellationToken).ConfigureAwait(false);
            ProductTelemetry.AlertsSent.Add(1, new KeyValuePair<string, object?>("queue", alert.Queue));
        }
    }

    private async Task<QueueClient> QueueAsync(string name)
    {
        var created = clients.GetOrAdd(name, n => new Lazy<Task<QueueClient>>(() => CreateAsync(n)));
        try
        {
            return await created.Value.ConfigureAwait(false);
        }
        catch
        {
            // Not created (the account did not answer): the next alert tries again.
            clients.TryRemove(new KeyValuePair<string, Lazy<Task<QueueClient>>>(name, created));
            throw;
        }
    }

    private async Task<QueueClient> CreateAsync(string name)
    {
        var queue = queues.GetQueueClient(name);
        await queue.CreateIfNotExistsAsync().ConfigureAwait(false);
        return queue;
    }
}
