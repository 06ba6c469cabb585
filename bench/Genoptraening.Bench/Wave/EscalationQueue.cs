using System.Text;
using System.Text.Json;
using Genoptraening.Workflows.Outbox;
using Genoptraening.Workflows.Queues;

namespace Genoptraening.Bench.Wave;

/// <summary>Looks at an escalation queue afterwards: how many messages it holds, and whether those at its front are breaches.</summary>
internal sealed class EscalationQueue(HttpClient http, StorageAccount account, string queue)
{
    public Task<long> ApproximateCountAsync() => Client().ApproximateMessageCountAsync(queue);

    /// <summary>Peeks the front of the queue as <c>queue peek</c> does; throws unless each message is a distinct breach of <paramref name="municipality"/>.</summary>
    public async Task<int> CheckSampleAsync(string municipality)
    {
        var messages = await Client().PeekMessagesAsync(queue, 32);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var message in messages)
        {
            using var body = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(message.MessageText)));
            var root = body.RootElement;
            if (root.GetProperty("type").GetString() != EscalationMessage.Breached
                || root.GetProperty("municipality").GetString() != municipality
                || root.GetProperty("breachedAt").ValueKind != JsonValueKind.String
                || !ids.Add(root.GetProperty("id").GetString()!))
            {
                throw new InvalidOperationException($"Not one of the wave's breaches: {root}");
            }
        }

        return messages.Count;
    }

    private StorageQueueClient Client() => new(http, account, RealClock.Instance);
}
