using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Storage;
using Genoptraening.Workflows.Storage.Azure;
using Genoptraening.Workflows.Tests.Support;
using NodaTime;
using Xunit;

namespace Genoptraening.Workflows.Tests.Storage;

public sealed class CourseProgressTests
{
    private static readonly Instant Received = Instant.FromUtc(2026, 5, 8, 8, 0);

    [Fact]
    public void Of_ACourseWhoseStartGuaranteeIsBreached_HasItsDeadlines_ItsPhaseFacts_AndTheFreeChoice_InformedOnceAcknowledgedSo()
    {
        var state = Started();
        state = Record(state, new Occurrence.CitizenContacted(Received + Duration.FromHours(2)));
        state = Decide(state, new CourseCommand.FireDueTimers(), Received + Duration.FromDays(60));

        var progress = CourseProgress.Of(state);

        Assert.Equal(state.Deadlines.Select(d => (d.Kind, d.Due, d.Status)), progress.Deadlines.Select(d => (d.Kind, d.Due, d.Status)));
        Assert.Contains(progress.Deadlines, d => d.Status == DeadlineStatus.Breached);
        Assert.True(progress.Contacted);
        Assert.False(CourseProgress.Of(Started()).Contacted);
        Assert.False(progress.Visitated);
        Assert.False(progress.TrainingStarted);
        Assert.NotNull(state.FreeChoiceTriggeredAt);
        Assert.False(progress.FreeChoiceInformed);
        var informed = Decide(state, new CourseCommand.Acknowledge(DeadlineKind.StartGuarantee, 1, FreeChoice.InformedCommentOfOldHistories, "rebild"), Received + Duration.FromDays(61));
        Assert.True(CourseProgress.Of(informed).FreeChoiceInformed);
    }

    [Fact]
    public void Decode_GivesBackWhatEncodeWrote()
    {
        var progress = new CourseProgress(
            [new DeadlineProgress(DeadlineKind.Contact, new LocalDate(2026, 5, 12), DeadlineStatus.MetLate), new DeadlineProgress(DeadlineKind.Start, new LocalDate(2026, 5, 15), DeadlineStatus.Breached)],
            Contacted: true, Visitated: true, TrainingStarted: false, FreeChoiceInformed: true);

        var decoded = ProgressText.Decode(ProgressText.Encode(progress));

        Assert.Equal(progress.Deadlines, decoded.Deadlines);
        Assert.Equal((true, true, false, (bool?)true), (decoded.Contacted, decoded.Visitated, decoded.TrainingStarted, decoded.FreeChoiceInformed));
        Assert.False(ProgressText.Decode(ProgressText.Encode(progress with { Contacted = false })).Contacted);
        Assert.Null(ProgressText.Decode(ProgressText.Encode(progress with { FreeChoiceInformed = null })).FreeChoiceInformed);
    }

    [Theory]
    [InlineData("met", true)]
    [InlineData("metLate", true)]
    [InlineData("pending", false)]
    [InlineData("breached", false)]
    public void Decode_ARowWrittenBeforeItHeldContacted_ReadsContactedFromItsContactDeadline(string status, bool contacted) =>
        Assert.Equal(contacted, ProgressText.Decode($$"""{"deadlines":[["contact","2026-05-12","{{status}}"]],"visitated":false,"trainingStarted":false,"freeChoiceInformed":null}""").Contacted);

    [Fact]
    public void Decode_RefusesATextItDidNotWrite() =>
        Assert.Throws<FormatException>(() => ProgressText.Decode("""{"deadlines":[["soon","2026-05-12","met"]],"visitated":true,"trainingStarted":false,"freeChoiceInformed":null}"""));

    private static CourseState Started()
    {
        var rules = TestCatalog.Instance.VersionFor(TestCatalog.Id("rebild/sul140"), new LocalDate(2026, 5, 8))!;
        return Decide(CourseState.Initial, new CourseCommand.StartCourse(rules, Referral.Plan(Received, new LocalDate(2026, 5, 8))), Received);
    }

    private static CourseState Record(CourseState state, Occurrence occurrence) => Decide(state, new CourseCommand.Record(occurrence), occurrence.At);

    private static CourseState Decide(CourseState state, CourseCommand command, Instant at) =>
        ((Decision.Accepted)CourseDecider.Decide(state, command, at)).Events.Aggregate(state, CourseDecider.Evolve);
}
