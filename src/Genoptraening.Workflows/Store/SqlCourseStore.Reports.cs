using Genoptraening.Workflows.Serialization;
using NodaTime;

namespace Genoptraening.Workflows.Store;

/// <summary>The quality report's query: courses counted by their report facts, and the facts' backfill.</summary>
public abstract partial class SqlCourseStore
{
    public async Task<IReadOnlyList<FactsCountRow>> CountReportFactsAsync(string municipality, Instant from, Instant to, CancellationToken cancellationToken = default)
    {
        await using var lease = await AcquireAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(lease.Connection, null, """
            SELECT standard, standard_version, facts, COUNT(*) FROM courses
            WHERE municipality = @municipality AND received_at >= @from AND received_at < @to
            GROUP BY standard, standard_version, facts
            """,
            ("municipality", municipality), ("from", WireTime.ToTicks(from)), ("to", WireTime.ToTicks(to)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<FactsCountRow>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new FactsCountRow(reader.GetString(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetString(2), (int)reader.GetInt64(3)));
        }

        return rows;
    }

    public async Task<IReadOnlyList<Guid>> CoursesWithoutFactsAsync(Guid? after, int max, CancellationToken cancellationToken = default)
    {
        await using var lease = await AcquireAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(lease.Connection, null,
            "SELECT id FROM courses WHERE facts IS NULL AND id > @after ORDER BY id LIMIT @max",
            ("after", after?.ToString("D") ?? string.Empty), ("max", max));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var ids = new List<Guid>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(Guid.Parse(reader.GetString(0)));
        }

        return ids;
    }

    public async Task WriteFactsAsync(Guid courseId, int version, string facts, CancellationToken cancellationToken = default)
    {
        await using var lease = await AcquireAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(lease.Connection, null, "UPDATE courses SET facts = @facts WHERE id = @id AND version = @version",
            ("facts", facts), ("id", courseId.ToString("D")), ("version", version));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
