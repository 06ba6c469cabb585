using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Deadlines;
using NodaTime;

namespace Genoptraening.Domain.Reports;

/// <summary>
/// Computes the quality report from course states: per standard and deadline kind the share met on
/// time (against the standard's targets where it has them), working days from referral to start,
/// breaches and free-choice triggers. Pure: the caller picks the courses (those received in the period).
/// </summary>
public static class QualityReport
{
    public static IReadOnlyList<QualityFigures> Compute(IEnumerable<CourseState> courses)
    {
        ArgumentNullException.ThrowIfNull(courses);
        return [.. courses
            .Where(c => c.IsStarted)
            .GroupBy(c => c.Rules!.Id)
            .OrderBy(g => g.Key.ToString(), StringComparer.Ordinal)
            .Select(g => ForStandard(g.Key, [.. g]))];
    }

    private static QualityFigures ForStandard(StandardId standard, List<CourseState> courses)
    {
        var rules = courses.OrderByDescending(c => c.Rules!.Version).First().Rules!;
        var kinds = courses.SelectMany(c => c.Deadlines.Select(d => d.Kind)).Distinct().OrderBy(k => k).ToList();
        var deadlines = kinds.Select(kind => Figures(kind, courses)).ToList();
        var targets = rules.Targets.Select(t => Measure(t, courses)).ToList();
        var breaches = courses.Sum(c => c.Deadlines.Count(d => d.BreachedAt is not null));
        return new QualityFigures(standard, courses.Count, deadlines, targets, WaitingToStart(courses, rules.Calendar), breaches,
            courses.Count(c => c.FreeChoiceTriggeredAt is not null));
    }

    private static DeadlineFigures Figures(DeadlineKind kind, List<CourseState> courses)
    {
        var states = courses.Select(c => c.Deadline(kind)).OfType<DeadlineState>().ToList();
        int Count(DeadlineStatus status) => states.Count(d => d.Status == status);
        var met = Count(DeadlineStatus.Met);
        var late = Count(DeadlineStatus.MetLate);
        var breached = Count(DeadlineStatus.Breached);
        return new DeadlineFigures(kind, met + late + breached, met, late, breached, Count(DeadlineStatus.Waived), Count(DeadlineStatus.Pending));
    }

    private static TargetFigures Measure(QualityTarget target, List<CourseState> courses)
    {
        switch (target.Metric)
        {
            case QualityMetric.DeadlineMetOnTime:
                var figures = Figures(target.Deadline!.Value, courses);
                return new TargetFigures(target, figures.Decided, figures.MetOnTime);
            case QualityMetric.ExaminationWithGoalsAtStart:
                var started = courses.Where(c => c.HasTrainingStarted).ToList();
                return new TargetFigures(target, started.Count, started.Count(ExaminedWithGoalsAtStart));
            default:
                // Final evaluation and continuation: among courses that trained and have ended.
                var ended = courses.Where(c => c.IsEnded && c.HasTrainingStarted).ToList();
                var reached = ended.Count(c => c.FirstOf(OccurrenceType.CourseCompleted) is Occurrence.CourseCompleted completed
                    && (target.Metric == QualityMetric.FinalEvaluation || !string.IsNullOrWhiteSpace(completed.Continuation)));
                return new TargetFigures(target, ended.Count, reached);
        }
    }

    private static bool ExaminedWithGoalsAtStart(CourseState course) =>
        course.FirstOf(OccurrenceType.InitialExaminationHeld) is Occurrence.InitialExaminationHeld { GoalsSet: true } examination
        && examination.At <= course.FirstOf(OccurrenceType.TrainingStarted)!.At;

    private static WaitingFigures WaitingToStart(List<CourseState> courses, WorkingDayCalendar calendar)
    {
        var days = courses
            .Where(c => c.HasTrainingStarted)
            .Select(c => calendar.WorkingDaysBetween(c.Referral!.ReceivedDate, Copenhagen.DateOf(c.FirstOf(OccurrenceType.TrainingStarted)!.At)))
            .Order()
            .ToList();
        return new WaitingFigures(days.Count, NearestRank(days, 50), NearestRank(days, 90));
    }

    private static int? NearestRank(List<int> sorted, int percentile) =>
        sorted.Count == 0 ? null : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>The instants that bound a period of local dates, from 00:00 on the first to 00:00 after the last.</summary>
    public static (Instant From, Instant To) Bounds(LocalDate from, LocalDate to) => (Copenhagen.StartOfDay(from), Copenhagen.StartOfDay(to.PlusDays(1)));
}
