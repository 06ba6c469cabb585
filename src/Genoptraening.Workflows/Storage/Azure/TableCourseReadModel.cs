using Azure;
using Azure.Data.Tables;
using Genoptraening.Domain.Reports;
using NodaTime;

namespace Genoptraening.Workflows.Storage.Azure;

/// <summary>
/// The read model in an Azure Table, one partition per municipality. Each course has its row
/// (<c>id|{id}</c>, outside every list range, for reads by id) and an order row whose key sorts as the dashboard lists
/// (<see cref="CourseOrder"/>), so a page is a range read, not a scan of the municipality; an active course
/// with an open alert has an inbox row too (<see cref="CourseOrder.InboxKeyOf"/>). All are written in one
/// transaction, and a row of an older step never replaces a newer one (steps are published again after a crash).
/// </summary>
public sealed class TableCourseReadModel(TableClient table) : ICourseReadModel
{
    private const string CoursePrefix = "id|";
    private const string OrderKey = "OrderKey";
    private const string InboxKey = "InboxKey";
    private const int MaxAttempts = 5;

    /// <remarks>
    /// A course's first row (<see cref="CourseSummary.Step"/> 1, published at intake) is added without
    /// reading first; a row already there with the same step and version is the same row (a step decides
    /// the same events again), so it is not written again. Intake and its start step thus cost one
    /// request each, not two.
    /// </remarks>
    public async Task PublishAsync(CourseSummary summary, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var keys = ListKeys.Of(summary);
        if (summary.Step == 1 && await TryAddFirstAsync(summary, keys, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        for (var attempt = 1; ; attempt++)
        {
            var existing = await table.GetEntityIfExistsAsync<TableEntity>(summary.Municipality, CourseKey(summary.CourseId), cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            var current = existing.HasValue ? existing.Value : null;
            if (current is not null && IsAtOrPast(current, summary))
            {
                return;
            }

            var row = CourseRow(summary, keys);
            var actions = new List<TableTransactionAction>
            {
                current is null
                    ? new(TableTransactionActionType.Add, row)
                    : new(TableTransactionActionType.UpdateReplace, row, current.ETag),
            };
            if (current?.GetString(OrderKey) is { } oldOrder && oldOrder != keys.Order)
            {
                actions.Add(new(TableTransactionActionType.Delete, new TableEntity(summary.Municipality, oldOrder), ETag.All));
            }

            if (current?.GetString(InboxKey) is { } oldInbox && oldInbox != keys.Inbox)
            {
                actions.Add(new(TableTransactionActionType.Delete, new TableEntity(summary.Municipality, oldInbox), ETag.All));
            }

            actions.AddRange(ListRows(summary, keys));
            try
            {
                await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (TableTransactionFailedException e) when (e.Status is 409 or 412 or 404 && attempt < MaxAttempts)
            {
                // Another publisher of this course came in between: read again.
            }
        }
    }

    /// <summary>Adds the course's first row and its list rows; false when the course already has a row.</summary>
    private async Task<bool> TryAddFirstAsync(CourseSummary summary, ListKeys keys, CancellationToken cancellationToken)
    {
        var row = CourseRow(summary, keys);
        try
        {
            await table.SubmitTransactionAsync([new(TableTransactionActionType.Add, row), .. ListRows(summary, keys)], cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>The course's rows in the lists, written so: its order row, and its inbox row if it has one.</summary>
    private static IEnumerable<TableTransactionAction> ListRows(
        CourseSummary summary, ListKeys keys, TableTransactionActionType write = TableTransactionActionType.UpsertReplace)
    {
        yield return new(write, TableRows.ToEntity(summary, keys.Order));
        if (keys.Inbox is { } inbox)
        {
            yield return new(write, TableRows.ToEntity(summary, inbox));
        }
    }

    /// <summary>The stored row is of a later step, or is this very row (same step, same number of events).</summary>
    private static bool IsAtOrPast(TableEntity current, CourseSummary summary)
    {
        var step = current.GetInt32(nameof(CourseSummary.Step));
        return step > summary.Step || (step == summary.Step && current.GetInt32(nameof(CourseSummary.Version)) == summary.Version);
    }

    public async Task<CoursePage> ListAsync(CourseListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (from, to) = CourseOrder.RangeOf(query.Status);
        var after = PageToken.ToOrderKey(query.ContinuationToken);
        var filter = after is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {query.Municipality} and RowKey ge {from} and RowKey lt {to}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {query.Municipality} and RowKey gt {after} and RowKey lt {to}");
        var items = new List<(string Key, CourseSummary Row)>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, maxPerPage: Math.Min(1000, query.Top + 1), cancellationToken: cancellationToken)
            .ConfigureAwait(false))
        {
            var summary = TableRows.FromEntity(entity);
            if (CourseOrder.Matches(summary, query))
            {
                items.Add((entity.RowKey, summary));
                if (items.Count > query.Top)
                {
                    break;
                }
            }
        }

        var page = items.Take(query.Top).ToList();
        return new CoursePage([.. page.Select(i => i.Row)], items.Count > query.Top ? PageToken.From(page[^1].Key) : null);
    }

    public async Task<IReadOnlyList<CourseSummary>> ListInboxAsync(string municipality, int top, CancellationToken cancellationToken = default)
    {
        var (from, to) = CourseOrder.InboxRange;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {municipality} and RowKey ge {from} and RowKey lt {to}");
        var rows = new List<CourseSummary>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, maxPerPage: Math.Clamp(top, 1, 1000), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (rows.Count == top)
            {
                break;
            }

            rows.Add(TableRows.FromEntity(entity));
        }

        return rows;
    }

    /// <summary>
    /// Reads the municipality's course rows received in the period (not its order rows), and of them only
    /// the three properties the report counts by: a year of a large municipality is 20,000 rows, read
    /// a thousand to a page, and the rest of each row (the overview's progress above all) would be most of the bytes.
    /// </summary>
    public async Task<IReadOnlyList<FactsCount>> CountFactsAsync(string municipality, Instant from, Instant to, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {municipality} and RowKey ge {CoursePrefix} and RowKey lt {"id}"} and ReceivedAt ge {from.ToUnixTimeTicks()} and ReceivedAt lt {to.ToUnixTimeTicks()}");
        string[] counted = [nameof(CourseSummary.Standard), nameof(CourseSummary.StandardVersion), nameof(CourseSummary.Facts)];
        var texts = new List<(string Standard, int Version, string Facts)>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: counted, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            texts.Add((entity.GetString(counted[0]), entity.GetInt32(counted[1])!.Value, entity.GetString(counted[2])));
        }

        // Equal facts are equal texts: each text is read once.
        var facts = texts.Distinct().ToDictionary(t => t, t => FactsText.Decode(t.Facts));
        return FactsCounts.Of(texts.Select(t => (t.Standard, t.Version, facts[t])));
    }

    public async Task DeleteAsync(string municipality, Guid courseId, CancellationToken cancellationToken = default)
    {
        var existing = await table.GetEntityIfExistsAsync<TableEntity>(municipality, CourseKey(courseId), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (existing.HasValue && existing.Value is { } row)
        {
            foreach (var listed in new[] { row.GetString(OrderKey), row.GetString(InboxKey) }.OfType<string>())
            {
                await table.DeleteEntityAsync(municipality, listed, ETag.All, cancellationToken).ConfigureAwait(false);
            }

            await table.DeleteEntityAsync(municipality, row.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<CourseSummary?> FindAsync(string municipality, Guid courseId, CancellationToken cancellationToken = default)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(municipality, CourseKey(courseId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? TableRows.FromEntity(row.Value!) : null;
    }

    /// <summary>
    /// Every row a course's read-model row is written as (its own row, its order row, its inbox row if it has one): for
    /// seeding a benchmark's storage with whole transactions (bench/), where the courses cannot be taken through HTTP.
    /// </summary>
    internal static IReadOnlyList<TableEntity> RowsOf(CourseSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var keys = ListKeys.Of(summary);
        return [CourseRow(summary, keys), .. ListRows(summary, keys).Select(a => (TableEntity)a.Entity)];
    }

    /// <summary>The table, for a benchmark that writes <see cref="RowsOf"/> itself.</summary>
    internal TableClient Table => table;

    /// <summary>The course's own row (read by id), which remembers the keys of its order row and its inbox row.</summary>
    private static TableEntity CourseRow(CourseSummary summary, ListKeys keys)
    {
        var row = TableRows.ToEntity(summary, CourseKey(summary.CourseId));
        row[OrderKey] = keys.Order;
        row[InboxKey] = keys.Inbox;
        return row;
    }

    /// <summary>The keys of a course's rows in the lists: its order row's, and its inbox row's if it has one.</summary>
    private sealed record ListKeys(string Order, string? Inbox)
    {
        public static ListKeys Of(CourseSummary summary) => new(CourseOrder.KeyOf(summary), CourseOrder.InboxKeyOf(summary));
    }

    private static string CourseKey(Guid courseId) => CoursePrefix + courseId.ToString("N");
}
