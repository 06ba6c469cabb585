using DurableTask.Core;
using Genoptraening.Workflows.Clock;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace Genoptraening.Workflows.TimeSkipping;

/// <summary>
/// Time skipping for any Durable Task backend: durable timers are held on a <see cref="VirtualClock"/>
/// and released to the backend when the clock is moved past them, so a course of months runs in
/// moments. It also counts the messages the orchestrations have not yet taken, so a caller can wait
/// until every course woken by a move has finished its step. Use with the worker's
/// <c>MaximumTimerInterval</c> set large: timers split into chunks would never meet the virtual clock.
/// </summary>
/// <remarks>
/// On a backend that outlives its process (Azure Storage), give it a <see cref="IHeldTimerStore"/>
/// and call <see cref="RestoreAsync"/> before the worker starts: a held timer is stored before the
/// completion that creates it is saved and deleted only after it is sent, and the virtual now is kept.
/// </remarks>
public sealed partial class TimeSkippingOrchestrationService(
    IOrchestrationService inner, IOrchestrationServiceClient innerClient, VirtualClock clock, int concurrency = 64, IHeldTimerStore? store = null, ILogger? logger = null)
    : IOrchestrationService, IOrchestrationServiceClient, IOrchestrationServicePurgeClient
{
    private readonly HeldTimers held = new();
    private readonly WorkInFlight inFlight = new();
    private readonly Lock clockGate = new();
    private readonly IHeldTimerStore store = store ?? NoHeldTimerStore.Instance;
    private readonly ILogger logger = logger ?? NullLogger.Instance;
    private long released;

    public VirtualClock Clock => clock;

    /// <summary>Raised with an orchestration's whole history each time one of its episodes is saved.</summary>
    public event Action<OrchestrationRuntimeState>? EpisodeSaved;

    public int HeldTimerCount => held.Count;

    /// <summary>How many timers the clock has released since the host started (each fires once).</summary>
    public long ReleasedTimerCount => Interlocked.Read(ref released);

    /// <summary>Moves the virtual clock to <paramref name="to"/> and releases every timer due by then.</summary>
    /// <remarks>
    /// If they cannot be sent (storage does not answer), they are held again and the call fails: moving
    /// to the same instant again sends them. Released timers stay in the store until sent, so a host that
    /// dies here finds them again.
    /// </remarks>
    public async Task AdvanceToAsync(Instant to)
    {
        IReadOnlyList<TaskMessage> due;
        lock (clockGate)
        {
            clock.AdvanceTo(to);
            due = held.TakeDue(to);
            inFlight.Add(due);
            released += due.Count;
        }

        try
        {
            await store.SaveNowAsync(to).ConfigureAwait(false);
            if (due.Count > 0)
            {
                await innerClient.SendTaskOrchestrationMessageBatchAsync([.. due.Select(HeldTimers.AsDueNow)]).ConfigureAwait(false);
            }
        }
        catch
        {
            // Some may have been sent: fired twice, a timer's second firing is one the orchestration ignores.
            lock (clockGate)
            {
                held.Hold(due);
                inFlight.Remove(due);
                released -= due.Count;
            }

            throw;
        }

        await ForgetAsync(due).ConfigureAwait(false);
    }

    /// <summary>Takes back the virtual now and the held timers a previous host left in the store.</summary>
    public async Task RestoreAsync()
    {
        if (await store.LoadNowAsync().ConfigureAwait(false) is { } now && now > clock.GetCurrentInstant())
        {
            clock.AdvanceTo(now);
        }

        held.Hold(await store.LoadAllAsync().ConfigureAwait(false));
        await AdvanceToAsync(clock.GetCurrentInstant()).ConfigureAwait(false);
    }

    /// <summary>Completes when no message waits for an orchestration and no activity is running.</summary>
    /// <remarks>
    /// A message can be counted that no episode will take: the backend discards what comes for an
    /// instance that has ended, and an instance can end without this decorator seeing it (its last
    /// completion failed after the backend saved it, or it ended before this host started). So when the
    /// count has not moved for <see cref="StallBeforeCheck"/>, the instances still waited for are looked
    /// up, and those that have ended are let go.
    /// </remarks>
    public async Task WaitForIdleAsync(CancellationToken cancellationToken = default)
    {
        for (var progress = inFlight.Progress; ; progress = inFlight.Progress)
        {
            var none = inFlight.WaitForNoneAsync(cancellationToken);
            if (await Task.WhenAny(none, Task.Delay(StallBeforeCheck, cancellationToken)).ConfigureAwait(false) == none)
            {
                await none.ConfigureAwait(false);
                return;
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (inFlight.Progress == progress)
            {
                await LetGoOfEndedAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>How long the count of messages in flight stands still before the instances it waits for are looked up.</summary>
    private static readonly TimeSpan StallBeforeCheck = TimeSpan.FromSeconds(5);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Instance {InstanceId} has ended with messages still counted for it; the wait for idle lets them go.")]
    private static partial void EndedWithMessagesCounted(ILogger logger, string instanceId);

    private async Task LetGoOfEndedAsync()
    {
        foreach (var instanceId in inFlight.WaitedFor())
        {
            var states = await innerClient.GetOrchestrationStateAsync(instanceId, allExecutions: false).ConfigureAwait(false);
            if (states is [var state, ..] && IsEnded(state))
            {
                EndedWithMessagesCounted(logger, instanceId);
                inFlight.End(instanceId);
            }
        }
    }

    public int MaxConcurrentTaskOrchestrationWorkItems => concurrency;

    public int MaxConcurrentTaskActivityWorkItems => concurrency;

    public async Task CompleteTaskOrchestrationWorkItemAsync(
        TaskOrchestrationWorkItem workItem,
        OrchestrationRuntimeState newOrchestrationRuntimeState,
        IList<TaskMessage> outboundMessages,
        IList<TaskMessage> orchestratorMessages,
        IList<TaskMessage> timerMessages,
        TaskMessage continuedAsNewMessage,
        OrchestrationState orchestrationState)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        await store.SaveAsync([.. timerMessages]).ConfigureAwait(false);
        List<TaskMessage> dueNow, later, sent;
        lock (clockGate)
        {
            // One lock with AdvanceToAsync: a timer is either held before the clock moves past it, or found due.
            var now = clock.GetCurrentInstant();
            dueNow = [.. timerMessages.Where(t => HeldTimers.DueOf(t) <= now)];
            later = [.. timerMessages.Except(dueNow)];
            held.Hold(later);

            // An episode that runs again after a failed completion may find its timer due by now: sent, not held twice.
            held.Forget(dueNow);
            sent = [.. outboundMessages, .. orchestratorMessages, .. dueNow];
            if (continuedAsNewMessage is not null)
            {
                sent.Add(continuedAsNewMessage);
            }

            inFlight.Add(sent);
            released += dueNow.Count;
        }

        try
        {
            await inner.CompleteTaskOrchestrationWorkItemAsync(
                workItem, newOrchestrationRuntimeState, outboundMessages, orchestratorMessages, [.. dueNow.Select(HeldTimers.AsDueNow)], continuedAsNewMessage,
                orchestrationState).ConfigureAwait(false);
        }
        catch
        {
            // The timers stay held. The backend may have saved the episode before it failed (Azure Storage
            // deletes the episode's messages after its checkpoint): then no later episode creates them
            // again, and letting go of them would lose the course's deadline. If it did not save it, the
            // episode runs again and holds the same timers again, which replaces them.
            lock (clockGate)
            {
                inFlight.Remove(sent);
                released -= dueNow.Count;
            }

            throw;
        }

        EpisodeSaved?.Invoke(newOrchestrationRuntimeState);
        inFlight.Remove(workItem.InstanceId, workItem.NewMessages.Count);
        IReadOnlyList<TaskMessage> dropped = [];
        if (IsEnded(orchestrationState))
        {
            // A timer the loop cancelled before it ended would be dropped by the backend: nothing waits for it.
            dropped = held.Drop(workItem.InstanceId);
            inFlight.End(workItem.InstanceId);
        }

        await ForgetAsync([.. dueNow, .. dropped]).ConfigureAwait(false);
    }

    private static bool IsEnded(OrchestrationState? state) => state?.OrchestrationStatus is
        OrchestrationStatus.Completed or OrchestrationStatus.Failed or OrchestrationStatus.Terminated or OrchestrationStatus.Canceled;

    public async Task CompleteTaskActivityWorkItemAsync(TaskActivityWorkItem workItem, TaskMessage responseMessage)
    {
        // The activity's message is taken and its result goes to the orchestration: one for one.
        await inner.CompleteTaskActivityWorkItemAsync(workItem, responseMessage).ConfigureAwait(false);
    }
}
