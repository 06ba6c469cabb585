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

    public async Task<bool> TryCreateAsync(Guid courseId, StoredRequest start, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(start);
        var partition = Partition(courseId);
        try
        {
            await table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partition, Head) { ["LastStep"] = 0, ["Version"] = 0 }),
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
                events.Add(new StoredCourseEvent(row.GetInt32("Version")!.Value, row.GetInt32("Step")!.Value, row.GetString("Type"), row.GetString("Data")));
            }
        }

        return head is null || head.GetBoolean("Purged") == true ? null : new CourseHistory(head.GetInt32("LastStep")!.Value, events);
    }

    public async Task<bool> TryAppendAsync(Guid courseId, StepCommit commit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var partition = Partition(courseId);
        var head = (await table.GetEntityAsync<TableEntity>(partition, Head, cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        if (commit.Step <= head.GetInt32("LastStep") || commit.ExpectedVersion != head.GetInt32("Version"))
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
            ["Version"] = e.Version, ["Step"] = e.Step, ["Type"] = e.Type, ["Data"] = e.Data,
        })));
        if (commit.Answer is { } answer)
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, AnswerEntity(partition, answer)));
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

    public Task SaveRequestAsync(Guid courseId, StoredRequest request, CancellationToken cancellationToken = default) =>
        table.AddEntityAsync(RequestEntity(Partition(courseId), request), cancellationToken);

    public async Task<StoredRequest?> LoadRequestAsync(Guid courseId, string requestId, CancellationToken cancellationToken = default)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition(courseId), RequestPrefix + requestId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue && row.Value is { } r
            ? new StoredRequest(requestId, Instant.FromUnixTimeTicks(r.GetInt64("DecideAt")!.Value), r.GetString("CommandType"), r.GetString("CommandData"))
            : null;
    }

    public async Task<RequestAnswer?> LoadAnswerAsync(Guid courseId, string requestId, CancellationToken cancellationToken = default)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition(courseId), AnswerPrefix + requestId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue && row.Value is { } a
            ? new RequestAnswer(requestId, a.GetInt32("Step")!.Value, a.GetBoolean("Accepted")!.Value, a.GetString("Rejection"), a.GetString("Reason"), a.GetString("Field"))
            : null;
    }

    public async Task PurgeAsync(Guid courseId, CancellationToken cancellationToken = default)
    {
        var partition = Partition(courseId);
        await table.UpsertEntityAsync(new TableEntity(partition, Head) { ["Purged"] = true }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        var rows = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ne {Head}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        foreach (var batch in rows.Chunk(100))
        {
            await table.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, ETag.All)), cancellationToken)
                .ConfigureAwait(false);
        }
    }

    internal static string Partition(Guid courseId) => courseId.ToString("N");

    private static string EventKey(int version) => $"{EventPrefix}{version:D6}";

    private static TableEntity RequestEntity(string partition, StoredRequest request) => new(partition, RequestPrefix + request.RequestId)
    {
        ["DecideAt"] = request.DecideAt.ToUnixTimeTicks(), ["CommandType"] = request.CommandType, ["CommandData"] = request.CommandData,
    };

    private static TableEntity AnswerEntity(string partition, RequestAnswer answer) => new(partition, AnswerPrefix + answer.RequestId)
    {
        ["Step"] = answer.Step, ["Accepted"] = answer.Accepted, ["Rejection"] = answer.Rejection, ["Reason"] = answer.Reason, ["Field"] = answer.Field,
    };
}
