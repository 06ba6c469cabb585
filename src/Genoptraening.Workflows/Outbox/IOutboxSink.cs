using Genoptraening.Workflows.Store;

namespace Genoptraening.Workflows.Outbox;

/// <summary>Where outbox messages go (an Azure Storage queue, a test's list). Throwing means "try again later".</summary>
public interface IOutboxSink
{
    Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken);
}
