using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Deadlines;
using Genoptraening.Domain.Tests.Support;
using Genoptraening.Domain.Vocabulary;
using NodaTime;
using Xunit;

namespace Genoptraening.Domain.Tests.Deadlines;

public class DeadlineArithmeticTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;

    [Theory]
    [InlineData("2026-05-08", 4, OffsetUnit.Days, "2026-05-12")]
    [InlineData("2026-05-08", 7, OffsetUnit.Days, "2026-05-15")]
    [InlineData("2026-05-08", 14, OffsetUnit.Days, "2026-05-22")]
    [InlineData("2026-03-27", 1, OffsetUnit.Weeks, "2026-04-03")]
    [InlineData("2026-01-31", 6, OffsetUnit.Weeks, "2026-03-14")]
    [InlineData("2026-01-31", 3, OffsetUnit.Months, "2026-04-30")]
    [InlineData("2026-01-31", 1, OffsetUnit.Months, "2026-02-28")]
    [InlineData("2028-01-31", 1, OffsetUnit.Months, "2028-02-29")]
    [InlineData("2026-03-27", 2, OffsetUnit.WorkingDays, "2026-03-31")]
    [InlineData("2026-03-31", 10, OffsetUnit.WorkingDays, "2026-04-17")]
    public void DueDate_EachUnit_FollowsRulesSection2(string anchor, int amount, OffsetUnit unit, string expected) =>
        Assert.Equal(Time.D(expected), DeadlineArithmetic.DueDate(Time.D(anchor), new DeadlineOffset(amount, unit), rollForward: false, Calendar));

    [Theory]
    [InlineData(false, "2026-05-09")]
    [InlineData(true, "2026-05-11")]
    public void DueDate_OnASaturday_StaysUnlessRollForward(bool rollForward, string expected) =>
        Assert.Equal(Time.D(expected), DeadlineArithmetic.DueDate(Time.D("2026-05-02"), new DeadlineOffset(7, OffsetUnit.Days), rollForward, Calendar));

    [Theory]
    // Summer time: due 2026-05-15, breach at 00:00+02:00 on the 16th.
    [InlineData("2026-05-15", "2026-05-16T00:00:00+02:00")]
    // Winter time.
    [InlineData("2026-01-10", "2026-01-11T00:00:00+01:00")]
    // Spring forward on Sunday 29 March 2026 at 02:00: the midnight before is still +01:00.
    [InlineData("2026-03-28", "2026-03-29T00:00:00+01:00")]
    [InlineData("2026-03-29", "2026-03-30T00:00:00+02:00")]
    // Fall back on Sunday 25 October 2026 at 03:00: the midnight before is still +02:00.
    [InlineData("2026-10-24", "2026-10-25T00:00:00+02:00")]
    [InlineData("2026-10-25", "2026-10-26T00:00:00+01:00")]
    public void BreachInstant_AcrossBothDstChanges_IsLocalMidnightAfterTheDueDate(string due, string expected) =>
        Assert.Equal(Time.At(expected), DeadlineArithmetic.BreachInstant(Time.D(due)));

    [Fact]
    public void BreachInstant_DaysAroundDst_Are23And25HoursApart()
    {
        var beforeSpring = DeadlineArithmetic.BreachInstant(Time.D("2026-03-28"));
        var afterSpring = DeadlineArithmetic.BreachInstant(Time.D("2026-03-29"));
        var beforeFall = DeadlineArithmetic.BreachInstant(Time.D("2026-10-24"));
        var afterFall = DeadlineArithmetic.BreachInstant(Time.D("2026-10-25"));

        Assert.Equal(Duration.FromHours(23), afterSpring - beforeSpring);
        Assert.Equal(Duration.FromHours(25), afterFall - beforeFall);
    }

    [Theory]
    [InlineData("2026-05-12", "2026-05-11T00:00:00+02:00")]
    [InlineData("2026-05-15", "2026-05-13T00:00:00+02:00")]
    [InlineData("2026-04-07", "2026-04-01T00:00:00+02:00")]
    public void WarningInstant_IsMidnightOfTheLastWorkingDayBeforeDue(string due, string expected) =>
        Assert.Equal(Time.At(expected), DeadlineArithmetic.WarningInstant(Time.D(due), Calendar));

    [Fact]
    public void Level2Instant_WorkedExample3_IsThe20thOfMay() =>
        Assert.Equal(Time.At("2026-05-20T00:00:00+02:00"), DeadlineArithmetic.Level2Instant(Time.D("2026-05-15"), 2, Calendar));
}
