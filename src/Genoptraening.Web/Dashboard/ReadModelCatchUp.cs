using Genoptraening.Workflows.Reads;
using Genoptraening.Workflows.Storage;

namespace Genoptraening.Web.Dashboard;

/// <summary>
/// A step writes its answer with its events, and publishes the course's read-model row just after. A list
/// page shown right after the visitator's own action (the inbox after an acknowledgement) reads that row:
/// it waits until the row holds the course's events, so the page shows what the visitator just did, for
/// at most <see cref="Bound"/> (a step that crashed between the two publishes again when it is retried).
/// </summary>
public static class ReadModelCatchUp
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(25);

    public static async Task WaitAsync(ICourseReadModel readModel, CourseRecord course, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(readModel);
        ArgumentNullException.ThrowIfNull(course);
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(Bound);
        try
        {
            while (await readModel.FindAsync(course.Municipality, course.Id, bound.Token).ConfigureAwait(false) is not { } row || row.Version < course.Version)
            {
                await Task.Delay(Interval, bound.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Shown as the read model stands.
        }
    }
}
