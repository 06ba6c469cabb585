using System.Data.Common;
using Genoptraening.Tests.Shared;
using Genoptraening.Workflows.Store;
using Genoptraening.Workflows.Store.Postgres;
using Genoptraening.Workflows.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Genoptraening.Bench;

/// <summary>Fresh databases of one kind: a new PostgreSQL database, or a new SQLite file.</summary>
internal sealed class BenchStore(string kind, PostgresCluster? cluster, string folder)
{
    public string Kind => kind;

    public bool IsPostgres => kind == "postgres";

    /// <summary>A new database with <paramref name="count"/> stores on it (SQLite: one store, its single writer, shared).</summary>
    public async Task<BenchDatabase> CreateAsync(int count)
    {
        if (IsPostgres)
        {
            var connectionString = await cluster!.CreateDatabaseAsync();
            var stores = Enumerable.Range(0, count).Select(_ => (ICourseStore)PostgresCourseStore.Open(connectionString)).ToList();
            await stores[0].MigrateAsync();
            return new BenchDatabase(stores, connectionString);
        }

        var file = Path.Combine(folder, $"bench-{Guid.NewGuid():N}.db");
        var store = await SqliteCourseStore.OpenAsync($"Data Source={file}");
        await store.MigrateAsync();
        return new BenchDatabase([store], $"Data Source={file}");
    }
}

/// <summary>Stores on one benchmark database, and a way to run SQL on it directly.</summary>
internal sealed class BenchDatabase(IReadOnlyList<ICourseStore> stores, string connectionString) : IAsyncDisposable
{
    public IReadOnlyList<ICourseStore> Stores => stores;

    public string ConnectionString => connectionString;

    public ICourseStore this[int i] => stores[i % stores.Count];

    /// <summary>A connection of its own to the database, for SQL beside the stores'.</summary>
    public async Task<DbConnection> OpenConnectionAsync()
    {
        if (stores[0] is PostgresCourseStore postgres)
        {
            return await postgres.DataSource.OpenConnectionAsync();
        }

        var sqlite = new SqliteConnection(connectionString);
        await sqlite.OpenAsync();
        return sqlite;
    }

    /// <summary>Moves the timers of <paramref name="count"/> courses to the given due instants (Unix ticks).</summary>
    public async Task RescheduleTimersAsync(IReadOnlyList<long> dueTicks)
    {
        if (stores[0] is PostgresCourseStore postgres)
        {
            await using var connection = await postgres.DataSource.OpenConnectionAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                UPDATE timers SET due_at = d.due FROM (
                  SELECT course_id, row_number() OVER (ORDER BY course_id) AS n FROM timers) AS t
                JOIN unnest(@dues) WITH ORDINALITY AS d(due, n) ON d.n = t.n
                WHERE timers.course_id = t.course_id
                """;
            command.Parameters.Add(new Npgsql.NpgsqlParameter("dues", dueTicks.ToArray()));
            await command.ExecuteNonQueryAsync();
            return;
        }

        await using var sqlite = new SqliteConnection(connectionString);
        await sqlite.OpenAsync();
        var ids = new List<string>();
        await using (var select = sqlite.CreateCommand())
        {
            select.CommandText = $"SELECT course_id FROM timers ORDER BY course_id LIMIT {dueTicks.Count}";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetString(0));
            }
        }

        await using var transaction = await sqlite.BeginTransactionAsync();
        for (var i = 0; i < ids.Count; i++)
        {
            await using var update = sqlite.CreateCommand();
            update.CommandText = "UPDATE timers SET due_at = @due WHERE course_id = @id";
            update.Parameters.AddWithValue("due", dueTicks[i]);
            update.Parameters.AddWithValue("id", ids[i]);
            await update.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }
    }
}
