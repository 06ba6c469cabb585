using System.Data.Common;
using Genoptraening.Workflows.Serialization;
using NodaTime;

namespace Genoptraening.Workflows.Store;

/// <summary>The outbox: claimed with a lease, marked delivered, retried with backoff, parked after too many failures.</summary>
public abstract partial class SqlCourseStore
{
    protected const string OutboxColumns = "course_id, id, destination, type, body, created_at, attempts";

    public async Task<IReadOnlyList<OutboxMessage>> ClaimOutboxAsync(string owner, Instant now, int max, Instant leaseUntil, CancellationToken cancellationToken = default)
    {
        await using var lease = await AcquireAsync(cancellationToken).ConfigureAwait(false);
        var command = Command(lease.Connection, null, ClaimOutboxSql,
            ("owner", owner), ("now", WireTime.ToTicks(now)), ("max", max), ("leaseUntil", WireTime.ToTicks(leaseUntil)));
        var messages = await ReadOutboxAsync(command, cancellationToken).ConfigureAwait(false);
        return [.. messages.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id, StringComparer.Ordinal)];
    }

    public async Task MarkDeliveredAsync(IReadOnlyList<string> messageIds, Instant at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        if (messageIds.Count == 0)
        {
            return;
        }

        var names = messageIds.Select((_, i) => $"@id{i}").ToList();
        await using var lease = await AcquireAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(lease.Connection, null,
            $"UPDATE outbox SET status = 'delivered', delivered_at = @at, lease_owner = NULL, lease_until = NULL WHERE id IN ({string.Join(", ", names)})",
            [("at", WireTime.ToTicks(at)), .. messageIds.Select((id, i) => ($"id{i}", (object?)id))]);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task MarkFailedAsync(string messageId, int attempts, Instant? retryAt, string error, CancellationToken cancellationToken = default)
    {
        await using var lease = await AcquireAsync(cancellationToken).ConfigureAwait(false);
        await using var command = retryAt is { } retry
            ? Command(lease.Connection, null, """
                UPDATE outbox SET attempts = @attempts, last_error = @error, lease_owner = NULL, lease_until = NULL, next_attempt_at = @retryAt
                WHERE id = @id
                """,
                ("id", messageId), ("attempts", attempts), ("error", error), ("retryAt", WireTime.ToTicks(retry)))
            : Command(lease.Connection, null, """
                UPDATE outbox SET attempts = @attempts, last_error = @error, lease_owner = NULL, lease_until = NULL, status = 'parked'
                WHERE id = @id
                """,
                ("id", messageId), ("attempts", attempts), ("error", error));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<OutboxMessage>> ListOutboxAsync(OutboxStatus status, int max, CancellationToken cancellationToken = default)
    {
        await using var lease = await AcquireAsync(cancellationToken).ConfigureAwait(false);
        var command = Command(lease.Connection, null,
            $"SELECT {OutboxColumns} FROM outbox WHERE status = @status ORDER BY created_at, id LIMIT @max",
            ("status", status.ToString().ToLowerInvariant()), ("max", max));
        return await ReadOutboxAsync(command, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<List<OutboxMessage>> ReadOutboxAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var messages = new List<OutboxMessage>();
        await using (command)
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                messages.Add(new OutboxMessage(
                    Guid.Parse(reader.GetString(0)), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                    WireTime.FromTicks(reader.GetInt64(5)), reader.GetInt32(6)));
            }
        }

        return messages;
    }
}
