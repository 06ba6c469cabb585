using Genoptraening.Workflows.Orchestration;
using Genoptraening.Workflows.Steps;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace Genoptraening.Functions;

/// <summary>
/// The course orchestrator and its activities as Functions triggers: one-line wrappers around the
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

    [Function(nameof(CourseFaultActivity))]
    public static Task<DateTimeOffset> RunCourseFault([ActivityTrigger] CourseFault input, FunctionContext context) =>
        ActivatorUtilities.CreateInstance<CourseFaultActivity>(context.InstanceServices).AlertAsync(input);
}
