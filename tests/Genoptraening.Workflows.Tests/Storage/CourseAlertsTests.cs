using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Storage;
using Genoptraening.Workflows.Storage.Azure;
using Genoptraening.Workflows.Tests.Support;
using NodaTime;
using Xunit;

namespace Genoptraening.Workflows.Tests.Storage;

public sealed class CourseAlertsTests
{
    private static readonly Instant Received = Instant.FromUtc(2026, 5, 8, 8, 0);

    [Fact]
    public void Of_ACourseWhoseStartGuaranteeIsBreached_HasItsOpenAlertsMostUrgentFirst_AndTheFreeChoice_InformedOnceAcknowledgedSo()
    {
        var state = Decide(Started(), new CourseCommand.FireDueTimers(), Received + Duration.FromDays(60));

        var alerts = CourseAlerts.Of(state);

        Assert.Equal(state.OpenAlerts.OrderByDescending(a => a.Level).ThenBy(a => a.At), alerts.Open);
        Assert.Equal(2, alerts.MostUrgent!.Level);
        Assert.Equal(new FreeChoice(state.FreeChoiceTriggeredAt!.Value, DeadlineKind.StartGuarantee), alerts.FreeChoice);
        var itsBreach = Assert.Single(alerts.Open, alerts.IsFreeChoiceBreach);
        Assert.Equal((DeadlineKind.StartGuarantee, 1), (itsBreach.Kind, itsBreach.Level));

        var informedAt = Received + Duration.FromDays(61);
        var informed = CourseAlerts.Of(Decide(state, new CourseCommand.Acknowledge(DeadlineKind.StartGuarantee, 1, FreeChoice.InformedCommentOfOldHistories, "rebild"), informedAt));
        Assert.Equal(informedAt, informed.FreeChoice!.InformedAt);
        Assert.DoesNotContain(informed.Open, informed.IsFreeChoiceBreach);
        Assert.Equal(alerts.Open.Count - 1, informed.Open.Count);
    }

    [Fact]
    public void Decode_GivesBackWhatEncodeWrote()
    {
        var alerts = new CourseAlerts(
            [new Alert(DeadlineKind.Contact, 2, Received + Duration.FromDays(5)), new Alert(DeadlineKind.StartGuarantee, 0, Received + Duration.FromHours(30))],
            new FreeChoice(Received + Duration.FromDays(7), DeadlineKind.StartGuarantee) { InformedAt = Received + Duration.FromDays(8), Channel = InformationChannel.Phone });

        var decoded = AlertsText.Decode(AlertsText.Encode(alerts));

        Assert.Equal(alerts.Open, decoded.Open);
        Assert.Equal(alerts.FreeChoice, decoded.FreeChoice);
        Assert.Null(AlertsText.Decode(AlertsText.Encode(alerts with { FreeChoice = alerts.FreeChoice! with { InformedAt = null } })).FreeChoice!.InformedAt);
        Assert.Null(AlertsText.Decode(AlertsText.Encode(alerts with { FreeChoice = null })).FreeChoice);
    }

    [Fact]
    public void Decode_RefusesATextItDidNotWrite() =>
        Assert.Throws<FormatException>(() => AlertsText.Decode("""{"open":[["soon",1,"2026-05-12T08:00:00Z"]],"freeChoice":null}"""));

    private static CourseState Started()
    {
        var rules = TestCatalog.Instance.VersionFor(TestCatalog.Id("rebild/sul140"), new LocalDate(2026, 5, 8))!;
        return Decide(CourseState.Initial, new CourseCommand.StartCourse(rules, Referral.Plan(Received, new LocalDate(2026, 5, 8))), Received);
    }

    private static CourseState Decide(CourseState state, CourseCommand command, Instant at) =>
        ((Decision.Accepted)CourseDecider.Decide(state, command, at)).Events.Aggregate(state, CourseDecider.Evolve);
}
