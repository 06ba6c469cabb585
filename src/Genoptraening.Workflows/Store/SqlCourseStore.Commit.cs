using System.Data.Common;
using Genoptraening.Workflows.Serialization;

namespace Genoptraening.Workflows.Store;

/// <summary>One transaction per call: each step writes its course row, events, timer and outbox, or nothing.</summary>
public abstract partial class SqlCourseStore
{
    private const string InsertCourseSql = """
        INSERT INTO courses (id, standard, standard_version, municipality, referral_key, version, outcome, next_due_at, received_at, updated_at, facts)
        VALUES (@id, @standard, @standardVersion, @municipality, @referralKey, @version, @outcome, @nextDueAt, @receivedAt, @updatedAt, @facts)
        """;

    private const string UpdateCourseSql = """
        UPDATE courses SET version = @version, outcome = @outcome, next_due_at = @nextDueAt, updated_at = @updatedAt, facts = @facts
        WHERE id = @id AND version = @expected
        """;

    private const string InsertEventSql =
        "INSERT INTO course_events (course_id, version, type, at, data) VALUES (@id, @version, @type, @at, @data)";

    private const string UpsertTimerSql = """
        INSERT INTO timers (course_id, timer_id, due_at, lease_owner, lease_until) VALUES (@id, @timerId, @dueAt, NULL, NULL)
        ON CONFLICT (course_id) DO UPDATE SET timer_id = excluded.timer_id, due_at = excluded.due_at, lease_owner = NULL, lease_until = NULL
        """;

    private const string InsertOutboxSql = """
        INSERT INTO outbox (id, course_id, destination, type, body, created_at, attempts, next_attempt_at, status)
        VALUES (@id, @courseId, @destination, @type, @body, @createdAt, 0, 0, 'pending')
        ON CONFLICT (id) DO NOTHING
        """;

    public virtual async Task<CommitResult> CommitAsync(StepWrite write, CancellationToken cancellationToken = default) =>
        (await CommitManyAsync([write], cancellationToken).ConfigureAwait(false))[0];

    /// <summary>
    /// Writes the steps in one transaction, each under a savepoint: a step that conflicts is rolled
    /// back alone and reported; the others are committed together.
    /// </summary>
    public virtual async Task<IReadOnlyList<CommitResult>> CommitManyAsync(IReadOnlyList<StepWrite> writes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writes);
        await using var lease = await AcquireAsync(cancellationToken).ConfigureAwait(false);
        var connection = lease.Connection;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var results = new List<CommitResult>(writes.Count);
        foreach (var write in writes)
        {
            await transaction.SaveAsync("step", cancellationToken).ConfigureAwait(false);
            var result = await TryWriteStepAsync(connection, transaction, write, cancellationToken).ConfigureAwait(false);
            if (result == CommitResult.Committed)
            {
                await transaction.ReleaseAsync("step", cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await transaction.RollbackAsync("step", cancellationToken).ConfigureAwait(false);
            }

            results.Add(result);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return results;
    }

    private async Task<CommitResult> TryWriteStepAsync(DbConnection connection, DbTransaction transaction, StepWrite write, CancellationToken cancellationToken)
    {
        try
        {
            if (!await WriteCourseAsync(connection, transaction, write, cancellationToken).ConfigureAwait(false))
            {
                return CommitResult.VersionConflict;
            }

            await WriteEventsAsync(connection, transaction, write, cancellationToken).ConfigureAwait(false);
            await WriteTimerAsync(connection, transaction, write, cancellationToken).ConfigureAwait(false);
            await WriteOutboxAsync(connection, transaction, write, cancellationToken).ConfigureAwait(false);
            if (write.Personal is { } personal)
            {
                await using var insert = Command(connection, transaction, "INSERT INTO personal_data (course_id, cpr, plan_text) VALUES (@id, @cpr, @text)",
                    ("id", write.Course.Id.ToString("D")), ("cpr", personal.Cpr), ("text", personal.PlanText));
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return CommitResult.Committed;
        }
        catch (DbException e) when (IsUniqueViolation(e, out var onReferralKey))
        {
            return onReferralKey ? CommitResult.DuplicateReferral : CommitResult.VersionConflict;
        }
    }

    private static async Task<bool> WriteCourseAsync(DbConnection connection, DbTransaction transaction, StepWrite write, CancellationToken cancellationToken)
    {
        var course = write.Course;
        var nextDueAt = course.NextDueAt is { } due ? WireTime.ToTicks(due) : (object?)null;
        if (write.ExpectedVersion == 0)
        {
            await using var insert = Command(connection, transaction, InsertCourseSql,
                ("id", course.Id.ToString("D")), ("standard", course.Standard), ("standardVersion", course.StandardVersion),
                ("municipality", course.Municipality), ("referralKey", course.ReferralKey), ("version", course.Version),
                ("outcome", course.Outcome), ("nextDueAt", nextDueAt), ("receivedAt", WireTime.ToTicks(course.ReceivedAt)),
                ("updatedAt", WireTime.ToTicks(course.UpdatedAt)), ("facts", write.Facts));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }

        await using var update = Command(connection, transaction, UpdateCourseSql,
            ("id", course.Id.ToString("D")), ("version", course.Version), ("outcome", course.Outcome), ("nextDueAt", nextDueAt),
            ("updatedAt", WireTime.ToTicks(course.UpdatedAt)), ("expected", write.ExpectedVersion), ("facts", write.Facts));
        return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private static async Task WriteEventsAsync(DbConnection connection, DbTransaction transaction, StepWrite write, CancellationToken cancellationToken)
    {
        var id = write.Course.Id.ToString("D");
        foreach (var e in write.Events)
        {
            await using var insert = Command(connection, transaction, InsertEventSql,
                ("id", id), ("version", e.Version), ("type", e.Type), ("at", WireTime.ToTicks(e.At)), ("data", e.Data));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task WriteTimerAsync(DbConnection connection, DbTransaction transaction, StepWrite write, CancellationToken cancellationToken)
    {
        var id = write.Course.Id.ToString("D");
        if (write.NextTimer is not { } timer)
        {
            await using var delete = Command(connection, transaction, "DELETE FROM timers WHERE course_id = @id", ("id", id));
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        await using var upsert = Command(connection, transaction, UpsertTimerSql,
            ("id", id), ("timerId", timer.TimerId), ("dueAt", WireTime.ToTicks(timer.DueAt)));
        await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteOutboxAsync(DbConnection connection, DbTransaction transaction, StepWrite write, CancellationToken cancellationToken)
    {
        foreach (var message in write.Outbox)
        {
            await using var insert = Command(connection, transaction, InsertOutboxSql,
                ("id", message.Id), ("courseId", message.CourseId.ToString("D")), ("destination", message.Destination),
                ("type", message.Type), ("body", message.Body), ("createdAt", WireTime.ToTicks(message.CreatedAt)));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
