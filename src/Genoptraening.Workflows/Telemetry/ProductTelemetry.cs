using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Genoptraening.Workflows.Telemetry;

/// <summary>
/// The product's own traces and metrics (docs/operations.md says what each means and what to do), exported with the hosts'
/// OpenTelemetry. Their tags are ids, numbers and type names only: never a CPR number, a name or a free text.
/// </summary>
public static class ProductTelemetry
{
    public const string Name = "Genoptraening.Workflows";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>Course steps taken; tags <c>trigger</c> (request, timer, start) and <c>result</c> (ok, failed). Its rate is steps per second.</summary>
    public static readonly Counter<long> Steps = Meter.CreateCounter<long>("genoptraening.steps", "{step}", "Course steps taken");

    /// <summary>How long a step took, in seconds; tags as <see cref="Steps"/>.</summary>
    public static readonly Histogram<double> StepDuration = Meter.CreateHistogram<double>("genoptraening.step.duration", "s", "How long a course step took");

    /// <summary>From a timer's due instant to the start of the step it woke, by the courses' clock, in seconds.</summary>
    public static readonly Histogram<double> TimerLateness = Meter.CreateHistogram<double>("genoptraening.timer.lateness", "s", "How late a timer's step started");

    /// <summary>Alerts sent to the queues; tag <c>queue</c> (escalations-{municipality}, course-faults).</summary>
    public static readonly Counter<long> AlertsSent = Meter.CreateCounter<long>("genoptraening.alerts.sent", "{alert}", "Alerts sent to the queues");

    /// <summary>Courses marked faulted (a step failed every attempt); tag <c>error</c>, the exception's type name.</summary>
    public static readonly Counter<long> Faults = Meter.CreateCounter<long>("genoptraening.courses.faulted", "{course}", "Courses marked faulted");

    /// <summary>Requests answered 202 because their step had not answered within the bound (10 s).</summary>
    public static readonly Counter<long> AnsweredPastBound = Meter.CreateCounter<long>(
        "genoptraening.requests.past_bound", "{request}", "Requests whose step did not answer within the bound");
}
