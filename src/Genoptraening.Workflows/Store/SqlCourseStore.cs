using System.Data.Common;
using Genoptraening.Workflows.Serialization;
using NodaTime;

namespace Genoptraening.Workflows.Store;

/// <summary>
/// The store's SQL, shared by SQLite and PostgreSQL: ids are text, instants Unix ticks. Subclasses
/// supply connections, migrations, the claim queries and how a unique violation is recognised.
/// </summary>
public abstract partial class SqlCourseStore : ICourseStore
{
    protected const string CourseColumns =
        "id, standard, standard_version, municipality, referral_key, version, outcome, next_due_at, received_at, updated_at";

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var lease = await AcquireAsync(cancellationToken).ConfigureAwait(false);
        var connection = lease.Connection;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await LockForMigrationAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)", cancellationToken).ConfigureAwait(false);
        var applied = new HashSet<long>();
        await using (var select = Command(connection, transaction, "SELECT version FROM schema_migrations"))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                applied.Add(Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        for (var version = 1; version <= Migrations.Count; version++)
        {
            if (!applied.Contains(version))
            {
                await ExecuteAsync(connection, transaction, Migrations[version - 1], cancellationToken).ConfigureAwait(false);
                await using var record = Command(connection, transaction, "INSERT INTO schema_migrations (version) VALUES (@v)", ("v", version));
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public virtual async Task<StoredCourse?> LoadAsync(Guid courseId, CancellationToken cancellationToken = default)
    {
        await using var lease = await AcquireAsync(cancellationToken).ConfigureAwait(false);
        var id = courseId.ToString("D");
        CourseRow? row = null;
        await using (var select = Command(lease.Connection, null, $"SELECT {CourseColumns} FROM courses WHERE id = @id", ("id", id)))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                row = ReadCourse(reader);
            }
        }

        if (row is null)
        {
            return null;
        }

        var events = new List<StoredEvent>(row.Version);
        await using (var select = Command(lease.Connection, null, "SELECT version, type, at, data FROM course_events WHERE course_id = @id ORDER BY version", ("id", id)))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                events.Add(new StoredEvent(reader.GetInt32(0), reader.GetString(1), WireTime.FromTicks(reader.GetInt64(2)), reader.GetString(3)));
            }
        }

        return new StoredCourse(row, events);
    }

    public virtual async Task<IReadOnlyList<StoredCourse>> LoadManyAsync(IReadOnlyList<Guid> courseIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(courseIds);
        var courses = new List<StoredCourse>(courseIds.Count);
        foreach (var id in courseIds)
        {
            if (await LoadAsync(id, cancellationToken).ConfigureAwait(false) is { } course)
            {
                courses.Add(course);
            }
        }

        return courses;
    }

    public async Task<Guid?> FindByReferralKeyAsync(string referralKey, CancellationToken cancellationToken = default)
    {
        await using var lease = await AcquireAsync(cancellationToken).ConfigureAwait(false);
        var id = await ScalarAsync(lease.Connection, "SELECT id FROM courses WHERE referral_key = @key", cancellationToken, ("key", referralKey))
            .ConfigureAwait(false);
        return id is string text ? Guid.Parse(text) : null;
    }

    public async Task<Instant?> NextTimerDueAsync(CancellationToken cancellationToken = default)
    {
        await using var lease = await AcquireAsync(cancellationToken).ConfigureAwait(false);
        var due = await ScalarAsync(lease.Connection, "SELECT MIN(due_at) FROM timers", cancellationToken).ConfigureAwait(false);
        return due is null or DBNull ? null : WireTime.FromTicks(Convert.ToInt64(due, System.Globalization.CultureInfo.InvariantCulture));
    }

    public async Task<int> CountTimersAsync(CancellationToken cancellationToken = default)
    {
        await using var lease = await AcquireAsync(cancellationToken).ConfigureAwait(false);
        var count = await ScalarAsync(lease.Connection, "SELECT COUNT(*) FROM timers", cancellationToken).ConfigureAwait(false);
        return Convert.ToInt32(count, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<TimerRow>> ClaimDueTimersAsync(string owner, Instant now, int max, Instant leaseUntil, CancellationToken cancellationToken = default)
    {
        await using var lease = await AcquireAsync(cancellationToken).ConfigureAwait(false);
        var claimed = new List<TimerRow>();
        await using var command = Command(lease.Connection, null, ClaimTimersSql,
            ("owner", owner), ("now", WireTime.ToTicks(now)), ("max", max), ("leaseUntil", WireTime.ToTicks(leaseUntil)));
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                claimed.Add(new TimerRow(Guid.Parse(reader.GetString(0)), reader.GetString(1), WireTime.FromTicks(reader.GetInt64(2))));
            }
        }

        return [.. claimed.OrderBy(t => t.DueAt).ThenBy(t => t.CourseId)];
    }

    public async ValueTask DisposeAsync()
    {
        await DisposeCoreAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <summary>The schema, one script per version; never edit a released script, add a new one.</summary>
    protected abstract IReadOnlyList<string> Migrations { get; }

    /// <summary>How the claim queries keep competing workers apart: PostgreSQL's <c>FOR UPDATE SKIP LOCKED</c>; nothing on SQLite's single writer.</summary>
    protected abstract string ClaimLockClause { get; }

    /// <summary>Leases due, unleased timers: <c>@owner, @now, @max, @leaseUntil</c>; returns course_id, timer_id, due_at.</summary>
    private string ClaimTimersSql => $"""
        UPDATE timers SET lease_owner = @owner, lease_until = @leaseUntil
        WHERE course_id IN (
            SELECT course_id FROM timers
            WHERE due_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
            ORDER BY due_at LIMIT @max
            {ClaimLockClause})
        RETURNING course_id, timer_id, due_at
        """;

    /// <summary>Leases due pending messages: <c>@owner, @now, @max, @leaseUntil</c>; returns the outbox columns.</summary>
    private string ClaimOutboxSql => $"""
        UPDATE outbox SET lease_owner = @owner, lease_until = @leaseUntil
        WHERE id IN (
            SELECT id FROM outbox
            WHERE status = 'pending' AND next_attempt_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
            ORDER BY created_at, id LIMIT @max
            {ClaimLockClause})
        RETURNING {OutboxColumns}
        """;

    protected abstract Task<ConnectionLease> AcquireAsync(CancellationToken cancellationToken);

    /// <summary>Whether the exception is a unique violation, and whether it was the referral key's.</summary>
    protected abstract bool IsUniqueViolation(DbException exception, out bool onReferralKey);

    protected virtual Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    protected abstract ValueTask DisposeCoreAsync();

    protected static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, null, sql, parameters);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    protected static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    protected static CourseRow ReadCourse(DbDataReader r) => new(
        Guid.Parse(r.GetString(0)),
        r.GetString(1),
        r.GetInt32(2),
        r.GetString(3),
        r.IsDBNull(4) ? null : r.GetString(4),
        r.GetInt32(5),
        r.IsDBNull(6) ? null : r.GetString(6),
        r.IsDBNull(7) ? null : WireTime.FromTicks(r.GetInt64(7)),
        WireTime.FromTicks(r.GetInt64(8)),
        WireTime.FromTicks(r.GetInt64(9)));

    /// <summary>A connection on loan: pooled (PostgreSQL) or the one shared connection under its lock (SQLite).</summary>
    protected sealed class ConnectionLease(DbConnection connection, Func<ValueTask> release) : IAsyncDisposable
    {
        public DbConnection Connection { get; } = connection;

        public ValueTask DisposeAsync() => release();
    }
}
