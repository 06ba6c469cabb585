using System.Globalization;
using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Vocabulary;
using NodaTime;

namespace Genoptraening.Web.Dashboard;

/// <summary>Dates, times and numbers as a Danish reader expects them: 13-11-2026, 13-11-2026 kl. 09:30 (Danish time), 66,7 %.</summary>
public static class Danish
{
    /// <summary>Decimal comma and thousands dot, built here: the hosts run with invariant globalization (no culture data).</summary>
    public static NumberFormatInfo Culture { get; } = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = ".", PercentDecimalSeparator = "," };

    public static string Date(LocalDate date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    public static string Date(Instant instant) => Date(Copenhagen.DateOf(instant));

    /// <summary>The day as the page's header says it: mandag 07-12-2026.</summary>
    public static string Day(LocalDate date) => $"{Weekday(date.DayOfWeek)} {Date(date)}";

    private static string Weekday(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Monday => "mandag",
        IsoDayOfWeek.Tuesday => "tirsdag",
        IsoDayOfWeek.Wednesday => "onsdag",
        IsoDayOfWeek.Thursday => "torsdag",
        IsoDayOfWeek.Friday => "fredag",
        IsoDayOfWeek.Saturday => "lørdag",
        _ => "søndag",
    };

    public static string Time(Instant instant) =>
        instant.InZone(Copenhagen.Zone).ToString("dd-MM-yyyy 'kl.' HH:mm", CultureInfo.InvariantCulture);

    public static string Time(Instant? instant) => instant is { } i ? Time(i) : string.Empty;

    /// <summary>A time as the forms take it: 15-06-2026 10:30 (Danish time).</summary>
    public static string TypedTime(Instant instant) => instant.InZone(Copenhagen.Zone).ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The date alone at midnight Danish time (when timers fire), else the date and time.</summary>
    public static string DateOrTime(Instant instant) => instant.InZone(Copenhagen.Zone).TimeOfDay == LocalTime.Midnight ? Date(instant) : Time(instant);

    /// <summary>A share of 0..1 as a percentage with one decimal, or a dash when there is nothing to count.</summary>
    public static string Percent(decimal? share) => share is { } s ? (s * 100).ToString("0.#", Culture) + " %" : "–";

    /// <summary>How a course ended, as the course page and the refusal reasons say it.</summary>
    public static string Outcome(CourseOutcome outcome) => outcome switch
    {
        CourseOutcome.Completed => "gennemført",
        CourseOutcome.Rejected => "afslag ved visitation",
        CourseOutcome.NoShows => "for mange udeblivelser",
        CourseOutcome.Cancelled => "annulleret",
        CourseOutcome.OtherMunicipality => "borgeren træner i en anden kommune",
        CourseOutcome.Withdrawn => "planen trukket tilbage af hospitalet",
        CourseOutcome.Misdirected => "planen var fejlsendt til kommunen",
        _ => "borgeren valgte en anden leverandør",
    };

    /// <summary>What the visitator must do once the extended free choice is triggered.</summary>
    public const string FreeChoiceWhatToDo = "Informér borgeren om retten til at vælge en anden leverandør (udvidet frit valg), og registrér, hvordan det er gjort.";

    /// <summary>How the citizen was informed, as the forms offer it.</summary>
    public static IReadOnlyList<(InformationChannel Channel, string Danish)> Channels { get; } =
    [
        (InformationChannel.Phone, "telefon"),
        (InformationChannel.DigitalPost, "Digital Post"),
        (InformationChannel.Letter, "brev"),
        (InformationChannel.InPerson, "personligt fremmøde"),
    ];

    public static string Channel(InformationChannel channel) => Channels.First(c => c.Channel == channel).Danish;

    /// <summary>A number with a decimal comma, for the CSV a Danish Excel reads.</summary>
    public static string Number(decimal? value) => value is { } v ? v.ToString("0.####", Culture) : string.Empty;
}
