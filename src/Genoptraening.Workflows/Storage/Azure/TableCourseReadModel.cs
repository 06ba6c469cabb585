using Azure;
using Azure.Data.Tables;
using NodaTime;

namespace Genoptraening.Workflows.Storage.Azure;

/// <summary>
/// The read model in an Azure Table: one row per course in its municipality's partition. A row of an
/// older step never replaces a newer one (steps are published again after a crash).
/// </summary>
public sealed class TableCourseReadModel(TableClient table) : ICourseReadModel
{
    private const int MaxAttempts = 5;

    public async Task PublishAsync(CourseSummary summary, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var row = ToEntity(summary);
        for (var attempt = 1; ; attempt++)
        {
            var existing = await table.GetEntityIfExistsAsync<TableEntity>(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
            try
            {
                if (!existing.HasValue)
                {
                    await table.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
                }
                else if (existing.Value!.GetInt32(nameof(CourseSummary.Step)) <= summary.Step)
                {
                    await table.UpdateEntityAsync(row, existing.Value.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }

                return;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // Another publisher of this course came in between: read again.
            }
        }
    }

    public Task DeleteAsync(string municipality, Guid courseId, CancellationToken cancellationToken = default) =>
        table.DeleteEntityAsync(municipality, courseId.ToString("N"), cancellationToken: cancellationToken);

    public async Task<CourseSummary?> FindAsync(string municipality, Guid courseId, CancellationToken cancellationToken = default)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(municipality, courseId.ToString("N"), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? FromEntity(row.Value!) : null;
    }

    private static TableEntity ToEntity(CourseSummary s) => new(s.Municipality, s.CourseId.ToString("N"))
    {
        [nameof(s.Standard)] = s.Standard,
        [nameof(s.StandardVersion)] = s.StandardVersion,
        [nameof(s.Step)] = s.Step,
        [nameof(s.Version)] = s.Version,
        [nameof(s.Outcome)] = s.Outcome,
        [nameof(s.NextDueAt)] = s.NextDueAt?.ToUnixTimeTicks(),
        [nameof(s.ReceivedAt)] = s.ReceivedAt.ToUnixTimeTicks(),
        [nameof(s.Facts)] = s.Facts,
    };

    private static CourseSummary FromEntity(TableEntity e) => new(
        Guid.ParseExact(e.RowKey, "N"),
        e.PartitionKey,
        e.GetString(nameof(CourseSummary.Standard)),
        e.GetInt32(nameof(CourseSummary.StandardVersion))!.Value,
        e.GetInt32(nameof(CourseSummary.Step))!.Value,
        e.GetInt32(nameof(CourseSummary.Version))!.Value,
        e.GetString(nameof(CourseSummary.Outcome)),
        e.GetInt64(nameof(CourseSummary.NextDueAt)) is { } due ? Instant.FromUnixTimeTicks(due) : null,
        Instant.FromUnixTimeTicks(e.GetInt64(nameof(CourseSummary.ReceivedAt))!.Value),
        e.GetString(nameof(CourseSummary.Facts)));
}
