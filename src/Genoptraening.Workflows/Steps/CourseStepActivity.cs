using System.Diagnostics;
using Genoptraening.Workflows.Telemetry;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Genoptraening.Workflows.Steps;

/// <summary>
/// The step activity: runs <see cref="CourseStep"/>. A step that throws has changed nothing (its write
/// is all or nothing), so the error becomes a failure with the back-off of the retry policy, timed by
/// the injected clock, and the loop tries the same step again.
/// </summary>
public sealed partial class CourseStepActivity(CourseStep step, IClock clock, ILogger<CourseStepActivity> logger) : TaskActivity<StepInput, StepOutcome>
{
    public override Task<StepOutcome> RunAsync(TaskActivityContext context, StepInput input) => TakeStepAsync(input);

    /// <summary>The activity's work, for every host: the local worker above, the Functions app's activity trigger.</summary>
    public async Task<StepOutcome> TakeStepAsync(StepInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var trigger = input.TimerDue is not null ? "timer" : input.Step == 1 ? "start" : "request";
        using var span = ProductTelemetry.Source.StartActivity("course step");
        span?.SetTag("course.id", input.CourseId);
        span?.SetTag("course.step", input.Step);
        span?.SetTag("course.attempt", input.Attempt);
        span?.SetTag("course.trigger", trigger);
        if (input.TimerDue is { } due && input.FirstTry)
        {
            ProductTelemetry.TimerLateness.Record(Math.Max(0, (clock.GetCurrentInstant() - Instant.FromDateTimeOffset(due)).TotalSeconds));
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            var outcome = await step.RunAsync(input).ConfigureAwait(false);
            Measure(trigger, "ok", started);
            return outcome;
        }
#pragma warning disable CA1031 // Any error of a step is retried by the loop, then shown to the operators.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Measure(trigger, "failed", started);
            span?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            LogStepFailed(logger, e, input.CourseId, input.Step, input.Attempt);
            var retryAt = clock.GetCurrentInstant().Plus(Duration.FromTimeSpan(StepRetryPolicy.BackoffAfter(input.Attempt)));
            return new StepOutcome(input.Step, null, null, null, new StepFailure(e.GetType().Name, retryAt.ToDateTimeOffset()));
        }
    }

    private static void Measure(string trigger, string result, long started)
    {
        var tags = new TagList { { "trigger", trigger }, { "result", result } };
        ProductTelemetry.Steps.Add(1, tags);
        ProductTelemetry.StepDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Step {Step} of course {CourseId} failed (attempt {Attempt}).")]
    private static partial void LogStepFailed(ILogger logger, Exception exception, string courseId, int step, int attempt);
}
