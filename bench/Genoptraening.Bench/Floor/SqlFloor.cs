using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Genoptraening.Workflows.Store.Sqlite;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Genoptraening.Bench.Floor;

/// <summary>
/// The SQL floor: the rows a plan's intake and an event write, by plain SQL transactions with the same
/// concurrency, and nothing else: no HTTP, no JSON, no decider. PostgreSQL: one pooled connection per
/// caller, each transaction's statements sent as one batch. SQLite: its one writer connection, taken
/// in turn, with the store's settings.
/// </summary>
internal sealed class SqlFloor(Func<Task<DbConnection>> open, bool oneWriter) : IAsyncDisposable
{
    private readonly SemaphoreSlim writer = new(1, 1);
    private DbConnection? shared;

    public static SqlFloor Postgres(NpgsqlDataSource dataSource) => new(async () => await dataSource.OpenConnectionAsync(), oneWriter: false);

    public static SqlFloor Sqlite(string connectionString) => new(async () =>
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var pragmas = connection.CreateCommand();
        pragmas.CommandText = SqliteCourseStore.Pragmas;
        await pragmas.ExecuteNonQueryAsync();
        return connection;
    }, oneWriter: true);

    /// <summary>Copies of the plan's rows under <paramref name="plans"/> new ids; returns plans per second and the ids.</summary>
    public async Task<(double PerSecond, IReadOnlyList<string> Ids)> IntakeAsync(PlanRows template, int plans, int concurrency, string label = "FLOOR")
    {
        var ids = Enumerable.Range(0, plans).Select(_ => Guid.NewGuid().ToString("D")).ToList();
        var perSecond = await RunAsync(plans, concurrency, i =>
        {
            var id = ids[i];
            var statements = new List<(string Sql, object?[] Values)>
            {
                (Insert("courses", PlanRows.CourseColumns), With(template.Course, 0, id, 4, $"5790000000001/{label}-{i}")),
                (Insert("timers", PlanRows.TimerColumns), With(template.Timer, 0, id)),
                (Insert("personal_data", PlanRows.PersonalColumns), With(template.Personal, 0, id)),
            };
            statements.AddRange(template.Events.Select(e => (Insert("course_events", PlanRows.EventColumns), With(e, 0, id))));
            return statements;
        });
        return (perSecond, ids);
    }

    /// <summary>
    /// One event per course, copied from a course after its event step (<paramref name="after"/>): the
    /// course row's version, due instant and facts, the step's events, the timer; <paramref name="before"/> is the course before it.
    /// </summary>
    public Task<double> EventsAsync(PlanRows before, PlanRows after, IReadOnlyList<string> ids, int concurrency)
    {
        var (version, nextDue, updated, facts) = (after.Course[5], after.Course[7], after.Course[9], after.Course[10]);
        var stepEvents = after.Events.Where(e => Convert.ToInt32(e[1], CultureInfo.InvariantCulture) > before.Events.Count).ToList();
        return RunAsync(ids.Count, concurrency, i =>
        {
            var statements = new List<(string, object?[])>
            {
                ("UPDATE courses SET version = @p0, next_due_at = @p1, updated_at = @p2, facts = @p3 WHERE id = @p4 AND version = @p5",
                    [version, nextDue, updated, facts, ids[i], before.Events.Count]),
                ("UPDATE timers SET timer_id = @p0, due_at = @p1 WHERE course_id = @p2", [after.Timer[1], nextDue, ids[i]]),
            };
            statements.AddRange(stepEvents.Select(e => (Insert("course_events", PlanRows.EventColumns), With(e, 0, ids[i]))));
            return statements;
        });
    }

    /// <summary>Plans and their events in rounds, not counted, for as long as the host's warm-up lasts.</summary>
    public async Task WarmUpAsync(PlanRows template, PlanRows contacted, int concurrency, TimeSpan time)
    {
        var watch = Stopwatch.StartNew();
        for (var round = 0; watch.Elapsed < time; round++)
        {
            var (_, ids) = await IntakeAsync(template, 500, concurrency, $"WARMUP{round}");
            await EventsAsync(template, contacted, ids, concurrency);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (shared is not null)
        {
            await shared.DisposeAsync();
        }

        writer.Dispose();
    }

    private async Task<double> RunAsync(int count, int concurrency, Func<int, List<(string Sql, object?[] Values)>> statementsOf)
    {
        shared ??= oneWriter ? await open() : null;
        var watch = Stopwatch.StartNew();
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, cancellationToken) =>
        {
            var statements = statementsOf(i);
            if (shared is null)
            {
                await using var connection = await open();
                await TransactionAsync(connection, statements);
                return;
            }

            await writer.WaitAsync(cancellationToken);
            try
            {
                await TransactionAsync(shared, statements);
            }
            finally
            {
                writer.Release();
            }
        });
        return count / watch.Elapsed.TotalSeconds;
    }

    private static async Task TransactionAsync(DbConnection connection, List<(string Sql, object?[] Values)> statements)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        if (connection.CanCreateBatch)
        {
            await using var batch = connection.CreateBatch();
            batch.Transaction = transaction;
            foreach (var (sql, values) in statements)
            {
                var command = batch.CreateBatchCommand();
                command.CommandText = sql;
                Bind(command.Parameters, values, command.CreateParameter);
                batch.BatchCommands.Add(command);
            }

            await batch.ExecuteNonQueryAsync();
        }
        else
        {
            foreach (var (sql, values) in statements)
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = sql;
                Bind(command.Parameters, values, command.CreateParameter);
                await command.ExecuteNonQueryAsync();
            }
        }

        await transaction.CommitAsync();
    }

    private static void Bind(DbParameterCollection parameters, object?[] values, Func<DbParameter> create)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = create();
            parameter.ParameterName = $"p{i}";
            parameter.Value = values[i] ?? DBNull.Value;
            parameters.Add(parameter);
        }
    }

    private static string Insert(string table, string columns) =>
        $"INSERT INTO {table} ({columns}) VALUES ({string.Join(", ", columns.Split(", ").Select((_, i) => $"@p{i}"))})";

    /// <summary>The row with the value at <paramref name="at"/> replaced (and, optionally, the one at <paramref name="at2"/>).</summary>
    private static object?[] With(object?[] row, int at, object? value, int at2 = -1, object? value2 = null)
    {
        var copy = (object?[])row.Clone();
        copy[at] = value;
        if (at2 >= 0)
        {
            copy[at2] = value2;
        }

        return copy;
    }
}
