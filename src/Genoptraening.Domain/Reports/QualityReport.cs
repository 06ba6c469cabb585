using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using NodaTime;

namespace Genoptraening.Domain.Reports;

/// <summary>
/// Computes the quality report: per standard and deadline kind the share met on time (against the
/// standard's targets where it has them), working days from referral to start, breaches and
/// free-choice triggers. Pure: the caller picks the courses (those received in the period), either
/// as course states or as counts of equal <see cref="CourseFacts"/> (what the store keeps per course).
/// </summary>
public static class QualityReport
{
    public static IReadOnlyList<QualityFigures> Compute(IEnumerable<CourseState> courses)
    {
        ArgumentNullException.ThrowIfNull(courses);
        var started = courses.Where(c => c.IsStarted).ToList();
        var rules = started.Select(c => c.Rules!).DistinctBy(r => (r.Id, r.Version)).ToDictionary(r => (r.Id, r.Version));
        return Compute(
            started.Select(c => new FactsCount(c.Rules!.Id, c.Rules.Version, CourseFacts.Of(c), 1)),
            (id, version) => rules.GetValueOrDefault((id, version)));
    }

    /// <param name="groups">Courses counted by standard version and facts.</param>
    /// <param name="rulesOf">The standard version's rules (the targets are those of the newest version counted).</param>
    public static IReadOnlyList<QualityFigures> Compute(IEnumerable<FactsCount> groups, Func<StandardId, int, StandardVersion?> rulesOf)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(rulesOf);
        // A withdrawn or misdirected course counts in no quality target (RULES.md § 4).
        return [.. groups
            .Where(g => !g.Facts.NotCounted)
            .GroupBy(g => g.Standard)
            .OrderBy(g => g.Key.ToString(), StringComparer.Ordinal)
            .Select(g => ForStandard(g.Key, [.. g], rulesOf))];
    }

    private static QualityFigures ForStandard(StandardId standard, List<FactsCount> groups, Func<StandardId, int, StandardVersion?> rulesOf)
    {
        var targets = groups.Select(g => g.StandardVersion).Distinct().OrderDescending()
            .Select(version => rulesOf(standard, version)).OfType<StandardVersion>().FirstOrDefault()?.Targets ?? [];
        var kinds = groups.SelectMany(g => g.Facts.Deadlines.Select(d => d.Kind)).Distinct().Order().ToList();
        return new QualityFigures(
            standard,
            groups.Sum(g => g.Count),
            [.. kinds.Select(kind => Figures(kind, groups))],
            [.. targets.Select(t => Measure(t, groups))],
            WaitingToStart(groups),
            groups.Sum(g => g.Facts.Breaches * g.Count),
            groups.Where(g => g.Facts.FreeChoice).Sum(g => g.Count),
            groups.Where(g => g.Facts.FreeChoiceExercised).Sum(g => g.Count),
            groups.Where(g => g.Facts.FreeChoiceDeclined).Sum(g => g.Count),
            groups.Where(g => g.Facts.OtherMunicipality).Sum(g => g.Count));
    }

    private static DeadlineFigures Figures(DeadlineKind kind, List<FactsCount> groups)
    {
        int Count(DeadlineStatus status) => groups.Where(g => g.Facts.StatusOf(kind) == status).Sum(g => g.Count);
        var met = Count(DeadlineStatus.Met);
        var late = Count(DeadlineStatus.MetLate);
        var breached = Count(DeadlineStatus.Breached);
        return new DeadlineFigures(kind, met + late + breached, met, late, breached, Count(DeadlineStatus.Waived), Count(DeadlineStatus.Pending));
    }

    private static TargetFigures Measure(QualityTarget target, List<FactsCount> groups)
    {
        int Sum(Func<CourseFacts, bool> predicate) => groups.Where(g => predicate(g.Facts)).Sum(g => g.Count);
        switch (target.Metric)
        {
            case QualityMetric.DeadlineMetOnTime:
                var figures = Figures(target.Deadline!.Value, groups);
                return new TargetFigures(target, figures.Decided, figures.MetOnTime);
            case QualityMetric.ExaminationWithGoalsAtStart:
                return new TargetFigures(target, Sum(f => f.TrainingStarted), Sum(f => f.TrainingStarted && f.ExaminedWithGoalsAtStart));
            default:
                // Final evaluation and continuation: among courses that trained and have ended.
                return new TargetFigures(target,
                    Sum(f => f.Ended && f.TrainingStarted),
                    Sum(f => f.Ended && f.TrainingStarted && f.Completed && (target.Metric == QualityMetric.FinalEvaluation || f.WithContinuation)));
        }
    }

    private static WaitingFigures WaitingToStart(List<FactsCount> groups)
    {
        var days = groups
            .Where(g => g.Facts.TrainingStarted && g.Facts.WorkingDaysToStart is not null)
            .GroupBy(g => g.Facts.WorkingDaysToStart!.Value)
            .Select(g => (Days: g.Key, Count: g.Sum(x => x.Count)))
            .OrderBy(d => d.Days)
            .ToList();
        var count = days.Sum(d => d.Count);
        return new WaitingFigures(count, NearestRank(days, count, 50), NearestRank(days, count, 90));
    }

    /// <summary>The nearest-rank percentile of values given with their counts, in ascending order.</summary>
    private static int? NearestRank(List<(int Days, int Count)> sorted, int total, int percentile)
    {
        if (total == 0)
        {
            return null;
        }

        var rank = Math.Clamp((int)Math.Ceiling(percentile / 100.0 * total), 1, total);
        var seen = 0;
        foreach (var (days, count) in sorted)
        {
            seen += count;
            if (seen >= rank)
            {
                return days;
            }
        }

        return sorted[^1].Days;
    }

    /// <summary>The instants that bound a period of local dates, from 00:00 on the first to 00:00 after the last.</summary>
    public static (Instant From, Instant To) Bounds(LocalDate from, LocalDate to) => (Copenhagen.StartOfDay(from), Copenhagen.StartOfDay(to.PlusDays(1)));
}
