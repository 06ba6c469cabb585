using Genoptraening.Workflows.Store.Postgres;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Genoptraening.Bench.Queries;

/// <summary>
/// Grows the seeded courses to a million rows in SQL: each copy gets a new id, no referral key, and
/// its receipt and due instants moved by n minutes for the n-th copy (the year's spread stays). Only the
/// course rows are copied: the list and the report read nothing else.
/// </summary>
internal static class CourseCloner
{
    private const long MinuteTicks = 600_000_000;

    public static async Task CloneAsync(BenchDatabase database, int copies)
    {
        if (database[0] is PostgresCourseStore postgres)
        {
            await using var connection = await postgres.DataSource.OpenConnectionAsync();
            await ExecuteAsync(connection, $"""
                INSERT INTO courses (id, standard, standard_version, municipality, referral_key, version, outcome, next_due_at, received_at, updated_at, facts)
                SELECT gen_random_uuid()::text, standard, standard_version, municipality, NULL, version, outcome,
                       next_due_at + g::bigint * {MinuteTicks}, received_at + g::bigint * {MinuteTicks}, updated_at, facts
                FROM courses, generate_series(1, {copies}) AS g
                """);
            await ExecuteAsync(connection, "VACUUM ANALYZE courses");
            return;
        }

        await using var sqlite = new SqliteConnection(database.ConnectionString);
        await sqlite.OpenAsync();
        await using (var command = sqlite.CreateCommand())
        {
            command.CommandTimeout = 0;
            command.CommandText = $"""
                PRAGMA busy_timeout = 60000;
                INSERT INTO courses (id, standard, standard_version, municipality, referral_key, version, outcome, next_due_at, received_at, updated_at, facts)
                WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < {copies})
                SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6))),
                       standard, standard_version, municipality, NULL, version, outcome,
                       next_due_at + n * {MinuteTicks}, received_at + n * {MinuteTicks}, updated_at, facts
                FROM courses, g;
                ANALYZE;
                """;
            await command.ExecuteNonQueryAsync();
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
