using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Tests.Support;
using Xunit;

namespace Genoptraening.Domain.Tests.Calendar;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;

    [Theory]
    // RULES.md § 2: received Saturday, 2 working days: Monday and Tuesday.
    [InlineData("2026-03-28", 2, "2026-03-31")]
    // RULES.md § 8 example 1: Friday + 2 working days.
    [InlineData("2026-03-27", 2, "2026-03-31")]
    // Easter 2026: Skærtorsdag 2 Apr, Langfredag 3 Apr, 2. påskedag 6 Apr (RULES.md § 8 example 2).
    [InlineData("2026-03-31", 2, "2026-04-07")]
    [InlineData("2026-04-01", 1, "2026-04-07")]
    // Kristi Himmelfartsdag Thursday 14 May 2026.
    [InlineData("2026-05-13", 1, "2026-05-15")]
    [InlineData("2026-05-12", 3, "2026-05-18")]
    // 2. pinsedag Monday 25 May 2026.
    [InlineData("2026-05-22", 1, "2026-05-26")]
    // Christmas 2026: 24 (closing day), 25, 26 Dec; 31 Dec (closing day), 1 Jan 2027.
    [InlineData("2026-12-23", 1, "2026-12-28")]
    [InlineData("2026-12-23", 4, "2027-01-04")]
    // Store Bededag 5 May 2023 and Grundlovsdag Monday 5 June 2023.
    [InlineData("2023-05-04", 1, "2023-05-08")]
    [InlineData("2023-06-02", 1, "2023-06-06")]
    // Zero working days is the anchor itself.
    [InlineData("2026-03-28", 0, "2026-03-28")]
    public void NthWorkingDayAfter_AcrossHolidays_SkipsThem(string anchor, int n, string expected) =>
        Assert.Equal(Time.D(expected), Calendar.NthWorkingDayAfter(Time.D(anchor), n));

    [Theory]
    [InlineData("2026-05-15", "2026-05-13")]
    [InlineData("2026-04-07", "2026-04-01")]
    [InlineData("2026-03-30", "2026-03-27")]
    [InlineData("2027-01-04", "2026-12-30")]
    public void LastWorkingDayBefore_SkipsWeekendsAndHolidays(string date, string expected) =>
        Assert.Equal(Time.D(expected), Calendar.LastWorkingDayBefore(Time.D(date)));

    [Fact]
    public void WorkingDaysBetween_EasterWeek2026_CountsOnlyHverdage() =>
        Assert.Equal(2, Calendar.WorkingDaysBetween(Time.D("2026-03-31"), Time.D("2026-04-07")));

    [Fact]
    public void Calendar_AtTheEdgesOfTheRange_KnowsTheHolidays()
    {
        Assert.True(Calendar.IsHoliday(Time.D("1900-01-01")));
        Assert.True(Calendar.IsWorkingDay(Time.D("1900-01-02")));
        Assert.True(Calendar.IsHoliday(Time.D("2200-12-25")));
        Assert.True(Calendar.IsHoliday(Easter.Sunday(2200).PlusDays(-2)));
    }

    [Theory]
    [InlineData("1899-12-29")]
    [InlineData("2201-01-05")]
    public void IsWorkingDay_OutsideTheRange_Throws(string date) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.IsWorkingDay(Time.D(date)));
}
