using System.Collections.Concurrent;
using Azure.Storage.Queues;

namespace Genoptraening.Workflows.Storage.Azure;

/// <summary>
/// Sends alerts to Azure Storage queues (<c>escalations-{municipality}</c>, <c>course-faults</c>), each
/// queue created the first time it is used. Messages are base64-encoded (the client's option), as
/// Azure Functions' queue trigger and most consumers expect.
/// </summary>
public sealed class QueueAlertSender(QueueServiceClient queues) : IAlertSender
{
    private readonly ConcurrentDictionary<string, Lazy<Task<QueueClient>>> clients = new();

    public async Task SendAsync(IReadOnlyList<AlertMessage> alerts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        foreach (var alert in alerts)
        {
            var queue = await QueueAsync(alert.Queue).ConfigureAwait(false);
            await queue.SendMessageAsync(alert.Body, cancellationToken).ConfigureAwait(false);
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
