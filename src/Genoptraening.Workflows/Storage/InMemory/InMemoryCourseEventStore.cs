using System.Collections.Concurrent;

namespace Genoptraening.Workflows.Storage.InMemory;

/// <summary>The course event store in memory: each course's partition behind its own lock.</summary>
public sealed class InMemoryCourseEventStore : ICourseEventStore
{
    private readonly ConcurrentDictionary<Guid, Partition> partitions = new();

    public Task<bool> TryCreateAsync(Guid courseId, StoredRequest start, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(start);
        var partition = new Partition();
        partition.Requests[start.RequestId] = start;
        return Task.FromResult(partitions.TryAdd(courseId, partition));
    }

    public Task<CourseHistory?> LoadAsync(Guid courseId, CancellationToken cancellationToken = default)
    {
        if (!partitions.TryGetValue(courseId, out var partition) || partition.Purged)
        {
            return Task.FromResult<CourseHistory?>(null);
        }

        lock (partition)
        {
            return Task.FromResult<CourseHistory?>(new CourseHistory(partition.LastStep, [.. partition.Events]));
        }
    }

    public Task<bool> TryAppendAsync(Guid courseId, StepCommit commit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var partition = partitions[courseId];
        lock (partition)
        {
            var version = partition.Events.Count == 0 ? 0 : partition.Events[^1].Version;
            if (commit.Step <= partition.LastStep || commit.ExpectedVersion != version)
            {
                return Task.FromResult(false);
            }

            partition.LastStep = commit.Step;
            partition.Events.AddRange(commit.Events);
            if (commit.Answer is { } answer)
            {
                partition.Answers[answer.RequestId] = answer;
            }

            return Task.FromResult(true);
        }
    }

    public Task SaveRequestAsync(Guid courseId, StoredRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var partition = partitions[courseId];
        lock (partition)
        {
            partition.Requests[request.RequestId] = request;
        }

        return Task.CompletedTask;
    }

    public Task<StoredRequest?> LoadRequestAsync(Guid courseId, string requestId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Read(courseId, p => p.Requests.GetValueOrDefault(requestId)));

    public Task<RequestAnswer?> LoadAnswerAsync(Guid courseId, string requestId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Read(courseId, p => p.Answers.GetValueOrDefault(requestId)));

    public Task PurgeAsync(Guid courseId, CancellationToken cancellationToken = default)
    {
        if (partitions.TryGetValue(courseId, out var partition))
        {
            lock (partition)
            {
                partition.Purged = true;
                partition.Events.Clear();
                partition.Requests.Clear();
                partition.Answers.Clear();
            }
        }

        return Task.CompletedTask;
    }

    private T? Read<T>(Guid courseId, Func<Partition, T?> read)
        where T : class
    {
        if (!partitions.TryGetValue(courseId, out var partition))
        {
            return null;
        }

        lock (partition)
        {
            return read(partition);
        }
    }

    private sealed class Partition
    {
        public int LastStep { get; set; }

        /// <summary>A tombstone: the id stays claimed, the course is gone.</summary>
        public bool Purged { get; set; }

        public List<StoredCourseEvent> Events { get; } = [];

        public Dictionary<string, StoredRequest> Requests { get; } = [];

        public Dictionary<string, RequestAnswer> Answers { get; } = [];
    }
}
