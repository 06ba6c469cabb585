using Azure;
using Azure.Storage.Queues;

namespace Genoptraening.Workflows.Storage.Azure;

/// <summary>
/// How deep the account's queues are, read with the queue service's own calls: its approximate count (which includes messages
/// not visible yet: a durable timer waiting on a control queue, a message being worked on) and a peek at up to
/// <see cref="Peeked"/> visible messages, which takes nothing and gives the oldest's insertion time.
/// </summary>
public sealed class QueueDepths(QueueServiceClient queues)
{
    /// <summary>The most messages a peek returns: a queue with this many visible has at least as many.</summary>
    public const int Peeked = 32;

    /// <summary>The queue's depth; null when there is no such queue.</summary>
    public async Task<QueueDepth?> ReadAsync(string name, CancellationToken cancellationToken = default)
    {
        var queue = queues.GetQueueClient(name);
        try
        {
            var properties = await queue.GetPropertiesAsync(cancellationToken).ConfigureAwait(false);
            var visible = (await queue.PeekMessagesAsync(Peeked, cancellationToken).ConfigureAwait(false)).Value;
            return new QueueDepth(name, visible.Length, properties.Value.ApproximateMessagesCount, visible.Length > 0 ? visible.Min(m => m.InsertedOn) : null);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>The names of the account's queues that <paramref name="which"/> picks.</summary>
    public async Task<IReadOnlyList<string>> NamesAsync(Func<string, bool> which, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(which);
        var names = new List<string>();
        await foreach (var item in queues.GetQueuesAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (which(item.Name))
            {
                names.Add(item.Name);
            }
        }

        return names;
    }

    public async Task<bool> ExistsAsync(string name, CancellationToken cancellationToken = default) =>
        (await queues.GetQueueClient(name).ExistsAsync(cancellationToken).ConfigureAwait(false)).Value;
}

/// <summary>A queue's depth.</summary>
/// <param name="Name">The queue.</param>
/// <param name="Visible">Messages a reader could take now, up to <see cref="QueueDepths.Peeked"/>.</param>
/// <param name="Total">The queue service's approximate count, visible or not.</param>
/// <param name="OldestVisibleInsertedOn">When the oldest visible message was put on the queue; null when none is visible.</param>
public sealed record QueueDepth(string Name, int Visible, int Total, DateTimeOffset? OldestVisibleInsertedOn);
