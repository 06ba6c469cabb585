using System.Globalization;
using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Deadlines;

namespace Genoptraening.Domain.Reports;

/// <summary>
/// What the quality report needs of one course, and nothing else: each deadline kind's status,
/// breaches, free choice, the targets' yes/no answers and the working days to start. Written with
/// every step as one short text, so a report over a million courses counts equal texts in SQL
/// instead of replaying histories.
/// </summary>
/// <param name="Deadlines">The status of each deadline kind the course has, by kind.</param>
/// <param name="Breaches">Deadlines breached (met late or not at all).</param>
/// <param name="FreeChoice">The start guarantee gave extended free choice.</param>
/// <param name="TrainingStarted">Training has started.</param>
/// <param name="ExaminedWithGoalsAtStart">An initial examination with goals was held by the start of training.</param>
/// <param name="Ended">The course has ended.</param>
/// <param name="Completed">The course was completed (with a final evaluation).</param>
/// <param name="WithContinuation">Completed with a continuation named.</param>
/// <param name="WorkingDaysToStart">Working days from referral to the start of training.</param>
public sealed record CourseFacts(
    IReadOnlyList<(DeadlineKind Kind, DeadlineStatus Status)> Deadlines,
    int Breaches,
    bool FreeChoice,
    bool TrainingStarted,
    bool ExaminedWithGoalsAtStart,
    bool Ended,
    bool Completed,
    bool WithContinuation,
    int? WorkingDaysToStart)
{
    public static CourseFacts Of(CourseState course)
    {
        ArgumentNullException.ThrowIfNull(course);
        var started = course.FirstOf(OccurrenceType.TrainingStarted);
        var completed = course.FirstOf(OccurrenceType.CourseCompleted) as Occurrence.CourseCompleted;
        return new CourseFacts(
            [.. course.Deadlines.Select(d => d.Kind).Distinct().Order().Select(kind => (kind, course.Deadline(kind)!.Status))],
            course.Deadlines.Count(d => d.BreachedAt is not null),
            course.FreeChoiceTriggeredAt is not null,
            started is not null,
            started is not null && course.FirstOf(OccurrenceType.InitialExaminationHeld) is Occurrence.InitialExaminationHeld { GoalsSet: true } examination
                && examination.At <= started.At,
            course.IsEnded,
            completed is not null,
            !string.IsNullOrWhiteSpace(completed?.Continuation),
            started is null || course.Rules is null || course.Referral is null
                ? null
                : course.Rules.Calendar.WorkingDaysBetween(course.Referral.ReceivedDate, Copenhagen.DateOf(started.At)));
    }

    /// <summary>The text stored with the course, e.g. <c>contact:met start:breached|b1|tx|w6</c>.</summary>
    public string Encode()
    {
        var deadlines = string.Join(' ', Deadlines.Select(d => $"{d.Kind.ToWireName()}:{d.Status.ToWireName()}"));
        var flags = string.Concat(
            FreeChoice ? "f" : string.Empty,
            TrainingStarted ? "t" : string.Empty,
            ExaminedWithGoalsAtStart ? "x" : string.Empty,
            Ended ? "e" : string.Empty,
            Completed ? "c" : string.Empty,
            WithContinuation ? "k" : string.Empty);
        var days = WorkingDaysToStart is { } d ? d.ToString(CultureInfo.InvariantCulture) : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{deadlines}|b{Breaches}|{flags}|w{days}");
    }

    /// <summary>Reads <see cref="Encode"/>'s text back; throws on a text it did not write.</summary>
    public static CourseFacts Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('|');
        if (parts.Length != 4 || !parts[1].StartsWith('b') || !parts[3].StartsWith('w'))
        {
            throw new FormatException($"Not course facts: '{text}'.");
        }

        var deadlines = parts[0].Length == 0 ? [] : parts[0].Split(' ').Select(pair =>
        {
            var (kind, status) = pair.Split(':') is [var k0, var s0] ? (k0, s0) : (string.Empty, string.Empty);
            return WireNames.TryParse<DeadlineKind>(kind, out var k) && WireNames.TryParse<DeadlineStatus>(status, out var s)
                ? (k, s)
                : throw new FormatException($"Not a deadline's status: '{pair}'.");
        }).ToList();
        var flags = parts[2];
        return new CourseFacts(
            deadlines,
            int.Parse(parts[1].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture),
            flags.Contains('f', StringComparison.Ordinal),
            flags.Contains('t', StringComparison.Ordinal),
            flags.Contains('x', StringComparison.Ordinal),
            flags.Contains('e', StringComparison.Ordinal),
            flags.Contains('c', StringComparison.Ordinal),
            flags.Contains('k', StringComparison.Ordinal),
            parts[3].Length == 1 ? null : int.Parse(parts[3].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture));
    }

    /// <summary>The status of the course's deadline of this kind; null when it has none.</summary>
    public DeadlineStatus? StatusOf(DeadlineKind kind)
    {
        foreach (var (k, status) in Deadlines)
        {
            if (k == kind)
            {
                return status;
            }
        }

        return null;
    }
}
