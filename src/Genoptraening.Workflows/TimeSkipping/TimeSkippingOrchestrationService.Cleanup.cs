using DurableTask.Core;
using Microsoft.Extensions.Logging;

namespace Genoptraening.Workflows.TimeSkipping;

/// <summary>The clean-up of the held timers' store after a timer is sent or its orchestration has ended.</summary>
public sealed partial class TimeSkippingOrchestrationService
{
    /// <summary>
    /// Deletes stored timers that were sent or dropped. The episode is saved by then, so a failure here
    /// only leaves rows behind: a host that restores them sends them again, and the orchestration
    /// ignores a timer that has fired already, or an ended one the message.
    /// </summary>
    private async Task ForgetAsync(IReadOnlyList<TaskMessage> timers)
    {
        if (timers.Count == 0)
        {
            return;
        }

        try
        {
            await store.DeleteAsync(timers).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            TimersNotForgotten(logger, failure, timers.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The development clock could not forget {Count} sent timers; a restarted host sends them again, and they are ignored.")]
    private static partial void TimersNotForgotten(ILogger logger, Exception failure, int count);
}
