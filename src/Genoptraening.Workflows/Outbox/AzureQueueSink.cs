using System.Collections.Concurrent;
using System.Text;
using Genoptraening.Workflows.Queues;
using Genoptraening.Workflows.Store;

namespace Genoptraening.Workflows.Outbox;

/// <summary>
/// Delivers outbox messages to the Azure Storage queue they name (<c>escalations-{municipality}</c>),
/// as base64 of the UTF-8 JSON body, which is what the Azure Functions queue trigger expects by default.
/// A queue is created on its first message.
/// </summary>
public sealed class AzureQueueSink(StorageQueueClient queues) : IOutboxSink
{
    private readonly ConcurrentDictionary<string, bool> created = new(StringComparer.Ordinal);

    public async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!created.ContainsKey(message.Destination))
        {
            try
            {
                await queues.CreateQueueAsync(message.Destination, cancellationToken).ConfigureAwait(false);
            }
            catch (QueueRequestException e) when (e.Status == System.Net.HttpStatusCode.Forbidden)
            {
                // An identity with only "Storage Queue Data Message Sender" may not create queues:
                // the deployment created them (infra/storage.tf).
            }

            created[message.Destination] = true;
        }

        await queues.PutMessageAsync(message.Destination, Convert.ToBase64String(Encoding.UTF8.GetBytes(message.Body)), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
    }
}
