using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Tests.Support;
using Genoptraening.Domain.Vocabulary;
using Xunit;
using static Genoptraening.Domain.Courses.Occurrence;
using static Genoptraening.Domain.Tests.Support.Time;

namespace Genoptraening.Domain.Tests.Courses;

/// <summary>
/// Which alerts still ask for action (the inbox): an alert leaves when it is acknowledged or when its deadline is met,
/// met late, waived or cancelled; the free choice's breach leaves only when the citizen is informed.
/// </summary>
public class OpenAlertsTests
{
    // rebild/sel86-1 received Friday 27 March 2026: contact due Tuesday 31 March, warned Monday 30 March, breached 1 April.
    private static CourseScript Application() => CourseScript.Application("rebild/sel86-1", "2026-03-27T14:00:00+01:00");

    // rebild/sul140 discharged Friday 8 May 2026: the start guarantee is due 15 May, warned 14 May, breached 16 May.
    private static CourseScript Plan() => CourseScript.Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", discharge: "2026-05-08");

    private static string[] Open(CourseScript course) => [.. course.State.OpenAlerts.Select(a => $"{a.Kind.ToWireName()}/{a.Level}")];

    [Fact]
    public void Warning_StaysOpenWhileItsDeadlineIsPending_AndLeavesWhenItIsMet()
    {
        var warned = Application().AdvanceTo("2026-03-30T12:00:00+02:00");
        Assert.Equal(["contact/0"], Open(warned));

        var contacted = warned.Record(new CitizenContacted(At("2026-03-30T13:00:00+02:00")));

        Assert.Empty(Open(contacted));
        Assert.Null(contacted.State.Warnings.Single().Acknowledged);
    }

    [Fact]
    public void BreachAndWarning_StayOpenWhileBreached_AndLeaveWhenMetLate()
    {
        var breached = Application().AdvanceTo("2026-04-01T12:00:00+02:00");
        Assert.Equal(["contact/0", "contact/1"], Open(breached));

        var metLate = breached.Record(new CitizenContacted(At("2026-04-01T13:00:00+02:00")));

        Assert.Equal(DeadlineStatus.MetLate, metLate.Deadline(DeadlineKind.Contact).Status);
        Assert.Empty(Open(metLate));
    }

    [Fact]
    public void Warning_LeavesWhenItsDeadlineIsWaived()
    {
        var warned = Plan().AdvanceTo("2026-05-14T12:00:00+02:00");
        Assert.Contains("startGuarantee/0", Open(warned));

        var declined = warned.Record(new StartOfferDeclined(At("2026-05-14T13:00:00+02:00")));

        Assert.Equal(DeadlineStatus.Waived, declined.Deadline(DeadlineKind.StartGuarantee).Status);
        Assert.DoesNotContain("startGuarantee/0", Open(declined));
    }

    [Fact]
    public void FreeChoicesBreach_StaysOpenWhenAStartIsOfferedLate_UntilTheCitizenIsInformed()
    {
        var breached = Plan().AdvanceTo("2026-05-16T12:00:00+02:00");
        var offeredLate = breached.Record(new StartOffered(At("2026-05-16T13:00:00+02:00"), new NodaTime.LocalDate(2026, 5, 20)));

        Assert.Equal(DeadlineStatus.MetLate, offeredLate.Deadline(DeadlineKind.StartGuarantee).Status);
        Assert.Equal(["startGuarantee/1"], Open(offeredLate).Where(a => a.StartsWith("startGuarantee", StringComparison.Ordinal)));

        var informed = offeredLate.Record(new CitizenInformedOfFreeChoice(At("2026-05-16T14:00:00+02:00"), InformationChannel.DigitalPost));

        Assert.DoesNotContain(Open(informed), a => a.StartsWith("startGuarantee", StringComparison.Ordinal));
    }
}
