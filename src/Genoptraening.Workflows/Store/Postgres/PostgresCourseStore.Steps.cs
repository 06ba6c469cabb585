using Genoptraening.Workflows.Runtime;
using Genoptraening.Workflows.Serialization;
using Npgsql;
using NpgsqlTypes;

namespace Genoptraening.Workflows.Store.Postgres;

/// <summary>
/// A step in one round trip: one statement whose data-modifying CTEs write the course row, the
/// events, the timer and the outbox only if the course row matched the expected version. A load is
/// one round trip too.
/// </summary>
public sealed partial class PostgresCourseStore
{
    private const string InsertCourseCte = """
        c AS (
          INSERT INTO courses (id, standard, standard_version, municipality, referral_key, version, outcome, next_due_at, received_at, updated_at, facts)
          VALUES (@id, @standard, @standardVersion, @municipality, @referralKey, @version, @outcome, @nextDueAt, @receivedAt, @updatedAt, @facts)
          ON CONFLICT DO NOTHING
          RETURNING id)
        """;

    private const string UpdateCourseCte = """
        c AS (
          UPDATE courses SET version = @version, outcome = @outcome, next_due_at = @nextDueAt, updated_at = @updatedAt, facts = @facts
          WHERE id = @id AND version = @expected
          RETURNING id)
        """;

    private const string StepCtes = """
        ,
        e AS (
          INSERT INTO course_events (course_id, version, type, at, data)
          SELECT c.id, x.version, x.type, x.at, x.data
          FROM c, unnest(@eventVersions, @eventTypes, @eventAts, @eventData) AS x(version, type, at, data)),
        t AS (
          INSERT INTO timers (course_id, timer_id, due_at)
          SELECT c.id, @timerId, @timerDue FROM c WHERE @timerId IS NOT NULL
          ON CONFLICT (course_id) DO UPDATE
          SET timer_id = excluded.timer_id, due_at = excluded.due_at, lease_owner = NULL, lease_until = NULL),
        d AS (
          DELETE FROM timers WHERE @timerId IS NULL AND course_id IN (SELECT id FROM c)),
        o AS (
          INSERT INTO outbox (id, course_id, destination, type, body, created_at, attempts, next_attempt_at, status)
          SELECT x.id, c.id, x.destination, x.type, x.body, x.created, 0, 0, 'pending'
          FROM c, unnest(@outboxIds, @outboxDestinations, @outboxTypes, @outboxBodies, @outboxCreated) AS x(id, destination, type, body, created)
          ON CONFLICT (id) DO NOTHING),
        p AS (
          INSERT INTO personal_data (course_id, cpr, plan_text) SELECT c.id, @cpr, @planText FROM c WHERE @cpr IS NOT NULL),
        n AS (
          SELECT pg_notify('genoptraening_timers', '') FROM c WHERE @timerId IS NOT NULL AND @timerDue <= @wakeBefore)
        SELECT (SELECT count(*) FROM c), (SELECT count(*) FROM n)
        """;

    public override async Task<CommitResult> CommitAsync(StepWrite write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        var isNew = write.ExpectedVersion == 0;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("WITH " + (isNew ? InsertCourseCte : UpdateCourseCte) + StepCtes, connection);
        AddParameters(command.Parameters, write);
        long written;
        try
        {
            written = (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return CommitResult.VersionConflict;
        }

        if (written == 1)
        {
            return CommitResult.Committed;
        }

        return isNew && write.Course.ReferralKey is { } key && await FindByReferralKeyAsync(key, cancellationToken).ConfigureAwait(false) is not null
            ? CommitResult.DuplicateReferral
            : CommitResult.VersionConflict;
    }

    /// <summary>All steps in one batch, one implicit transaction; a unique violation falls back to a savepoint per step.</summary>
    public override async Task<IReadOnlyList<CommitResult>> CommitManyAsync(IReadOnlyList<StepWrite> writes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writes);
        if (writes.Count <= 1 || writes.Any(w => w.ExpectedVersion == 0))
        {
            return await base.CommitManyAsync(writes, cancellationToken).ConfigureAwait(false);
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var write in writes)
        {
            var command = new NpgsqlBatchCommand("WITH " + UpdateCourseCte + StepCtes);
            AddParameters(command.Parameters, write);
            batch.BatchCommands.Add(command);
        }

        var results = new List<CommitResult>(writes.Count);
        try
        {
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            do
            {
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                results.Add(reader.GetInt64(0) == 1 ? CommitResult.Committed : CommitResult.VersionConflict);
            }
            while (await reader.NextResultAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return await base.CommitManyAsync(writes, cancellationToken).ConfigureAwait(false);
        }

        return results;
    }

    public override async Task<IReadOnlyList<StoredCourse>> LoadManyAsync(IReadOnlyList<Guid> courseIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(courseIds);
        var ids = courseIds.Select(id => id.ToString("D")).ToArray();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand($"SELECT {CourseColumns} FROM courses WHERE id = ANY(@ids)") { Parameters = { new("ids", ids) } },
                new NpgsqlBatchCommand("SELECT course_id, version, type, at, data FROM course_events WHERE course_id = ANY(@ids) ORDER BY course_id, version")
                {
                    Parameters = { new("ids", ids) },
                },
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<CourseRow>(ids.Length);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(ReadCourse(reader));
        }

        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        var events = rows.ToDictionary(r => r.Id, r => new List<StoredEvent>(r.Version));
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            events[Guid.Parse(reader.GetString(0))].Add(
                new StoredEvent(reader.GetInt32(1), reader.GetString(2), WireTime.FromTicks(reader.GetInt64(3)), reader.GetString(4)));
        }

        return [.. rows.Select(r => new StoredCourse(r, events[r.Id]))];
    }

    public override async Task<StoredCourse?> LoadAsync(Guid courseId, CancellationToken cancellationToken = default)
    {
        var id = courseId.ToString("D");
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand($"SELECT {CourseColumns} FROM courses WHERE id = @id") { Parameters = { new("id", id) } },
                new NpgsqlBatchCommand("SELECT version, type, at, data FROM course_events WHERE course_id = @id ORDER BY version") { Parameters = { new("id", id) } },
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var row = ReadCourse(reader);
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        var events = new List<StoredEvent>(row.Version);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            events.Add(new StoredEvent(reader.GetInt32(0), reader.GetString(1), WireTime.FromTicks(reader.GetInt64(2)), reader.GetString(3)));
        }

        return new StoredCourse(row, events);
    }

    private static void AddParameters(NpgsqlParameterCollection p, StepWrite write)
    {
        var course = write.Course;
        p.Add(new("id", course.Id.ToString("D")));
        p.Add(new("standard", course.Standard));
        p.Add(new("standardVersion", course.StandardVersion));
        p.Add(new("municipality", course.Municipality));
        p.Add(new("referralKey", NpgsqlDbType.Text) { Value = (object?)course.ReferralKey ?? DBNull.Value });
        p.Add(new("version", course.Version));
        p.Add(new("expected", write.ExpectedVersion));
        p.Add(new("outcome", NpgsqlDbType.Text) { Value = (object?)course.Outcome ?? DBNull.Value });
        p.Add(new("nextDueAt", NpgsqlDbType.Bigint) { Value = course.NextDueAt is { } due ? WireTime.ToTicks(due) : DBNull.Value });
        p.Add(new("receivedAt", WireTime.ToTicks(course.ReceivedAt)));
        p.Add(new("updatedAt", WireTime.ToTicks(course.UpdatedAt)));
        p.Add(new("facts", NpgsqlDbType.Text) { Value = (object?)write.Facts ?? DBNull.Value });
        p.Add(new("eventVersions", write.Events.Select(e => e.Version).ToArray()));
        p.Add(new("eventTypes", write.Events.Select(e => e.Type).ToArray()));
        p.Add(new("eventAts", write.Events.Select(e => WireTime.ToTicks(e.At)).ToArray()));
        p.Add(new("eventData", write.Events.Select(e => e.Data).ToArray()));
        p.Add(new("timerId", NpgsqlDbType.Text) { Value = (object?)write.NextTimer?.TimerId ?? DBNull.Value });
        p.Add(new("timerDue", NpgsqlDbType.Bigint) { Value = write.NextTimer is { } t ? WireTime.ToTicks(t.DueAt) : DBNull.Value });
        // NOTIFY serialises committing transactions; only a timer due before the workers look again needs one.
        p.Add(new("wakeBefore", WireTime.ToTicks(course.UpdatedAt) + TimerSignal.LongestSleep.Ticks));
        p.Add(new("outboxIds", write.Outbox.Select(m => m.Id).ToArray()));
        p.Add(new("outboxDestinations", write.Outbox.Select(m => m.Destination).ToArray()));
        p.Add(new("outboxTypes", write.Outbox.Select(m => m.Type).ToArray()));
        p.Add(new("outboxBodies", write.Outbox.Select(m => m.Body).ToArray()));
        p.Add(new("outboxCreated", write.Outbox.Select(m => WireTime.ToTicks(m.CreatedAt)).ToArray()));
        p.Add(new("cpr", NpgsqlDbType.Text) { Value = (object?)write.Personal?.Cpr ?? DBNull.Value });
        p.Add(new("planText", NpgsqlDbType.Text) { Value = (object?)write.Personal?.PlanText ?? DBNull.Value });
    }
}
