using System.Collections.Concurrent;
using Genoptraening.Workflows.Outbox;
using Genoptraening.Workflows.Store;

namespace Genoptraening.Workflows.Tests.Support;

/// <summary>An outbox sink the tests can watch, and make fail on demand.</summary>
internal sealed class RecordingSink : IOutboxSink
{
    public ConcurrentQueue<OutboxMessage> Delivered { get; } = new();

    public int FailuresLeft { get; set; }

    public Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (FailuresLeft > 0)
        {
            FailuresLeft--;
            throw new IOException("sink unavailable");
        }

        Delivered.Enqueue(message);
        return Task.CompletedTask;
    }
}
