using System.Text;
using Genoptraening.Workflows.Serialization;
using NodaTime;

namespace Genoptraening.Workflows.Store;

/// <summary>Course lists, personal data, purge and health.</summary>
public abstract partial class SqlCourseStore
{
    private const string SortKey = "COALESCE(next_due_at, 9223372036854775807)";

    public async Task<PersonalData?> LoadPersonalDataAsync(Guid courseId, CancellationToken cancellationToken = default)
    {
        await using var lease = await AcquireAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(lease.Connection, null, "SELECT cpr, plan_text FROM personal_data WHERE course_id = @id", ("id", courseId.ToString("D")));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new PersonalData(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1))
            : null;
    }

    public async Task<IReadOnlyList<CourseRow>> ListCoursesAsync(CourseQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sql = new StringBuilder($"SELECT {CourseColumns} FROM courses WHERE 1 = 1");
        var parameters = new List<(string, object?)> { ("top", query.Top) };
        void Filter(string condition, string name, object? value)
        {
            sql.Append(" AND ").Append(condition);
            parameters.Add((name, value));
        }

        if (query.Municipality is { } municipality)
        {
            Filter("municipality = @municipality", "municipality", municipality);
        }

        if (query.Standard is { } standard)
        {
            Filter("standard = @standard", "standard", standard);
        }

        switch (query.Status)
        {
            case "active":
                sql.Append(" AND outcome IS NULL");
                break;
            case "ended":
                sql.Append(" AND outcome IS NOT NULL");
                break;
            case { } outcome:
                Filter("outcome = @outcome", "outcome", outcome);
                break;
        }

        if (query.ReferralKeyPrefix is { } prefix)
        {
            Filter("substr(referral_key, 1, @prefixLength) = @prefix", "prefix", prefix);
            parameters.Add(("prefixLength", prefix.Length));
        }

        if (query.ReceivedFrom is { } receivedFrom)
        {
            Filter("received_at >= @receivedFrom", "receivedFrom", WireTime.ToTicks(receivedFrom));
        }

        if (query.ReceivedBefore is { } receivedBefore)
        {
            Filter("received_at < @receivedBefore", "receivedBefore", WireTime.ToTicks(receivedBefore));
        }

        if (query.After is { } after)
        {
            Filter($"({SortKey} > @afterKey OR ({SortKey} = @afterKey AND id > @afterId))", "afterKey", after.SortKey);
            parameters.Add(("afterId", after.Id.ToString("D")));
        }

        sql.Append($" ORDER BY {SortKey}, id LIMIT @top");
        await using var lease = await AcquireAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(lease.Connection, null, sql.ToString(), [.. parameters]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<CourseRow>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(ReadCourse(reader));
        }

        return rows;
    }

    public async Task<bool> PurgeAsync(Guid courseId, string actor, Instant at, CancellationToken cancellationToken = default)
    {
        await using var lease = await AcquireAsync(cancellationToken).ConfigureAwait(false);
        var connection = lease.Connection;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var id = courseId.ToString("D");
        int deleted;
        await using (var course = Command(connection, transaction, "DELETE FROM courses WHERE id = @id", ("id", id)))
        {
            deleted = await course.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        if (deleted == 0)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return false;
        }

        foreach (var table in new[] { "course_events", "timers", "outbox", "personal_data" })
        {
            await using var delete = Command(connection, transaction, $"DELETE FROM {table} WHERE course_id = @id", ("id", id));
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var audit = Command(connection, transaction, "INSERT INTO audit (at, actor, action, course_id) VALUES (@at, @actor, 'purge', @id)",
            ("at", WireTime.ToTicks(at)), ("actor", actor), ("id", id)))
        {
            await audit.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        await using var lease = await AcquireAsync(cancellationToken).ConfigureAwait(false);
        await ScalarAsync(lease.Connection, "SELECT 1", cancellationToken).ConfigureAwait(false);
    }
}
