using NodaTime;

namespace Genoptraening.Domain.Calendar;

/// <summary>Danish public holidays (helligdage) and closing days of one year, RULES.md § 3.</summary>
public static class DanishHolidays
{
    /// <summary>Store Bededag was abolished from 1 January 2024; 2023 was its last year.</summary>
    public const int LastYearWithStoreBededag = 2023;

    /// <summary>Every holiday and closing day of the year, in date order, closing days included as configured.</summary>
    public static IReadOnlyList<Holiday> Of(int year, ClosingDays closingDays)
    {
        ArgumentNullException.ThrowIfNull(closingDays);
        var easter = Easter.Sunday(year);
        var days = new List<Holiday>
        {
            new(new LocalDate(year, 1, 1), "Nytårsdag", false),
            new(easter.PlusDays(-3), "Skærtorsdag", false),
            new(easter.PlusDays(-2), "Langfredag", false),
            new(easter.PlusDays(1), "2. påskedag", false),
            new(easter.PlusDays(39), "Kristi Himmelfartsdag", false),
            new(easter.PlusDays(50), "2. pinsedag", false),
            new(new LocalDate(year, 12, 25), "1. juledag", false),
            new(new LocalDate(year, 12, 26), "2. juledag", false),
        };
        if (year <= LastYearWithStoreBededag)
        {
            days.Add(new(easter.PlusDays(26), "Store Bededag", false));
        }

        if (closingDays.Grundlovsdag)
        {
            days.Add(new(new LocalDate(year, 6, 5), "Grundlovsdag", true));
        }

        if (closingDays.Juleaftensdag)
        {
            days.Add(new(new LocalDate(year, 12, 24), "Juleaftensdag", true));
        }

        if (closingDays.Nytaarsaftensdag)
        {
            days.Add(new(new LocalDate(year, 12, 31), "Nytårsaftensdag", true));
        }

        days.Sort((x, y) => x.Date.CompareTo(y.Date));
        return days;
    }
}
