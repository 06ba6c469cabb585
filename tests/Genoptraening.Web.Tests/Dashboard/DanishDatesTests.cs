using Genoptraening.Web.Dashboard;
using NodaTime;
using Xunit;

namespace Genoptraening.Web.Tests.Dashboard;

/// <summary>The dashboard's date fields take dates as a Dane types them, whatever the browser's language.</summary>
public class DanishDatesTests
{
    [Theory]
    [InlineData("15-06-2026")]
    [InlineData("15.06.2026")]
    [InlineData("15/6 2026")]
    [InlineData("15-6-2026")]
    [InlineData("2026-06-15")]
    public void DateOf_DayMonthYear_OrIso(string text) => Assert.Equal(new LocalDate(2026, 6, 15), DanishDates.DateOf(text));

    [Theory]
    [InlineData("06/15/2026")]
    [InlineData("31-02-2026")]
    [InlineData("15-06-26")]
    [InlineData("15-06")]
    [InlineData("i morgen")]
    [InlineData("")]
    public void DateOf_AnythingElse_IsNull(string text) => Assert.Null(DanishDates.DateOf(text));

    [Theory]
    [InlineData("15-06-2026 09:30")]
    [InlineData("15-06-2026 kl. 09.30")]
    [InlineData("15.06.2026 9:30")]
    [InlineData("2026-06-15T09:30")]
    [InlineData("15/6 2026 9:30")]
    public void LocalTimeOf_ADateAndATimeOfDay(string text) => Assert.Equal(new LocalDateTime(2026, 6, 15, 9, 30), DanishDates.LocalTimeOf(text));

    [Theory]
    [InlineData("15-06-2026")]
    [InlineData("15-06-2026 24:00")]
    [InlineData("15-06-2026 09:60")]
    [InlineData("31-02-2026 09:30")]
    [InlineData("09:30")]
    public void LocalTimeOf_WithoutAValidDateAndTime_IsNull(string text) => Assert.Null(DanishDates.LocalTimeOf(text));
}
