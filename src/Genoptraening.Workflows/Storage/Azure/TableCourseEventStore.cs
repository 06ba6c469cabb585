using Azure;
using Azure.Data.Tables;
using NodaTime;

namespace Genoptraening.Workflows.Storage.Azure;

/// <summary>
/// Each course's events, requests and answers in one partition of an Azure Table (partition key: the
/// course id). The <c>head</c> row is the intake's claim of the id and carries the last step and the
/// version; a step writes its events, its answer and the new head in one transaction, refused when
/// the head's ETag has moved.
/// </summary>
public sealed class TableCourseEventStore(TableClient table) : ICourseEventStore
{
    private const string Head = "head";
    private const string EventPrefix = "event-";
    private const string RequestPrefix = "request-";
    private const string AnswerPrefix = "answer-";
    private const int MaxHeadAttempts = 20;
    private const int MaxBatch = 100;

    public async Task<bool> TryCreateAsync(Guid courseId, StoredRequest start, string? referralKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(start);
        var partition = Partition(courseId);
        try
        {
            await table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partition, Head) { ["LastStep"] = 0, ["Version"] = 0, ["ReferralKey"] = referralKey }),
                    new TableTransactionAction(TableTransactionActionType.Add, RequestEntity(partition, start)),
                ],
                cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task<CourseHistory?> LoadAsync(Guid courseId, CancellationToken cancellationToken = default)
    {
        // "event-..." sorts before "head": one range query reads the events and the head together.
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(courseId)} and RowKey ge {EventPrefix} and RowKey le {Head}");
        TableEntity? head = null;
        var events = new List<StoredCourseEvent>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.RowKey == Head)
            {
                head = row;
            }
            else
            {
                events.Add(new StoredCourseEvent(row.GetInt32("Version")!.Value, row.GetInt32("Step")!.Value, row.GetString("Type"), row.GetString("Data"), row.GetString("By")));
            }
        }

        return head is null || head.GetBoolean("Purged") == true ? null : new CourseHistory(head.GetInt32("LastStep")!.Value, events, head.GetString("ReferralKey"));
    }

    public async Task<bool> TryAppendAsync(Guid courseId, StepCommit commit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var partition = Partition(courseId);
        var head = (await table.GetEntityAsync<TableEntity>(partition, Head, cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        if (head.GetBoolean("Purged") == true || commit.Step <= head.GetInt32("LastStep") || commit.ExpectedVersion != head.GetInt32("Version"))
        {
            return false;
        }

        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.UpdateMerge, new TableEntity(partition, Head)
            {
                ["LastStep"] = commit.Step, ["Version"] = commit.ExpectedVersion + commit.Events.Count,
            }, head.ETag),
        };
        actions.AddRange(commit.Events.Select(e => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partition, EventKey(e.Version))
        {
            ["Version"] = e.Version, ["Step"] = e.Step, ["Type"] = e.Type, ["Data"] = e.Data, ["By"] = e.By,
        })));
        if (commit.Answer is { } answer)
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, AnswerEntity(partition, answer)));
        }

        if (actions.Count > MaxBatch)
        {
            // The decider's steps write a score of events at most; more would not fit one transaction.
            throw new InvalidOperationException($"Step {commit.Step} of course {courseId} writes {actions.Count} rows; a table transaction takes {MaxBatch}.");
        }

        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <summary>
    /// Adds the request in one transaction with an ETag-checked touch of the head row, so no request
    /// is stored once a purge has set the tombstone; a step that moved the head in between is waited out.
    /// </summary>
    public async Task<bool> SaveRequestAsync(Guid courseId, StoredRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var partition = Partition(courseId);
        for (var attempt = 1; ; attempt++)
        {
            var head = await table.GetEntityIfExistsAsync<TableEntity>(partition, Head, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!head.HasValue || head.Value!.GetBoolean("Purged") == true)
            {
                return false;
            }

            try
            {
                await table.SubmitTransactionAsync(
                    [
                        new TableTransactionAction(TableTransactionActionType.UpdateMerge, new TableEntity(partition, Head), head.Value.ETag),
                        new TableTransactionAction(TableTransactionActionType.Add, RequestEntity(partition, request)),
                    ],
                    cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (TableTransactionFailedException e) when (e.Status == 412 && attempt < MaxHeadAttempts)
            {
                // A step committed in between: read the head again.
            }
        }
    }

    public async Task<StoredRequest?> LoadRequestAsync(Guid courseId, string requestId, CancellationToken cancellationToken = default)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition(courseId), RequestPrefix + requestId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue && row.Value is { } r
            ? new StoredRequest(requestId, Instant.FromUnixTimeTicks(r.GetInt64("DecideAt")!.Value), r.GetString("CommandType"), r.GetString("CommandData"),
                r.GetString("By") ?? Actor.Unrecorded)
            : null;
    }

    public async Task<RequestAnswer?> LoadAnswerAsync(Guid courseId, string requestId, CancellationToken cancellationToken = default)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition(courseId), AnswerPrefix + requestId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue && row.Value is { } a
            ? new RequestAnswer(requestId, a.GetInt32("Step")!.Value, a.GetBoolean("Accepted")!.Value ? null : StoredRefusal.Read(a))
            : null;
    }

    public async Task<CourseTombstone?> TombstoneAsync(Guid courseId, string? municipality, CancellationToken cancellationToken = default)
    {
        var partition = Partition(courseId);
        var head = await table.GetEntityIfExistsAsync<TableEntity>(partition, Head, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!head.HasValue)
        {
            return null;
        }

        if (head.Value!.GetBoolean("Purged") == true)
        {
            return new CourseTombstone(courseId, head.Value.GetString("Municipality"));
        }

        // An unconditional merge: a step that commits after it finds the head changed and the course gone.
        await table.UpdateEntityAsync(new TableEntity(partition, Head) { ["Purged"] = true, ["Municipality"] = municipality }, ETag.All, TableUpdateMode.Merge,
            cancellationToken).ConfigureAwait(false);
        return new CourseTombstone(courseId, municipality);
    }

    /// <summary>One row at a time: a purge is rare, and a repeated one must not fail on a row already gone.</summary>
    public async Task DeleteRowsAsync(Guid courseId, CancellationToken cancellationToken = default)
    {
        var partition = Partition(courseId);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ne {Head}");
        var rows = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row.RowKey);
        }

        foreach (var rowKey in rows)
        {
            await table.DeleteEntityAsync(partition, rowKey, ETag.All, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Every row of a course's partition (head, events, requests, answers), as the intake and its steps would have left
    /// them one write at a time: for seeding a benchmark's storage (bench/), where the courses cannot be taken through HTTP.
    /// </summary>
    internal static IReadOnlyList<TableEntity> RowsOf(
        Guid courseId, CourseHistory history, IReadOnlyList<StoredRequest> requests, IReadOnlyList<RequestAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(history);
        var partition = Partition(courseId);
        return
        [
            new TableEntity(partition, Head) { ["LastStep"] = history.LastStep, ["Version"] = history.Version, ["ReferralKey"] = history.ReferralKey },
            .. history.Events.Select(e => new TableEntity(partition, EventKey(e.Version)) { ["Version"] = e.Version, ["Step"] = e.Step, ["Type"] = e.Type, ["Data"] = e.Data, ["By"] = e.By }),
            .. requests.Select(r => RequestEntity(partition, r)),
            .. answers.Select(a => AnswerEntity(partition, a)),
        ];
    }

    /// <summary>The table, for a benchmark that writes <see cref="RowsOf"/> itself.</summary>
    internal TableClient Table => table;

    internal static string Partition(Guid courseId) => courseId.ToString("N");

    private static string EventKey(int version) => $"{EventPrefix}{version:D6}";

    private static TableEntity RequestEntity(string partition, StoredRequest request) => new(partition, RequestPrefix + request.RequestId)
    {
        ["DecideAt"] = request.DecideAt.ToUnixTimeTicks(), ["CommandType"] = request.CommandType, ["CommandData"] = request.CommandData, ["By"] = request.By,
    };

    private static TableEntity AnswerEntity(string partition, RequestAnswer answer) => new(partition, AnswerPrefix + answer.RequestId)
    {
        ["Step"] = answer.Step, ["Accepted"] = answer.Accepted, ["Rejection"] = answer.Refusal?.Kind.ToString(), ["Reason"] = answer.Reason,
        ["Field"] = answer.Refusal?.Field, ["Code"] = StoredRefusal.CodeOf(answer.Refusal), ["Args"] = StoredRefusal.ArgsOf(answer.Refusal),
    };
}
