using Genoptraening.Workflows.Store;
using NodaTime;

namespace Genoptraening.Workflows.Outbox;

/// <summary>
/// Delivers outbox messages at least once: claimed with a lease, retried with exponential backoff,
/// parked after <see cref="OutboxOptions.MaxAttempts"/> failures. Each message keeps its stable id.
/// </summary>
public sealed class OutboxDispatcher(ICourseStore store, IOutboxSink sink, IClock clock, OutboxOptions options)
{
    /// <summary>Delivers every message due now; returns how many were delivered.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        var delivered = 0;
        while (true)
        {
            var now = clock.GetCurrentInstant();
            var batch = await store.ClaimOutboxAsync(options.Owner, now, options.BatchSize, now + options.Lease, cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                return delivered;
            }

            // Courses go out side by side, each course's messages in order; what the queue accepted is marked in one statement.
            var accepted = await Task.WhenAll(batch.GroupBy(m => m.CourseId).Select(course => DeliverInOrderAsync([.. course], cancellationToken))).ConfigureAwait(false);
            var ids = accepted.SelectMany(id => id).ToList();
            await store.MarkDeliveredAsync(ids, clock.GetCurrentInstant(), cancellationToken).ConfigureAwait(false);
            delivered += ids.Count;
        }
    }

    public async Task RunAsync(TimeSpan pollInterval, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await DispatchDueAsync(cancellationToken).ConfigureAwait(false);
            await Task.Delay(pollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<List<string>> DeliverInOrderAsync(List<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var accepted = new List<string>(messages.Count);
        foreach (var message in messages)
        {
            if (await TryDeliverAsync(message, cancellationToken).ConfigureAwait(false))
            {
                accepted.Add(message.Id);
            }
        }

        return accepted;
    }

    private async Task<bool> TryDeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await sink.DeliverAsync(message, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Any failure of a sink means "try again later"; the message must not be lost.
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            var attempts = message.Attempts + 1;
            Instant? retryAt = attempts >= options.MaxAttempts ? null : clock.GetCurrentInstant() + options.BackoffAfter(attempts);
            await store.MarkFailedAsync(message.Id, attempts, retryAt, e.Message, cancellationToken).ConfigureAwait(false);
            return false;
        }

        return true;
    }
}
