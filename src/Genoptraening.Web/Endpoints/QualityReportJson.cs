using Genoptraening.Domain.Reports;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Serialization;
using NodaTime;

namespace Genoptraening.Web.Endpoints;

/// <summary>The quality report as JSON: a municipality, a period of receipt dates, and figures per standard.</summary>
public sealed record QualityReportJson(string Municipality, string From, string To, IReadOnlyList<QualityReportJson.Standard> Standards)
{
    public static QualityReportJson Of(string municipality, LocalDate from, LocalDate to, IReadOnlyList<QualityFigures> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return new QualityReportJson(municipality, WireTime.Format(from), WireTime.Format(to), [.. figures.Select(f => new Standard(
            f.Standard.ToString(),
            f.Courses,
            [.. f.Deadlines.Select(d => new Deadline(d.Kind.ToWireName(), d.Decided, d.MetOnTime, d.MetLate, d.Breached, d.Waived, d.Pending, d.ShareOnTime))],
            [.. f.Targets.Select(t => new Target(
                t.Target.Metric.ToWireName(), t.Target.Deadline?.ToWireName(), t.Target.Text,
                t.Target.Share, t.Counted, t.Reached, t.Share, t.IsMet))],
            new Waiting(f.WorkingDaysToStart.Count, f.WorkingDaysToStart.Median, f.WorkingDaysToStart.Percentile90),
            f.Breaches,
            f.FreeChoiceTriggers,
            f.FreeChoiceExercised,
            f.FreeChoiceDeclined,
            f.OtherMunicipality))]);
    }

    public sealed record Standard(string Id, int Courses, IReadOnlyList<Deadline> Deadlines, IReadOnlyList<Target> Targets, Waiting WorkingDaysToStart, int Breaches, int FreeChoiceTriggers,
        int FreeChoiceExercised, int FreeChoiceDeclined, int OtherMunicipality);

    public sealed record Deadline(string Kind, int Decided, int MetOnTime, int MetLate, int Breached, int Waived, int Pending, decimal? ShareOnTime);

    public sealed record Target(string Metric, string? Deadline, string Text, decimal Goal, int Counted, int Reached, decimal? Share, bool? Met);

    public sealed record Waiting(int Count, int? Median, int? Percentile90);
}
