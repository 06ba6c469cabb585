namespace Genoptraening.Workflows.Orchestration;

/// <summary>What woke the course: a raw request, or a timer at its due instant.</summary>
internal sealed record StepTrigger(string? Request, DateTimeOffset? TimerDue)
{
    public static StepTrigger ForRequest(string request) => new(request, null);

    public static StepTrigger ForTimer(DateTimeOffset due) => new(null, due);
}
