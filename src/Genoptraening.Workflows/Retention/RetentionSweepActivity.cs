using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Genoptraening.Workflows.Retention;

/// <summary>One night's sweep (<see cref="RetentionSweep"/>); answers the clock's now when it is done, from which the next night is counted.</summary>
public sealed partial class RetentionSweepActivity(RetentionSweep sweep, IClock clock, ILogger<RetentionSweepActivity> logger) : TaskActivity<DateTimeOffset, DateTimeOffset>
{
    public override Task<DateTimeOffset> RunAsync(TaskActivityContext context, DateTimeOffset input) => SweepAsync();

    /// <summary>The activity's work, for every host: the local worker, the Functions app's activity trigger.</summary>
    public async Task<DateTimeOffset> SweepAsync()
    {
        var purged = await sweep.SweepAsync().ConfigureAwait(false);
        LogSwept(logger, purged);
        return clock.GetCurrentInstant().ToDateTimeOffset();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The retention sweep purged {Purged} ended courses past their municipality's retention period.")]
    private static partial void LogSwept(ILogger logger, int purged);
}
