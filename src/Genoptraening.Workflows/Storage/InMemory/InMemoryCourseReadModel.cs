using System.Collections.Concurrent;
using Genoptraening.Domain.Reports;
using NodaTime;

namespace Genoptraening.Workflows.Storage.InMemory;

/// <summary>The read model in memory: one row per course, a later step's row wins.</summary>
public sealed class InMemoryCourseReadModel : ICourseReadModel
{
    private readonly ConcurrentDictionary<Guid, CourseSummary> rows = new();

    public Task PublishAsync(CourseSummary summary, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(summary);
        rows.AddOrUpdate(summary.CourseId, summary, (_, existing) => existing.Step > summary.Step ? existing : summary);
        return Task.CompletedTask;
    }

    public Task<CoursePage> ListAsync(CourseListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var after = PageToken.ToOrderKey(query.ContinuationToken);
        var page = rows.Values
            .Where(r => r.Municipality == query.Municipality && CourseOrder.Matches(r, query))
            .Select(r => (Key: CourseOrder.KeyOf(r), Row: r))
            .Where(r => after is null || string.CompareOrdinal(r.Key, after) > 0)
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .Take(query.Top + 1)
            .ToList();
        var more = page.Count > query.Top;
        var items = page.Take(query.Top).ToList();
        return Task.FromResult(new CoursePage([.. items.Select(r => r.Row)], more ? PageToken.From(items[^1].Key) : null));
    }

    public Task<IReadOnlyList<CourseSummary>> ListInboxAsync(string municipality, int top, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<CourseSummary>>([.. rows.Values
            .Where(r => r.Municipality == municipality)
            .Select(r => (Key: CourseOrder.InboxKeyOf(r), Row: r))
            .Where(r => r.Key is not null)
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .Take(top)
            .Select(r => r.Row)]);

    public Task<IReadOnlyList<FactsCount>> CountFactsAsync(string municipality, Instant from, Instant to, CancellationToken cancellationToken = default) =>
        Task.FromResult(FactsCounts.Of(rows.Values.Where(r => r.Municipality == municipality && r.ReceivedAt >= from && r.ReceivedAt < to)));

    public Task DeleteAsync(string municipality, Guid courseId, CancellationToken cancellationToken = default)
    {
        rows.TryRemove(courseId, out _);
        return Task.CompletedTask;
    }

    public Task<CourseSummary?> FindAsync(string municipality, Guid courseId, CancellationToken cancellationToken = default) =>
        Task.FromResult(rows.TryGetValue(courseId, out var row) && row.Municipality == municipality ? row : null);
}
