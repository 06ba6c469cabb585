using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Serialization;
using NodaTime;

namespace Genoptraening.Web.Intake;

/// <summary>Checks of input shared by the endpoints and the dashboard, each adding a <see cref="FieldError"/> naming the field.</summary>
internal static class InputRules
{
    public const int MaxIdLength = 100;

    /// <summary>A plan's text: an Azure Table string property holds at most 32 K UTF-16 characters.</summary>
    public const int MaxTextLength = 32_000;

    /// <summary>A free-text field of an event or an acknowledgement (a reason, comment, provider): kept, JSON-escaped, in one table property.</summary>
    public const int MaxNoteLength = 4_000;

    private static readonly Instant FirstInstant = Copenhagen.StartOfDay(new LocalDate(WorkingDayCalendar.FirstYear, 1, 1));
    private static readonly Instant EndInstant = Copenhagen.StartOfDay(new LocalDate(WorkingDayCalendar.LastYear + 1, 1, 1));

    public static void Identifier(string field, string? value, List<FieldError> errors)
    {
        if (value is { } id && (id.Length > MaxIdLength || id.Any(char.IsControl) || string.IsNullOrWhiteSpace(id)))
        {
            errors.Add(new FieldError(field, $"must be 1 to {MaxIdLength} printable characters"));
        }
    }

    public static void Cpr(string field, string? cpr, Instant now, List<FieldError> errors)
    {
        if (cpr is not null && CprNumber.Problem(cpr, Copenhagen.DateOf(now)) is { } problem)
        {
            errors.Add(new FieldError(field, problem));
        }
    }

    public static void NotInTheFuture(string field, Instant? instant, Instant now, List<FieldError> errors)
    {
        if (instant > now)
        {
            errors.Add(new FieldError(field, FieldProblem.InTheFuture, "lies in the future"));
        }
    }

    /// <summary>Whether the date lies in the years the working-day calendar covers (1900–2200); an error on <paramref name="field"/> if not.</summary>
    public static bool InCalendar(string field, LocalDate? date, List<FieldError> errors)
    {
        if (date is { Year: < WorkingDayCalendar.FirstYear or > WorkingDayCalendar.LastYear })
        {
            errors.Add(new FieldError(field, FieldProblem.OutsideCalendar, OutsideCalendar));
            return false;
        }

        return true;
    }

    /// <summary>Whether the instant's Copenhagen date lies in the years the calendar covers; an error on <paramref name="field"/> if not.</summary>
    public static bool InCalendar(string field, Instant? instant, List<FieldError> errors)
    {
        if (instant < FirstInstant || instant >= EndInstant)
        {
            errors.Add(new FieldError(field, FieldProblem.OutsideCalendar, OutsideCalendar));
            return false;
        }

        return true;
    }

    /// <summary>A report's period of receipt dates (<c>from</c>, <c>to</c>: yyyy-MM-dd in the calendar's years, to on or after from); null with errors if not.</summary>
    /// <summary>The longest period a report or the audit trail is read for at once: each is a range read, bounded so.</summary>
    public const int MaxPeriodYears = 2;

    public static (LocalDate From, LocalDate To)? Period(string? from, string? to, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.Count;
        LocalDate? fromDate = WireTime.TryParseDate(from, out var f) ? f : null;
        LocalDate? toDate = WireTime.TryParseDate(to, out var t) ? t : null;
        if (fromDate is null)
        {
            errors.Add(new FieldError("from", "expected a date as yyyy-MM-dd"));
        }
        else
        {
            InCalendar("from", fromDate, errors);
        }

        if (toDate is null || toDate < fromDate)
        {
            errors.Add(new FieldError("to", "expected a date as yyyy-MM-dd, on or after from"));
        }
        else if (fromDate is { } start && toDate >= start.PlusYears(MaxPeriodYears))
        {
            errors.Add(new FieldError("to", $"a period is at most {MaxPeriodYears} years: from {WireTime.Format(start)}, to at the latest {WireTime.Format(start.PlusYears(MaxPeriodYears).PlusDays(-1))}"));
        }
        else
        {
            InCalendar("to", toDate, errors);
        }

        return errors.Count > before ? null : (fromDate!.Value, toDate!.Value);
    }

    public static void Note(string field, string? text, List<FieldError> errors)
    {
        if (text?.Length > MaxNoteLength)
        {
            errors.Add(new FieldError(field, FieldProblem.TooLong, $"may be at most {MaxNoteLength} characters", MaxNoteLength.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>
    /// An event of <paramref name="type"/> read from its fields (the API's JSON body, or the dashboard's form)
    /// and checked by <see cref="Event"/>; null with the errors added when it is not one.
    /// </summary>
    public static Occurrence? ReadEvent(OccurrenceType type, IFieldSource fields, Instant now)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var before = fields.Errors.Count;
        if (OccurrenceJson.Read(type, fields, now) is not { } occurrence)
        {
            return null;
        }

        Event(occurrence, fields.Errors);
        return fields.Errors.Count == before ? occurrence : null;
    }

    /// <summary>An event as read from a request (the API's or the dashboard's form): its instants and dates in the calendar, its texts not too long.</summary>
    public static void Event(Occurrence occurrence, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        InCalendar("at", occurrence.At, errors);
        switch (occurrence)
        {
            case Occurrence.StartOffered offered:
                InCalendar("startDate", offered.StartDate, errors);
                break;
            case Occurrence.CourseCompleted completed:
                Note("continuation", completed.Continuation, errors);
                break;
            case Occurrence.CourseCancelled cancelled:
                Note("reason", cancelled.Reason, errors);
                break;
            case Occurrence.ExtendedFreeChoiceExercised exercised:
                Note("provider", exercised.Provider, errors);
                break;
            case Occurrence.CitizenContacted { ReplyBy: { } replyBy }:
                InCalendar("replyBy", replyBy, errors);
                break;
            case Occurrence.TransferredToOtherMunicipality transferred:
                Note("municipality", transferred.Municipality, errors);
                break;
            case Occurrence.PlanCancelled cancelled:
                Note("reason", cancelled.Reason, errors);
                break;
        }
    }

    private static string OutsideCalendar => $"must lie in the years {WorkingDayCalendar.FirstYear} to {WorkingDayCalendar.LastYear}, which the working-day calendar covers";
}
