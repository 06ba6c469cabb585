using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Storage;
using NodaTime;
using Xunit;

namespace Genoptraening.Workflows.Tests.Storage;

/// <summary>What every course event store does, in memory and on Azure Tables alike.</summary>
public abstract class CourseEventStoreContract
{
    private static readonly StoredRequest Start = new("start", Instant.FromUtc(2026, 5, 8, 8, 0), "CourseStarted", "{}", "dev-hospital-a");

    /// <summary>A refusal with a field and arguments, to read back whole.</summary>
    private static readonly Decision.Rejected Refusal = new(RejectionCode.AtBeforeLastEvent, ["2026-05-09T09:00:00+02:00", "2026-05-09T10:00:00+02:00"], "at");

    protected abstract Task<ICourseEventStore> CreateAsync();

    [Fact]
    public async Task TryCreate_TheSameIdTwice_ClaimsItOnce()
    {
        var store = await CreateAsync();
        var id = Guid.NewGuid();

        Assert.True(await store.TryCreateAsync(id, Start, "plan:5790000000001/GGOP-1"));
        Assert.False(await store.TryCreateAsync(id, Start, "plan:5790000000001/GGOP-2"));
        Assert.Equal(new CourseHistory(0, [], "plan:5790000000001/GGOP-1"), await store.LoadAsync(id) is { } h ? h with { Events = [] } : null);
    }

    [Fact]
    public async Task Load_AnUnknownCourse_IsNull()
    {
        var store = await CreateAsync();

        Assert.Null(await store.LoadAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task TryAppend_AStep_WritesItsEventsAndAnswerTogether()
    {
        var store = await CreateAsync();
        var id = Guid.NewGuid();
        await store.TryCreateAsync(id, Start);

        Assert.True(await store.TryAppendAsync(id, new StepCommit(1, 0, [Event(1, 1), Event(2, 1)], new RequestAnswer("start", 1))));

        var history = (await store.LoadAsync(id))!;
        Assert.Equal(1, history.LastStep);
        Assert.Equal([Event(1, 1), Event(2, 1)], history.Events);
        Assert.Equal(new RequestAnswer("start", 1), await store.LoadAnswerAsync(id, "start"));
        Assert.Equal(Start, await store.LoadRequestAsync(id, "start"));
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 0)]
    public async Task TryAppend_AnOldStepOrVersion_IsRefusedAndWritesNothing(int step, int expectedVersion)
    {
        var store = await CreateAsync();
        var id = Guid.NewGuid();
        await store.TryCreateAsync(id, Start);
        await store.TryAppendAsync(id, new StepCommit(1, 0, [Event(1, 1), Event(2, 1)], null));

        Assert.False(await store.TryAppendAsync(id, new StepCommit(step, expectedVersion, [Event(expectedVersion + 1, step)], new RequestAnswer("r", step, new Decision.Rejected(RejectionCode.NotStarted, [])))));

        Assert.Equal(2, (await store.LoadAsync(id))!.Events.Count);
        Assert.Null(await store.LoadAnswerAsync(id, "r"));
    }

    [Fact]
    public async Task TryAppend_TwoWritersOfOneStep_OnlyOneWins()
    {
        var store = await CreateAsync();
        var id = Guid.NewGuid();
        await store.TryCreateAsync(id, Start);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => store.TryAppendAsync(id, new StepCommit(1, 0, [Event(1, 1)], null))));

        Assert.Single(results, r => r);
        Assert.Single((await store.LoadAsync(id))!.Events);
    }

    [Fact]
    public async Task SaveRequest_IsReadBack_AndARejectedStepRecordsItsAnswerWithoutEvents()
    {
        var store = await CreateAsync();
        var id = Guid.NewGuid();
        await store.TryCreateAsync(id, Start);
        var request = new StoredRequest("r2", Instant.FromUtc(2026, 5, 9, 7, 30, 15), "OccurrenceRecorded", """{"occurrence":{"type":"NoShow"}}""", "dev-rebild");

        await store.SaveRequestAsync(id, request);
        await store.TryAppendAsync(id, new StepCommit(2, 0, [], new RequestAnswer("r2", 2, Refusal)));

        Assert.Equal(request, await store.LoadRequestAsync(id, "r2"));
        Assert.Equal(new RequestAnswer("r2", 2, Refusal), await store.LoadAnswerAsync(id, "r2"));
        Assert.Equal(2, (await store.LoadAsync(id))!.LastStep);
    }

    [Fact]
    public async Task Purge_DeletesTheCourse_AndItsIdIsNeverClaimedAgain()
    {
        var store = await CreateAsync();
        var id = Guid.NewGuid();
        await store.TryCreateAsync(id, Start);
        await store.TryAppendAsync(id, new StepCommit(1, 0, [Event(1, 1)], new RequestAnswer("start", 1)));

        Assert.Equal(new CourseTombstone(id, "rebild"), await store.TombstoneAsync(id, "rebild"));
        await store.DeleteRowsAsync(id);

        Assert.Null(await store.LoadAsync(id));
        Assert.Null(await store.LoadRequestAsync(id, "start"));
        Assert.Null(await store.LoadAnswerAsync(id, "start"));
        Assert.False(await store.TryCreateAsync(id, Start));
        Assert.False(await store.SaveRequestAsync(id, Start with { RequestId = "late" }));
        Assert.False(await store.TryAppendAsync(id, new StepCommit(2, 1, [Event(2, 2)], null)));
    }

    [Fact]
    public async Task Purge_Repeated_KeepsTheFirstMunicipality_AndAnUnknownIdHasNoTombstone()
    {
        var store = await CreateAsync();
        var id = Guid.NewGuid();
        await store.TryCreateAsync(id, Start);
        await store.TombstoneAsync(id, "rebild");

        Assert.Equal(new CourseTombstone(id, "rebild"), await store.TombstoneAsync(id, null));
        await store.DeleteRowsAsync(id);
        await store.DeleteRowsAsync(id);
        Assert.Null(await store.TombstoneAsync(Guid.NewGuid(), "rebild"));
    }

    /// <summary>An event of a step; the odd ones a person recorded, the even ones the course's timers.</summary>
    private static StoredCourseEvent Event(int version, int step) =>
        new(version, step, "DeadlineMet", $$"""{"at":"2026-05-08T10:00:00Z","n":{{version}}}""", version % 2 == 1 ? "dev-rebild" : Actor.System);
}
