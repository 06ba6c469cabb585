using Quartz;

namespace Genoptraening.Bench.Peer;

/// <summary>The Quartz job every benchmark trigger fires: a course's deadline reached, recorded with its lateness.</summary>
internal sealed class EscalateDeadlineJob : IJob
{
    public const string CourseIdKey = "courseId";

    public Task Execute(IJobExecutionContext context)
    {
        var firings = (QuartzFirings)context.Scheduler.Context[QuartzFirings.ContextKey];
        var scheduled = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        firings.Record(scheduled, context.MergedJobDataMap.GetString(CourseIdKey));
        return Task.CompletedTask;
    }
}
