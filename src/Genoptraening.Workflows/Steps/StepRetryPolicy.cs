namespace Genoptraening.Workflows.Steps;

/// <summary>
/// How often a failing step is tried before the course is marked faulted, and how long it waits in
/// between. The waits are durable timers at instants the step activity computes with the injected
/// clock: the SDK's own retry policy would time its back-off from the orchestration's wall clock,
/// which the development clock cannot move.
/// </summary>
public static class StepRetryPolicy
{
    public const int MaxAttempts = 3;

    private static readonly TimeSpan FirstInterval = TimeSpan.FromSeconds(10);

    /// <summary>Operators are alerted; without their retry the step is tried again after a day.</summary>
    public static readonly TimeSpan FaultedRetryInterval = TimeSpan.FromDays(1);

    /// <summary>A step that failed because the storage account did not answer is tried again after 5 minutes, not a day: the outage ends by itself.</summary>
    public static readonly TimeSpan OutageRetryInterval = TimeSpan.FromMinutes(5);

    /// <summary>The errors (exception type names, as <see cref="StepFailure.Error"/> carries them) of a storage account that does not answer.</summary>
    private static readonly HashSet<string> OutageErrors =
    [
        "RequestFailedException", "HttpRequestException", "SocketException", "IOException", "TimeoutException", "TaskCanceledException",
        "OperationCanceledException", "AggregateException",
    ];

    /// <summary>When a faulted course's step is tried again without an operator.</summary>
    public static TimeSpan RetryAfterFault(string error) => OutageErrors.Contains(error) ? OutageRetryInterval : FaultedRetryInterval;

    /// <summary>10 s after the first failure, 20 s after the second.</summary>
    public static TimeSpan BackoffAfter(int attempt) => FirstInterval * Math.Pow(2, attempt - 1);
}
