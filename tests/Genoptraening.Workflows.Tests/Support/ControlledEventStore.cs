using Genoptraening.Workflows.Storage;
using Genoptraening.Workflows.Storage.InMemory;

namespace Genoptraening.Workflows.Tests.Support;

/// <summary>
/// An event store (in memory unless another is given) with two controls for tests: appends can be held at a gate (a step
/// that is still running) or made to fail (storage trouble). Left alone, it is the plain store.
/// </summary>
internal sealed class ControlledEventStore(ICourseEventStore inner) : ICourseEventStore
{
    public ControlledEventStore()
        : this(new InMemoryCourseEventStore())
    {
    }

    private TaskCompletionSource? gate;
    private TaskCompletionSource heldAppend = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int failuresLeft;
    private Func<Exception> failure = () => new IOException("The storage account did not answer (a test's fault).");

    /// <summary>Appends wait until <see cref="OpenGate"/>; <see cref="AppendHeld"/> completes when one waits.</summary>
    public void CloseGate()
    {
        heldAppend = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public Task AppendHeld => heldAppend.Task;

    public void OpenGate() => gate?.TrySetResult();

    /// <summary>The next <paramref name="count"/> appends throw, by default as when the storage account is unreachable.</summary>
    public void FailAppends(int count, Func<Exception>? error = null)
    {
        failure = error ?? failure;
        Interlocked.Exchange(ref failuresLeft, count);
    }

    public async Task<bool> TryAppendAsync(Guid courseId, StepCommit commit, CancellationToken cancellationToken = default)
    {
        if (gate is { } closed)
        {
            heldAppend.TrySetResult();
            await closed.Task.WaitAsync(cancellationToken);
        }

        if (Interlocked.Decrement(ref failuresLeft) >= 0)
        {
            throw failure();
        }

        return await inner.TryAppendAsync(courseId, commit, cancellationToken);
    }

    public Task<bool> TryCreateAsync(Guid courseId, StoredRequest start, string? referralKey = null, CancellationToken cancellationToken = default) =>
        inner.TryCreateAsync(courseId, start, referralKey, cancellationToken);

    public Task<CourseHistory?> LoadAsync(Guid courseId, CancellationToken cancellationToken = default) => inner.LoadAsync(courseId, cancellationToken);

    public Task<bool> SaveRequestAsync(Guid courseId, StoredRequest request, CancellationToken cancellationToken = default) =>
        inner.SaveRequestAsync(courseId, request, cancellationToken);

    public Task<StoredRequest?> LoadRequestAsync(Guid courseId, string requestId, CancellationToken cancellationToken = default) =>
        inner.LoadRequestAsync(courseId, requestId, cancellationToken);

    public Task<RequestAnswer?> LoadAnswerAsync(Guid courseId, string requestId, CancellationToken cancellationToken = default) =>
        inner.LoadAnswerAsync(courseId, requestId, cancellationToken);

    public Task<CourseTombstone?> TombstoneAsync(Guid courseId, string? municipality, CancellationToken cancellationToken = default) =>
        inner.TombstoneAsync(courseId, municipality, cancellationToken);

    public Task DeleteRowsAsync(Guid courseId, CancellationToken cancellationToken = default) => inner.DeleteRowsAsync(courseId, cancellationToken);
}
