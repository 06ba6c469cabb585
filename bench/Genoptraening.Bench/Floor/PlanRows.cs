using System.Data.Common;

namespace Genoptraening.Bench.Floor;

/// <summary>
/// The rows one plan's intake wrote, read back from a database the host wrote: the course row, its
/// events, its timer and its personal data. The floor writes copies of them under new ids.
/// </summary>
internal sealed record PlanRows(object?[] Course, IReadOnlyList<object?[]> Events, object?[] Timer, object?[] Personal)
{
    public const string CourseColumns = "id, standard, standard_version, municipality, referral_key, version, outcome, next_due_at, received_at, updated_at, facts";
    public const string EventColumns = "course_id, version, type, at, data";
    public const string TimerColumns = "course_id, timer_id, due_at, lease_owner, lease_until";
    public const string PersonalColumns = "course_id, cpr, plan_text";

    public static async Task<PlanRows> ReadAsync(DbConnection connection, string courseId)
    {
        var events = await RowsAsync(connection, $"SELECT {EventColumns} FROM course_events WHERE course_id = @id ORDER BY version", courseId);
        return new PlanRows(
            (await RowsAsync(connection, $"SELECT {CourseColumns} FROM courses WHERE id = @id", courseId)).Single(),
            events,
            (await RowsAsync(connection, $"SELECT {TimerColumns} FROM timers WHERE course_id = @id", courseId)).Single(),
            (await RowsAsync(connection, $"SELECT {PersonalColumns} FROM personal_data WHERE course_id = @id", courseId)).Single());
    }

    private static async Task<List<object?[]>> RowsAsync(DbConnection connection, string sql, string id)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "id";
        parameter.Value = id;
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
