using System.Collections.Concurrent;
using Genoptraening.Bench.Wave;

namespace Genoptraening.Bench.Peer;

/// <summary>
/// What the Quartz jobs record as they run: each execution's lateness (wall clock at execution − the trigger's
/// scheduled fire time) and when all the expected executions have happened.
/// Reached by the jobs through the scheduler context under <see cref="ContextKey"/>.
/// </summary>
internal sealed class QuartzFirings(int expected)
{
    public const string ContextKey = "genoptraening.bench.firings";

    private readonly ConcurrentQueue<double> lateness = new();
    private readonly TaskCompletionSource all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int fired;
    private int withoutCourse;

    /// <summary>Quartz fires on the wall clock.</summary>
    public static DateTimeOffset UtcNow => RealClock.Instance.GetCurrentInstant().ToDateTimeOffset();

    public int Fired => Volatile.Read(ref fired);

    /// <summary>Executions whose job data map had no course id (the serializer's round trip failed).</summary>
    public int WithoutCourse => Volatile.Read(ref withoutCourse);

    /// <summary>Completes when <c>expected</c> executions have been recorded.</summary>
    public Task All => all.Task;

    public IReadOnlyList<double> LatenessMs => [.. lateness];

    public void Record(DateTimeOffset scheduled, string? courseId)
    {
        var now = UtcNow;
        lateness.Enqueue((now - scheduled).TotalMilliseconds);
        if (string.IsNullOrEmpty(courseId))
        {
            Interlocked.Increment(ref withoutCourse);
        }

        if (Interlocked.Increment(ref fired) == expected)
        {
            all.TrySetResult();
        }
    }
}
