using Genoptraening.Workflows.Orchestration;
using Genoptraening.Workflows.Retention;
using Genoptraening.Workflows.Steps;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace Genoptraening.Functions;

/// <summary>
/// The course orchestrator, the retention sweep and their activities as Functions triggers: one-line wrappers around the
/// same classes the local host runs (Microsoft.DurableTask.Generators, which would write them, is
/// not served here).
/// </summary>
public static class CourseTriggers
{
    [Function(nameof(CourseOrchestrator))]
    public static Task<string> RunCourseOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new CourseOrchestrator().RunAsync(context, context.GetInput<string>()!);

    [Function(nameof(CourseStepActivity))]
    public static Task<StepOutcome> RunCourseStep([ActivityTrigger] StepInput input, FunctionContext context) =>
        ActivatorUtilities.CreateInstance<CourseStepActivity>(context.InstanceServices).TakeStepAsync(input);

    [Function(nameof(RetentionSweepOrchestrator))]
    public static Task<string> RunRetentionSweep([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new RetentionSweepOrchestrator().RunAsync(context, context.GetInput<DateTimeOffset>());

    [Function(nameof(RetentionSweepActivity))]
    public static Task<DateTimeOffset> RunRetentionSweepActivity([ActivityTrigger] DateTimeOffset input, FunctionContext context) =>
        ActivatorUtilities.CreateInstance<RetentionSweepActivity>(context.InstanceServices).SweepAsync();

    [Function(nameof(CourseFaultActivity))]
    public static Task<DateTimeOffset> RunCourseFault([ActivityTrigger] CourseFault input, FunctionContext context) =>
        ActivatorUtilities.CreateInstance<CourseFaultActivity>(context.InstanceServices).AlertAsync(input);
}
