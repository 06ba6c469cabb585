using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Deadlines;
using Genoptraening.Domain.Tests.Support;
using Genoptraening.Domain.Vocabulary;
using NodaTime;
using static Genoptraening.Domain.Courses.CourseEvent;

namespace Genoptraening.Domain.Tests.Courses;

/// <summary>Properties of the decider over random courses of every standard.</summary>
public class CourseDeciderProperties
{
    private static readonly Instant FarFuture = Instant.FromUtc(2028, 6, 1, 0, 0);

    [Property(MaxTest = 300)]
    public Property Decide_IsDeterministic() => Prop.ForAll(GeneratedScenario.Arbitrary(), scenario =>
        Run(scenario).History.SequenceEqual(Run(scenario).History));

    [Property(MaxTest = 300)]
    public Property FoldingTheHistory_EqualsApplyingEachDecisionInTurn() => Prop.ForAll(GeneratedScenario.Arbitrary(), scenario =>
    {
        var course = Run(scenario);
        var folded = CourseDecider.Fold(course.History);
        return Summary(folded) == Summary(course.State) && folded.Timers.SequenceEqual(course.State.Timers);
    });

    [Property(MaxTest = 300)]
    public Property DecidingOnAReplayedState_GivesTheSameDecision() => Prop.ForAll(GeneratedScenario.Arbitrary(), scenario =>
    {
        var course = Run(scenario);
        var replayed = CourseDecider.Fold(course.History);
        var command = new CourseCommand.FireDueTimers();
        return Equivalent(CourseDecider.Decide(course.State, command, FarFuture), CourseDecider.Decide(replayed, command, FarFuture));
    });

    [Property(MaxTest = 300)]
    public Property NothingIsAccepted_AfterTheCourseEnded() => Prop.ForAll(
        GeneratedScenario.Arbitrary(), GeneratedScenario.Steps_(), (scenario, extra) =>
        {
            var course = Run(scenario);
            var endAt = (course.State.LastEventAt ?? FarFuture) + Duration.FromHours(1);
            course.Record(new Occurrence.CourseCancelled(endAt, "end"));
            var after = GeneratedScenario.Build(extra, endAt + Duration.FromMinutes(extra.GapMinutes));
            var historyAtEnd = course.History.Count;

            course.Record(after).AdvanceTo("2028-06-01T00:00:00+02:00");

            return course.State.IsEnded
                && CourseDecider.IsTerminal(course.State)
                && course.History.Count == historyAtEnd
                && course.State.Timers.Count == 0;
        });

    [Property(MaxTest = 300)]
    public Property EveryDeadline_ReachesExactlyOneFinalStatus() => Prop.ForAll(GeneratedScenario.Arbitrary(), scenario =>
    {
        var course = Run(scenario);
        course.Record(new Occurrence.CourseCancelled((course.State.LastEventAt ?? FarFuture) + Duration.FromHours(1), "end"));

        var finalStates = course.State.Deadlines.All(d => d.Status != DeadlineStatus.Pending);
        var onceEach = course.State.Deadlines.GroupBy(d => d.Kind).All(g => g.Count() == 1);
        var oneSettlementEach = course.History
            .Where(e => e is DeadlineMet or DeadlineMetLate or DeadlineWaived or DeadlineCancelled)
            .GroupBy(KindOf)
            .All(g => g.Count() == 1);
        var breachedAtMostOnce = course.History.OfType<DeadlineBreached>().GroupBy(b => b.Kind).All(g => g.Count() == 1);
        var consistent = course.State.Deadlines.All(d => d.Status switch
        {
            DeadlineStatus.Met => d.SatisfiedAt is not null && d.BreachedAt is null,
            DeadlineStatus.MetLate => d.SatisfiedAt is not null && d.BreachedAt is not null,
            DeadlineStatus.Breached => d.BreachedAt is not null && d.SatisfiedAt is null,
            _ => d.SatisfiedAt is null,
        });
        return finalStates && onceEach && oneSettlementEach && breachedAtMostOnce && consistent;
    });

    [Property(MaxTest = 500)]
    public Property WorkingDayDueDate_IsAWorkingDayAfterTheAnchor() => Prop.ForAll(
        Arb.From(Gen.Choose(0, 109_000)), Arb.From(Gen.Choose(1, 40)), (daysSince1900, n) =>
        {
            var anchor = new LocalDate(1900, 1, 1).PlusDays(daysSince1900);
            var calendar = WorkingDayCalendar.Default;
            var due = DeadlineArithmetic.DueDate(anchor, new DeadlineOffset(n, OffsetUnit.WorkingDays), rollForward: false, calendar);
            return calendar.IsWorkingDay(due) && due > anchor && calendar.WorkingDaysBetween(anchor, due) == n;
        });

    private static CourseScript Run(GeneratedScenario scenario)
    {
        var course = CourseScript.Start(scenario.Standard.Id.ToString(), scenario.Referral);
        foreach (var occurrence in scenario.Occurrences())
        {
            course.Record(occurrence);
        }

        return course;
    }

    private static DeadlineKind KindOf(CourseEvent e) => e switch
    {
        DeadlineMet m => m.Kind,
        DeadlineMetLate m => m.Kind,
        DeadlineWaived w => w.Kind,
        DeadlineCancelled c => c.Kind,
        _ => throw new ArgumentException("Not a settling event.", nameof(e)),
    };

    private static string Summary(CourseState s) =>
        string.Join("|", s.Deadlines) + string.Join("|", s.Alerts) + string.Join("|", s.Occurrences)
        + $"{s.Outcome}{s.EndedAt}{s.FreeChoiceTriggeredAt}{s.LastEventAt}{s.Version}{s.NoShows}";

    private static bool Equivalent(Decision a, Decision b) => (a, b) switch
    {
        (Decision.Accepted x, Decision.Accepted y) => x.Events.SequenceEqual(y.Events),
        (Decision.Rejected x, Decision.Rejected y) => x == y,
        _ => false,
    };
}
