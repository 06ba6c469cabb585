using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Tests.Support;
using NodaTime;
using Xunit;

namespace Genoptraening.Domain.Tests.Calendar;

public class EasterTests
{
    [Theory]
    [InlineData(1900, "1900-04-15")]
    [InlineData(1954, "1954-04-18")]
    [InlineData(1981, "1981-04-19")]
    [InlineData(2000, "2000-04-23")]
    [InlineData(2008, "2008-03-23")]
    [InlineData(2011, "2011-04-24")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2049, "2049-04-18")]
    [InlineData(2100, "2100-03-28")]
    public void Sunday_KnownYears_MatchesPublishedDates(int year, string expected) =>
        Assert.Equal(Time.D(expected), Easter.Sunday(year));

    [Fact]
    public void Sunday_1900To2100_AgreesWithGaussAlgorithm()
    {
        for (var year = 1900; year <= 2100; year++)
        {
            Assert.Equal(GaussEaster(year), Easter.Sunday(year));
        }
    }

    [Fact]
    public void Sunday_AlwaysASundayBetween22MarchAnd25April()
    {
        for (var year = WorkingDayCalendar.FirstYear; year <= WorkingDayCalendar.LastYear; year++)
        {
            var easter = Easter.Sunday(year);
            Assert.Equal(IsoDayOfWeek.Sunday, easter.DayOfWeek);
            Assert.InRange(easter, new LocalDate(year, 3, 22), new LocalDate(year, 4, 25));
        }
    }

    /// <summary>Gauss's Easter algorithm with its two Gregorian exceptions: independent of Meeus/Jones/Butcher.</summary>
    private static LocalDate GaussEaster(int year)
    {
        var a = year % 19;
        var b = year % 4;
        var c = year % 7;
        var k = year / 100;
        var p = (13 + (8 * k)) / 25;
        var q = k / 4;
        var m = (15 - p + k - q) % 30;
        var n = (4 + k - q) % 7;
        var d = ((19 * a) + m) % 30;
        var e = ((2 * b) + (4 * c) + (6 * d) + n) % 7;
        if (d == 29 && e == 6)
        {
            return new LocalDate(year, 4, 19);
        }

        if (d == 28 && e == 6 && ((11 * m) + 11) % 30 < 19)
        {
            return new LocalDate(year, 4, 18);
        }

        return new LocalDate(year, 3, 22).PlusDays(d + e);
    }
}
