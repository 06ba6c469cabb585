namespace Genoptraening.Workflows.Operations;

/// <summary>
/// Whether this host's task hub is started, for the readiness check: on the local host its worker runs; in the Functions app,
/// whose worker is the Durable extension's, the task hub's queues exist.
/// </summary>
public sealed class TaskHubReadiness(Func<CancellationToken, Task<bool>> isStarted)
{
    public Task<bool> IsStartedAsync(CancellationToken cancellationToken = default) => isStarted(cancellationToken);
}
