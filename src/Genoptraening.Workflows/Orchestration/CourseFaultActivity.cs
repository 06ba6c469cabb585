using Genoptraening.Workflows.Alerts;
using Genoptraening.Workflows.Steps;
using Genoptraening.Workflows.Telemetry;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Genoptraening.Workflows.Orchestration;

/// <summary>
/// Tells the operators that a course's step failed every attempt, and returns when the loop tries it
/// again without them, by the injected clock: 5 minutes later when the storage account did not answer,
/// a day later for any other error (<see cref="StepRetryPolicy.RetryAfterFault"/>).
/// </summary>
public sealed partial class CourseFaultActivity(IAlertSender alerts, IClock clock, ILogger<CourseFaultActivity> logger) : TaskActivity<CourseFault, DateTimeOffset>
{
    public override Task<DateTimeOffset> RunAsync(TaskActivityContext context, CourseFault input) => AlertAsync(input);

    /// <summary>The activity's work, for every host: the local worker above, the Functions app's activity trigger.</summary>
    public async Task<DateTimeOffset> AlertAsync(CourseFault input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var now = clock.GetCurrentInstant();
        LogFaulted(logger, input.CourseId, input.Step, input.Error);
        ProductTelemetry.Faults.Add(1, new KeyValuePair<string, object?>("error", input.Error));
        try
        {
            await alerts.SendAsync([FaultAlerts.For(input.CourseId, input.Step, input.Error, now)]).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The course waits for a retry whether or not the alert got through; the log has it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogAlertFailed(logger, e, input.CourseId);
        }

        return now.Plus(Duration.FromTimeSpan(StepRetryPolicy.RetryAfterFault(input.Error))).ToDateTimeOffset();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Course {CourseId} is faulted: step {Step} failed every attempt ({Error}); it waits for an operator's retry.")]
    private static partial void LogFaulted(ILogger logger, string courseId, int step, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "The operators' alert for faulted course {CourseId} could not be sent.")]
    private static partial void LogAlertFailed(ILogger logger, Exception exception, string courseId);
}
