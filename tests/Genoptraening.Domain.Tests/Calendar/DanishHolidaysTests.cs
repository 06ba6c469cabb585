using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Tests.Support;
using Xunit;

namespace Genoptraening.Domain.Tests.Calendar;

public class DanishHolidaysTests
{
    /// <summary>
    /// The official Danish public holidays 2020–2030 (Nytårsdag, Skærtorsdag, Langfredag, 2. påskedag,
    /// Store Bededag until 2023, Kristi Himmelfartsdag, 2. pinsedag, 1. and 2. juledag) as published in
    /// the Danish holiday calendars. Påskedag and pinsedag are left out: they are Sundays anyway.
    /// </summary>
    public static TheoryData<int, string[]> PublishedHolidays => new()
    {
        { 2020, ["2020-01-01", "2020-04-09", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-21", "2020-06-01", "2020-12-25", "2020-12-26"] },
        { 2021, ["2021-01-01", "2021-04-01", "2021-04-02", "2021-04-05", "2021-04-30", "2021-05-13", "2021-05-24", "2021-12-25", "2021-12-26"] },
        { 2022, ["2022-01-01", "2022-04-14", "2022-04-15", "2022-04-18", "2022-05-13", "2022-05-26", "2022-06-06", "2022-12-25", "2022-12-26"] },
        { 2023, ["2023-01-01", "2023-04-06", "2023-04-07", "2023-04-10", "2023-05-05", "2023-05-18", "2023-05-29", "2023-12-25", "2023-12-26"] },
        { 2024, ["2024-01-01", "2024-03-28", "2024-03-29", "2024-04-01", "2024-05-09", "2024-05-20", "2024-12-25", "2024-12-26"] },
        { 2025, ["2025-01-01", "2025-04-17", "2025-04-18", "2025-04-21", "2025-05-29", "2025-06-09", "2025-12-25", "2025-12-26"] },
        { 2026, ["2026-01-01", "2026-04-02", "2026-04-03", "2026-04-06", "2026-05-14", "2026-05-25", "2026-12-25", "2026-12-26"] },
        { 2027, ["2027-01-01", "2027-03-25", "2027-03-26", "2027-03-29", "2027-05-06", "2027-05-17", "2027-12-25", "2027-12-26"] },
        { 2028, ["2028-01-01", "2028-04-13", "2028-04-14", "2028-04-17", "2028-05-25", "2028-06-05", "2028-12-25", "2028-12-26"] },
        { 2029, ["2029-01-01", "2029-03-29", "2029-03-30", "2029-04-02", "2029-05-10", "2029-05-21", "2029-12-25", "2029-12-26"] },
        { 2030, ["2030-01-01", "2030-04-18", "2030-04-19", "2030-04-22", "2030-05-30", "2030-06-10", "2030-12-25", "2030-12-26"] },
    };

    [Theory]
    [MemberData(nameof(PublishedHolidays))]
    public void Of_2020To2030_MatchesPublishedList(int year, string[] published)
    {
        var computed = DanishHolidays.Of(year, ClosingDays.None).Select(h => h.Date).ToHashSet();

        Assert.Equal(published.Select(Time.D).ToHashSet(), computed);
    }

    [Theory]
    [MemberData(nameof(PublishedHolidays))]
    public void WorkingDayCalendar_2020To2030_IsOffOnEveryPublishedHolidayAndOnNoOtherWeekday(int year, string[] published)
    {
        var calendar = new WorkingDayCalendar(ClosingDays.None);
        var holidays = published.Select(Time.D).ToHashSet();

        for (var day = new NodaTime.LocalDate(year, 1, 1); day.Year == year; day = day.PlusDays(1))
        {
            var weekend = day.DayOfWeek is NodaTime.IsoDayOfWeek.Saturday or NodaTime.IsoDayOfWeek.Sunday;
            Assert.Equal(!weekend && !holidays.Contains(day), calendar.IsWorkingDay(day));
        }
    }

    [Fact]
    public void GrundlovsdagOff_WhenItIs2Pinsedag_StaysAHoliday()
    {
        // 5 June 2028 is both Grundlovsdag and 2. pinsedag: turning the closing day off leaves the public holiday.
        var calendar = new WorkingDayCalendar(ClosingDays.Default with { Grundlovsdag = false });

        Assert.False(calendar.IsWorkingDay(Time.D("2028-06-05")));
        Assert.Equal(Time.D("2028-06-07"), calendar.NthWorkingDayAfter(Time.D("2028-06-02"), 2));
    }

    [Fact]
    public void Of_2023_HasStoreBededag()
    {
        var storeBededag = Assert.Single(DanishHolidays.Of(2023, ClosingDays.None), h => h.Name == "Store Bededag");
        Assert.Equal(Time.D("2023-05-05"), storeBededag.Date);
        Assert.False(WorkingDayCalendar.Default.IsWorkingDay(Time.D("2023-05-05")));
    }

    [Fact]
    public void Of_2024_HasNoStoreBededag()
    {
        Assert.DoesNotContain(DanishHolidays.Of(2024, ClosingDays.None), h => h.Name == "Store Bededag");
        Assert.True(WorkingDayCalendar.Default.IsWorkingDay(Time.D("2024-04-26")));
    }

    [Theory]
    [InlineData("2026-06-05", "Grundlovsdag")]
    [InlineData("2026-12-24", "Juleaftensdag")]
    [InlineData("2026-12-31", "Nytårsaftensdag")]
    public void ClosingDays_OnByDefault_OffWhenTheMunicipalitySaysSo(string date, string name)
    {
        var day = Time.D(date);
        Assert.Contains(DanishHolidays.Of(day.Year, ClosingDays.Default), h => h.Date == day && h.Name == name && h.IsClosingDay);
        Assert.False(WorkingDayCalendar.Default.IsWorkingDay(day));
        Assert.True(new WorkingDayCalendar(ClosingDays.None).IsWorkingDay(day));
    }

    [Fact]
    public void ClosingDays_EachCanBeTurnedOffAlone()
    {
        var calendar = new WorkingDayCalendar(ClosingDays.Default with { Juleaftensdag = false });

        Assert.True(calendar.IsWorkingDay(Time.D("2026-12-24")));
        Assert.False(calendar.IsWorkingDay(Time.D("2026-12-31")));
        Assert.False(calendar.IsWorkingDay(Time.D("2026-06-05")));
    }
}
