using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using NodaTime;

namespace Genoptraening.Domain.Tests.Support;

/// <summary>
/// Drives one course through the decider as the engine will: each command decided at its own instant,
/// its events folded into the state. Given / when / then in a line each.
/// </summary>
internal sealed class CourseScript
{
    private readonly List<CourseEvent> history = [];

    private CourseScript(CourseState state) => State = state;

    public CourseState State { get; private set; }

    public IReadOnlyList<CourseEvent> History => history;

    public Decision? LastDecision { get; private set; }

    public static CourseScript Plan(string standard, string receivedAt, string? discharge = null, string? startNotBefore = null) =>
        Start(standard, Referral.Plan(Time.At(receivedAt), discharge is null ? null : Time.D(discharge), startNotBefore is null ? null : Time.D(startNotBefore)));

    public static CourseScript Application(string standard, string receivedAt) =>
        Start(standard, Referral.Application(Time.At(receivedAt)));

    public static CourseScript Start(string standard, Referral referral)
    {
        var script = new CourseScript(CourseState.Initial);
        script.Apply(new CourseCommand.StartCourse(TestCatalog.Standard(standard), referral), referral.ReceivedAt);
        return script;
    }

    /// <summary>Records an occurrence at its own instant; a rejection is kept in <see cref="LastDecision"/>.</summary>
    public CourseScript Record(Occurrence occurrence)
    {
        Apply(new CourseCommand.Record(occurrence), occurrence.At);
        return this;
    }

    public CourseScript Record(Func<Instant, Occurrence> occurrence, string at) => Record(occurrence(Time.At(at)));

    /// <summary>A visitator acknowledges an alert at <paramref name="at"/>; a rejection is kept in <see cref="LastDecision"/>.</summary>
    public CourseScript Acknowledge(DeadlineKind kind, int level, string comment, string at)
    {
        Apply(new CourseCommand.Acknowledge(kind, level, comment, "visitator"), Time.At(at));
        return this;
    }

    /// <summary>Runs the clock to <paramref name="until"/>: every timer due at or before it fires.</summary>
    public CourseScript AdvanceTo(string until)
    {
        Apply(new CourseCommand.FireDueTimers(), Time.At(until));
        return this;
    }

    public Decision.Rejected Rejection => LastDecision as Decision.Rejected
        ?? throw new InvalidOperationException($"The last command was not rejected: {LastDecision}");

    public DeadlineState Deadline(DeadlineKind kind) =>
        State.Deadline(kind) ?? throw new InvalidOperationException($"The course has no {kind} deadline.");

    private void Apply(CourseCommand command, Instant now)
    {
        LastDecision = CourseDecider.Decide(State, command, now);
        if (LastDecision is Decision.Accepted accepted)
        {
            history.AddRange(accepted.Events);
            State = accepted.Events.Aggregate(State, CourseDecider.Evolve);
        }
    }
}
