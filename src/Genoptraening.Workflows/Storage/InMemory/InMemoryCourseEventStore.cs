using System.Collections.Concurrent;

namespace Genoptraening.Workflows.Storage.InMemory;

/// <summary>The course event store in memory: each course's partition behind its own lock.</summary>
public sealed class InMemoryCourseEventStore : ICourseEventStore
{
    private readonly ConcurrentDictionary<Guid, Partition> partitions = new();

    public Task<bool> TryCreateAsync(Guid courseId, StoredRequest start, string? referralKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(start);
        var partition = new Partition { ReferralKey = referralKey };
        partition.Requests[start.RequestId] = start;
        return Task.FromResult(partitions.TryAdd(courseId, partition));
    }

    public Task<CourseHistory?> LoadAsync(Guid courseId, CancellationToken cancellationToken = default)
    {
        if (!partitions.TryGetValue(courseId, out var partition) || partition.Tombstone is not null)
        {
            return Task.FromResult<CourseHistory?>(null);
        }

        lock (partition)
        {
            return Task.FromResult<CourseHistory?>(new CourseHistory(partition.LastStep, [.. partition.Events], partition.ReferralKey));
        }
    }

    public Task<bool> TryAppendAsync(Guid courseId, StepCommit commit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var partition = partitions[courseId];
        lock (partition)
        {
            var version = partition.Events.Count == 0 ? 0 : partition.Events[^1].Version;
            if (partition.Tombstone is not null || commit.Step <= partition.LastStep || commit.ExpectedVersion != version)
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

    public Task<bool> SaveRequestAsync(Guid courseId, StoredRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!partitions.TryGetValue(courseId, out var partition))
        {
            return Task.FromResult(false);
        }

        lock (partition)
        {
            if (partition.Tombstone is not null)
            {
                return Task.FromResult(false);
            }

            partition.Requests[request.RequestId] = request;
            return Task.FromResult(true);
        }
    }

    public Task<StoredRequest?> LoadRequestAsync(Guid courseId, string requestId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Read(courseId, p => p.Requests.GetValueOrDefault(requestId)));

    public Task<RequestAnswer?> LoadAnswerAsync(Guid courseId, string requestId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Read(courseId, p => p.Answers.GetValueOrDefault(requestId)));

    public Task<CourseTombstone?> TombstoneAsync(Guid courseId, string? municipality, CancellationToken cancellationToken = default)
    {
        if (!partitions.TryGetValue(courseId, out var partition))
        {
            return Task.FromResult<CourseTombstone?>(null);
        }

        lock (partition)
        {
            partition.Tombstone ??= new CourseTombstone(courseId, municipality);
            return Task.FromResult<CourseTombstone?>(partition.Tombstone);
        }
    }

    public Task DeleteRowsAsync(Guid courseId, CancellationToken cancellationToken = default)
    {
        if (partitions.TryGetValue(courseId, out var partition))
        {
            lock (partition)
            {
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

        public string? ReferralKey { get; init; }

        /// <summary>Set when the course is purged: the id stays claimed, the course is gone.</summary>
        public CourseTombstone? Tombstone { get; set; }

        public List<StoredCourseEvent> Events { get; } = [];

        public Dictionary<string, StoredRequest> Requests { get; } = [];

        public Dictionary<string, RequestAnswer> Answers { get; } = [];
    }
}
