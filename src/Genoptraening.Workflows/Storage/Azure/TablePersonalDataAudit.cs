using System.Globalization;
using Azure.Data.Tables;
using NodaTime;

namespace Genoptraening.Workflows.Storage.Azure;

/// <summary>
/// The audit trail in an Azure Table of its own: a partition per UTC day, a row per display or purge keyed by its
/// instant (and a random suffix, so two at the same tick both stay), so a period is a range read; and first, the same
/// line appended to the immutable <see cref="BlobAuditLog"/>. Only rows are added: the app never updates or deletes one.
/// </summary>
public sealed class TablePersonalDataAudit(TableClient table, BlobAuditLog copy) : IPersonalDataAudit
{
    public async Task RecordAsync(PersonalDataView view, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(view);
        await copy.AppendAsync(view, cancellationToken).ConfigureAwait(false);
        var row = new TableEntity(DayOf(view.At), $"{view.At.ToUnixTimeTicks():D19}-{Guid.NewGuid():N}")
        {
            ["At"] = view.At.ToDateTimeOffset(),
            ["CourseId"] = view.CourseId,
            ["Municipality"] = view.Municipality,
            ["Who"] = view.Who,
            ["Route"] = view.Route,
        };
        await table.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<PersonalDataView>> ListAsync(Instant from, Instant to, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {DayOf(from)} and PartitionKey le {DayOf(to)}");
        var views = new List<PersonalDataView>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var at = Instant.FromDateTimeOffset(row.GetDateTimeOffset("At")!.Value);
            if (at >= from && at < to)
            {
                views.Add(new PersonalDataView(at, row.GetGuid("CourseId")!.Value, row.GetString("Municipality"), row.GetString("Who"),
                    row.GetString("Route") ?? PersonalDataView.DashboardRoute));
            }
        }

        return [.. views.OrderBy(v => v.At)];
    }

    private static string DayOf(Instant instant) => instant.InUtc().Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
