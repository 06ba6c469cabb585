using Genoptraening.Domain.Calendar;
using NodaTime;
using static Genoptraening.Domain.Courses.CourseCommand;

namespace Genoptraening.Domain.Courses;

/// <summary>
/// The course decider: <c>Decide(state, command, now)</c> returns events or a rejection, <c>Evolve</c>
/// folds events into state. Pure: time is a parameter and nothing is read from a clock, a file or the network.
/// The rules it decides by, cited in the code as "RULES.md § n", are retold section by section in docs/rules.md.
/// </summary>
public static class CourseDecider
{
    public static CourseState Initial => CourseState.Initial;

    public static bool IsTerminal(CourseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.IsEnded;
    }

    public static CourseState Evolve(CourseState state, CourseEvent e)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(e);
        return CourseEvolution.Evolve(state, e);
    }

    public static CourseState Fold(IEnumerable<CourseEvent> events) => events.Aggregate(Initial, Evolve);

    public static Decision Decide(CourseState state, CourseCommand command, Instant now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        return command switch
        {
            StartCourse start => DecideStart(state, start, now),
            Record record => DecideRecord(state, record.Occurrence, now),
            FireDueTimers => DecideTimers(state, now),
            Acknowledge acknowledge => DecideAcknowledge(state, acknowledge, now),
            _ => throw new InvalidOperationException($"Unknown command {command.GetType().Name}."),
        };
    }

    private static Decision DecideStart(CourseState state, StartCourse start, Instant now)
    {
        if (OccurrenceRules.CheckStart(state, start, now) is { } rejected)
        {
            return rejected;
        }

        var builder = new DecisionBuilder(state);
        var receivedAt = start.Referral.ReceivedAt;
        builder.Emit(new CourseEvent.CourseStarted(receivedAt, start.Rules, start.Referral));
        DeadlineSteps.OpenAnchoredOnReferral(builder, receivedAt);
        DeadlineSteps.FireTimersUpTo(builder, now);
        return builder.Accept();
    }

    private static Decision DecideRecord(CourseState state, Occurrence occurrence, Instant now)
    {
        if (OccurrenceRules.CheckTiming(state, occurrence, now) is { } badTiming)
        {
            return badTiming;
        }

        // Timers due at or before the occurrence fire first, at their own instants (RULES.md § 6).
        var builder = new DecisionBuilder(state);
        DeadlineSteps.FireTimersUpTo(builder, occurrence.At);
        if (OccurrenceRules.CheckFit(builder.State, occurrence) is { } misfit)
        {
            return misfit;
        }

        builder.Emit(new CourseEvent.OccurrenceRecorded(occurrence));
        OccurrenceSteps.Apply(builder, occurrence);
        return builder.Accept();
    }

    private static Decision DecideTimers(CourseState state, Instant now)
    {
        var builder = new DecisionBuilder(state);
        DeadlineSteps.FireTimersUpTo(builder, now);
        return builder.Accept();
    }

    private static Decision DecideAcknowledge(CourseState state, Acknowledge acknowledge, Instant now)
    {
        if (OccurrenceRules.CheckAcknowledge(state, acknowledge) is { } rejected)
        {
            return rejected;
        }

        var builder = new DecisionBuilder(state);
        DeadlineSteps.FireTimersUpTo(builder, now);
        builder.Emit(new CourseEvent.AlertAcknowledged(now, acknowledge.Kind, acknowledge.Level, acknowledge.Comment.Trim(), acknowledge.By));
        return builder.Accept();
    }

    internal static LocalDate DateOf(Instant instant) => Copenhagen.DateOf(instant);
}
