using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Reports;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Storage;
using Genoptraening.Workflows.Tests.Support;
using NodaTime;
using Xunit;

namespace Genoptraening.Workflows.Tests.Storage;

/// <summary>What every read model does, in memory and on Azure Tables alike.</summary>
public abstract class CourseReadModelContract
{
    private static readonly Instant Received = Instant.FromUtc(2026, 5, 8, 8, 0);

    protected abstract Task<ICourseReadModel> CreateAsync();

    [Fact]
    public async Task Publish_AnOlderStep_DoesNotReplaceANewerOne()
    {
        var readModel = await CreateAsync();
        var id = Guid.NewGuid();
        var newer = Summary(id, "rebild/sul140", step: 5, due: 3);

        await readModel.PublishAsync(Summary(id, "rebild/sul140", step: 3, due: null));
        await readModel.PublishAsync(newer);
        await readModel.PublishAsync(Summary(id, "rebild/sul140", step: 4, due: 1));

        Assert.Equal(newer, await readModel.FindAsync("rebild", id));
        Assert.Null(await readModel.FindAsync("norddjurs", id));
        Assert.Equal([newer], (await readModel.ListAsync(new CourseListQuery("rebild", null, null, 10))).Items);
    }

    [Fact]
    public async Task Publish_TheFirstStep_AtIntakeAndAgainByTheStep_IsOneRow_AndNeverReplacesALaterStep()
    {
        var readModel = await CreateAsync();
        var id = Guid.NewGuid();
        var first = Summary(id, "rebild/sul140", step: 1, due: 2);
        var second = Summary(id, "rebild/sul140", step: 2, due: 4);

        await readModel.PublishAsync(first); // at intake
        await readModel.PublishAsync(first); // by the start step
        Assert.Equal([first], (await readModel.ListAsync(new CourseListQuery("rebild", null, null, 10))).Items);

        await readModel.PublishAsync(second);
        await readModel.PublishAsync(first); // an intake that comes late
        Assert.Equal(second, await readModel.FindAsync("rebild", id));
        Assert.Equal([second], (await readModel.ListAsync(new CourseListQuery("rebild", null, null, 10))).Items);
    }

    [Fact]
    public async Task List_InPagesOfTwo_GivesActiveCoursesSoonestDueFirst_ThenEndedOnes()
    {
        var readModel = await CreateAsync();
        var late = Summary(Guid.NewGuid(), "rebild/sul140", 2, due: 9);
        var soon = Summary(Guid.NewGuid(), "rebild/sel86-1", 2, due: 1);
        var nothingDue = Summary(Guid.NewGuid(), "rebild/sul140", 2, due: null);
        var ended = Summary(Guid.NewGuid(), "rebild/sul140", 7, due: null, outcome: "completed");
        var moved = Summary(Guid.NewGuid(), "rebild/sul140", 2, due: 2);
        foreach (var summary in new[] { late, soon, nothingDue, ended, moved, moved with { Step = 3, NextDueAt = Day(5) } })
        {
            await readModel.PublishAsync(summary);
        }

        await readModel.PublishAsync(Summary(Guid.NewGuid(), "norddjurs/sul140", 2, due: 0) with { Municipality = "norddjurs" });

        var all = await AllPagesAsync(readModel, new CourseListQuery("rebild", null, null, 2));
        Assert.Equal([soon.CourseId, moved.CourseId, late.CourseId, nothingDue.CourseId, ended.CourseId], all.Select(c => c.CourseId));
        Assert.Equal(Day(5), all[1].NextDueAt);
        Assert.Equal([ended.CourseId], (await AllPagesAsync(readModel, new CourseListQuery("rebild", null, "ended", 2))).Select(c => c.CourseId));
        Assert.Equal([ended.CourseId], (await AllPagesAsync(readModel, new CourseListQuery("rebild", null, "completed", 2))).Select(c => c.CourseId));
        Assert.Empty((await readModel.ListAsync(new CourseListQuery("rebild", null, "cancelled", 2))).Items);
        Assert.Equal([soon.CourseId], (await AllPagesAsync(readModel, new CourseListQuery("rebild", "rebild/sel86-1", "active", 2))).Select(c => c.CourseId));
    }

    [Fact]
    public async Task Publish_KeepsTheOverviewsProgress_InTheCourseRowAndItsListRow()
    {
        var readModel = await CreateAsync();
        var id = Guid.NewGuid();
        var row = Summary(id, "rebild/sul140", 2, due: 1) with { Progress = new CourseProgress([new DeadlineProgress(DeadlineKind.Contact, new LocalDate(2026, 5, 12), DeadlineStatus.Met)], true, true, false, null) };

        await readModel.PublishAsync(row);

        Assert.Equal(row, await readModel.FindAsync("rebild", id));
        Assert.Equal([row], (await readModel.ListAsync(new CourseListQuery("rebild", null, "active", 10))).Items);
    }

    [Fact]
    public async Task Inbox_ListsActiveCoursesWithAnOpenAlert_MostUrgentFirst_AndACourseLeavesItWhenNoneIsOpenOrItEnds()
    {
        var readModel = await CreateAsync();
        var levelOne = Summary(Guid.NewGuid(), "rebild/sul140", 2, due: 9) with { Alerts = AlertsOf((DeadlineKind.Contact, 1, 3), (DeadlineKind.Contact, 0, 1)) };
        var levelTwo = Summary(Guid.NewGuid(), "rebild/sul140", 2, due: 9) with { Alerts = AlertsOf((DeadlineKind.Contact, 2, 5)) };
        var warning = Summary(Guid.NewGuid(), "rebild/sul140", 2, due: 1) with { Alerts = AlertsOf((DeadlineKind.StartGuarantee, 0, 1)) };
        var earlierLevelOne = Summary(Guid.NewGuid(), "rebild/sel86-1", 2, due: null) with { Alerts = AlertsOf((DeadlineKind.Decision, 1, 2)) };
        var noneOpen = Summary(Guid.NewGuid(), "rebild/sul140", 2, due: 0) with { Alerts = AlertsOf() };
        var olderRow = Summary(Guid.NewGuid(), "rebild/sul140", 2, due: 0);
        var ended = Summary(Guid.NewGuid(), "rebild/sul140", 9, due: null, outcome: "completed") with { Alerts = AlertsOf((DeadlineKind.Contact, 2, 0)) };
        foreach (var summary in new[] { levelOne, levelTwo, warning, earlierLevelOne, noneOpen, olderRow, ended })
        {
            await readModel.PublishAsync(summary);
        }

        await readModel.PublishAsync(Summary(Guid.NewGuid(), "norddjurs/sul140", 2, due: 0) with { Municipality = "norddjurs", Alerts = AlertsOf((DeadlineKind.Contact, 2, 0)) });

        Assert.Equal([levelTwo, earlierLevelOne, levelOne, warning], await readModel.ListInboxAsync("rebild", 10));
        Assert.Equal([levelTwo, earlierLevelOne], await readModel.ListInboxAsync("rebild", 2));
        Assert.Equal(7, (await readModel.ListAsync(new CourseListQuery("rebild", null, null, 100))).Items.Count); // the lists hold no inbox row

        var acknowledged = levelTwo with { Step = 3, Version = 10, Alerts = AlertsOf() };
        var escalated = warning with { Step = 3, Version = 10, Alerts = AlertsOf((DeadlineKind.StartGuarantee, 2, 4)) };
        var endedSince = levelOne with { Step = 3, Version = 10, Outcome = "cancelled" };
        var anotherAlert = earlierLevelOne with { Step = 3, Version = 10, Alerts = AlertsOf((DeadlineKind.Decision, 1, 2), (DeadlineKind.Contact, 0, 6)) };
        var startedWithOne = Summary(Guid.NewGuid(), "rebild/sul140", 1, due: 1) with { Alerts = AlertsOf((DeadlineKind.Contact, 0, 7)) };
        foreach (var summary in new[] { acknowledged, escalated, endedSince, levelTwo, anotherAlert, startedWithOne })
        {
            await readModel.PublishAsync(summary);
        }

        Assert.Equal([escalated, anotherAlert, startedWithOne], await readModel.ListInboxAsync("rebild", 10));
        Assert.Equal(acknowledged, await readModel.FindAsync("rebild", levelTwo.CourseId));
    }

    [Fact]
    public async Task Delete_RemovesTheCourseFromReadsAndLists()
    {
        var readModel = await CreateAsync();
        var id = Guid.NewGuid();
        await readModel.PublishAsync(Summary(id, "rebild/sul140", 2, due: 1) with { Alerts = AlertsOf((DeadlineKind.Contact, 1, 1)) });

        await readModel.DeleteAsync("rebild", id);

        Assert.Null(await readModel.FindAsync("rebild", id));
        Assert.Empty((await readModel.ListAsync(new CourseListQuery("rebild", null, null, 10))).Items);
        Assert.Empty(await readModel.ListInboxAsync("rebild", 10));
    }

    [Fact]
    public async Task CountFacts_CountsTheMunicipalitysCoursesReceivedInThePeriod_ByTheirFacts()
    {
        var readModel = await CreateAsync();
        var (justStarted, contacted) = (FactsOf(), FactsOf(new Occurrence.CitizenContacted(Received + Duration.FromHours(1))));
        await readModel.PublishAsync(Summary(Guid.NewGuid(), "rebild/sul140", 1, due: 1) with { Facts = justStarted });
        await readModel.PublishAsync(Summary(Guid.NewGuid(), "rebild/sul140", 1, due: 1) with { Facts = justStarted });
        await readModel.PublishAsync(Summary(Guid.NewGuid(), "rebild/sul140", 2, due: 1) with { Facts = contacted });
        await readModel.PublishAsync(Summary(Guid.NewGuid(), "rebild/sul140", 1, due: 1) with { Facts = justStarted, ReceivedAt = Received + Duration.FromDays(40) });
        await readModel.PublishAsync(Summary(Guid.NewGuid(), "rebild/sul140", 1, due: 1) with { Facts = justStarted, Municipality = "norddjurs" });

        var counts = await readModel.CountFactsAsync("rebild", Received, Received + Duration.FromDays(30));

        Assert.Equal([2, 1], counts.Select(c => c.Count).OrderDescending());
        Assert.All(counts, c => Assert.Equal("rebild/sul140", c.Standard.ToString()));
        Assert.Equal(contacted, Assert.Single(counts, c => c.Count == 1).Facts);
    }

    private static CourseFacts FactsOf(params Occurrence[] occurrences)
    {
        var rules = TestCatalog.Instance.VersionFor(TestCatalog.Id("rebild/sul140"), new LocalDate(2026, 5, 8))!;
        var state = CourseDecider.Fold(((Decision.Accepted)CourseDecider.Decide(
            CourseState.Initial, new CourseCommand.StartCourse(rules, Referral.Plan(Received, new LocalDate(2026, 5, 8))), Received)).Events);
        foreach (var occurrence in occurrences)
        {
            state = ((Decision.Accepted)CourseDecider.Decide(state, new CourseCommand.Record(occurrence), occurrence.At)).Events
                .Aggregate(state, CourseDecider.Evolve);
        }

        return CourseFacts.Of(state);
    }

    private static async Task<List<CourseSummary>> AllPagesAsync(ICourseReadModel readModel, CourseListQuery query)
    {
        var all = new List<CourseSummary>();
        for (var page = await readModel.ListAsync(query); ; page = await readModel.ListAsync(query with { ContinuationToken = page.ContinuationToken }))
        {
            Assert.True(page.Items.Count <= query.Top);
            all.AddRange(page.Items);
            if (page.ContinuationToken is null)
            {
                return all;
            }
        }
    }

    private static Instant Day(int day) => Received + Duration.FromDays(day);

    private static CourseAlerts AlertsOf(params (DeadlineKind Kind, int Level, int Day)[] open) =>
        new(CourseAlerts.MostUrgentFirst(open.Select(a => new Alert(a.Kind, a.Level, Day(a.Day)))), null);

    private static CourseSummary Summary(Guid id, string standard, int step, int? due, string? outcome = null) =>
        new(id, "rebild", standard, 1, step, step * 3, outcome, due is { } d ? Day(d) : null, Received, FactsOf(), $"plan:5790000000001/{id:N}");
}
