using Genoptraening.Tests.Shared;
using Genoptraening.Workflows.Storage;
using Genoptraening.Workflows.Storage.InMemory;

namespace Genoptraening.Workflows.Tests.Support;

/// <summary>
/// An event store (in memory unless another is given) with two controls for tests: appends can be held at a gate (a step
/// that is still running) or made to fail (storage trouble). Left alone, it is the plain store.
/// </summary>
internal sealed class ControlledEventStore(ICourseEventStore inner) : DelegatingEventStore(inner)
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

    public override async Task<bool> TryAppendAsync(Guid courseId, StepCommit commit, CancellationToken cancellationToken = default)
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

        return await base.TryAppendAsync(courseId, commit, cancellationToken);
    }
}
