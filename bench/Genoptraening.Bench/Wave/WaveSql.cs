using System.Data.Common;
using System.Globalization;
using NodaTime;

namespace Genoptraening.Bench.Wave;

/// <summary>Direct SQL on a benchmark database, the same on PostgreSQL and SQLite, to set the wave up and check it.</summary>
internal static class WaveSql
{
    /// <summary>Moves every timer to one due instant, unleased; returns how many timers there are.</summary>
    public static Task<long> RescheduleAllTimersAsync(this BenchDatabase database, Instant due) =>
        database.ExecuteAsync("UPDATE timers SET due_at = @value, lease_owner = NULL, lease_until = NULL", due.ToUnixTimeTicks());

    /// <summary>Counts what <paramref name="sql"/> (a <c>SELECT count(*)</c>, with an optional <c>@value</c>) counts.</summary>
    public static async Task<long> CountAsync(this BenchDatabase database, string sql, object? value = null)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = Command(connection, sql, value);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>Runs a statement (with an optional <c>@value</c>); returns the rows it changed.</summary>
    public static async Task<long> ExecuteAsync(this BenchDatabase database, string sql, object? value = null)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = Command(connection, sql, value);
        command.CommandTimeout = 600;
        return await command.ExecuteNonQueryAsync();
    }

    private static DbCommand Command(DbConnection connection, string sql, object? value)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        if (value is not null)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "value";
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
