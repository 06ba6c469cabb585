using Genoptraening.Domain.Reports;
using Genoptraening.Workflows.Store;

namespace Genoptraening.Workflows.Runtime;

/// <summary>
/// Gives courses written before report facts existed their facts, replayed from their events. Run
/// at start after the migrations; steps write facts themselves, so there is nothing to do twice.
/// </summary>
public static class ReportFactsBackfill
{
    private const int Page = 500;

    /// <summary>Returns how many courses got their facts.</summary>
    public static async Task<int> RunAsync(ICourseStore store, CourseRuntime runtime, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(runtime);
        var written = 0;
        Guid? after = null;
        while (await store.CoursesWithoutFactsAsync(after, Page, cancellationToken).ConfigureAwait(false) is { Count: > 0 } ids)
        {
            foreach (var course in await runtime.LoadManyAsync(ids, cancellationToken).ConfigureAwait(false))
            {
                await store.WriteFactsAsync(course.Row.Id, course.Row.Version, CourseFacts.Of(course.State).Encode(), cancellationToken).ConfigureAwait(false);
                written++;
            }

            after = ids[^1];
        }

        return written;
    }
}
