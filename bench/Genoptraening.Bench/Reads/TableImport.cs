using Azure.Data.Tables;
using Genoptraening.Workflows.Storage;
using Genoptraening.Workflows.Storage.Azure;

namespace Genoptraening.Bench.Reads;

/// <summary>
/// Writes seeded courses' rows in whole table transactions, as the stores lay them out (their <c>RowsOf</c>): a
/// course's partition in one transaction, read-model rows of thirty-three courses (at most 99 rows) in one. Safe to
/// repeat on a fresh table: a transaction that is there already (the client retried one that went through) is left as it is.
/// </summary>
internal static class TableImport
{
    private const int MaxBatch = 100;
    private const int CoursesPerTransaction = 33;

    public static async Task CourseAsync(TableCourseEventStore events, SeededPartition course, CancellationToken cancellationToken)
    {
        var rows = TableCourseEventStore.RowsOf(course.CourseId, course.History, course.Requests, course.Answers);
        foreach (var batch in rows.Chunk(MaxBatch))
        {
            await SubmitAsync(events.Table, batch, cancellationToken);
        }
    }

    /// <summary>Read-model rows of one municipality's courses.</summary>
    public static async Task SummariesAsync(TableCourseReadModel readModel, IReadOnlyList<CourseSummary> summaries, CancellationToken cancellationToken)
    {
        foreach (var batch in summaries.Chunk(CoursesPerTransaction))
        {
            await SubmitAsync(readModel.Table, [.. batch.SelectMany(TableCourseReadModel.RowsOf)], cancellationToken);
        }
    }

    private static async Task SubmitAsync(TableClient table, IEnumerable<TableEntity> rows, CancellationToken cancellationToken)
    {
        try
        {
            await table.SubmitTransactionAsync(rows.Select(row => new TableTransactionAction(TableTransactionActionType.Add, row)), cancellationToken);
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            // Written by an earlier try of the same transaction, which is all or nothing.
        }
    }
}
