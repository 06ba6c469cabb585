using Genoptraening.Workflows.Store;
using NodaTime;
using Xunit;

namespace Genoptraening.Workflows.Tests.Store;

/// <summary>The store suite both stores pass: SQLite and PostgreSQL run the same tests.</summary>
public abstract class CourseStoreContract : IAsyncLifetime
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 5, 8, 8, 0);

    protected ICourseStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Store = await CreateStoreAsync();
        await Store.MigrateAsync();
    }

    public async Task DisposeAsync() => await Store.DisposeAsync();

    protected abstract Task<ICourseStore> CreateStoreAsync();

    [Fact]
    public async Task Commit_NewCourse_LoadsBackRowAndEvents()
    {
        var write = NewCourse(Guid.NewGuid(), events: 3, timerAt: T0 + Duration.FromDays(2));

        Assert.Equal(CommitResult.Committed, await Store.CommitAsync(write));

        var loaded = await Store.LoadAsync(write.Course.Id);
        Assert.NotNull(loaded);
        Assert.Equal(write.Course, loaded.Row);
        Assert.Equal(write.Events, loaded.Events);
    }

    [Fact]
    public async Task Commit_StaleVersion_ConflictsAndWritesNothing()
    {
        var id = Guid.NewGuid();
        await Store.CommitAsync(NewCourse(id, events: 2));
        await Store.CommitAsync(Next(id, expected: 2, events: 1));

        var stale = Next(id, expected: 2, events: 1, outbox: true);

        Assert.Equal(CommitResult.VersionConflict, await Store.CommitAsync(stale));
        Assert.Equal(3, (await Store.LoadAsync(id))!.Events.Count);
        Assert.Empty(await Store.ListOutboxAsync(OutboxStatus.Pending, 10));
    }

    [Fact]
    public async Task Commit_SameReferralTwice_SecondIsDuplicate()
    {
        await Store.CommitAsync(NewCourse(Guid.NewGuid(), referralKey: "5790000000001/GGOP-1"));

        var second = NewCourse(Guid.NewGuid(), referralKey: "5790000000001/GGOP-1");

        Assert.Equal(CommitResult.DuplicateReferral, await Store.CommitAsync(second));
        Assert.Null(await Store.LoadAsync(second.Course.Id));
        Assert.NotNull(await Store.FindByReferralKeyAsync("5790000000001/GGOP-1"));
    }

    [Fact]
    public async Task Commit_FailingInTheMiddle_LeavesNoTrace()
    {
        var id = Guid.NewGuid();
        await Store.CommitAsync(NewCourse(id, events: 1, timerAt: T0 + Duration.FromDays(1)));
        var good = Next(id, expected: 1, events: 2, timerAt: T0 + Duration.FromDays(5), outbox: true);
        // The second event reuses the first one's version: the insert fails after the row update.
        var broken = good with { Events = [good.Events[0], good.Events[0]] };

        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            if (await Store.CommitAsync(broken) != CommitResult.Committed)
            {
                throw new InvalidOperationException("refused");
            }
        });

        var loaded = await Store.LoadAsync(id);
        Assert.Equal(1, loaded!.Row.Version);
        Assert.Single(loaded.Events);
        Assert.Empty(await Store.ListOutboxAsync(OutboxStatus.Pending, 10));
        Assert.Equal(T0 + Duration.FromDays(1), await Store.NextTimerDueAsync());
    }

    [Fact]
    public async Task CommitMany_OneStepConflicts_TheOthersAreCommitted()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var c = Guid.NewGuid();
        foreach (var id in new[] { a, b, c })
        {
            await Store.CommitAsync(NewCourse(id, events: 1, timerAt: T0));
        }

        await Store.CommitAsync(Next(b, expected: 1));

        var results = await Store.CommitManyAsync([Next(a, expected: 1, outbox: true), Next(b, expected: 1, outbox: true), Next(c, expected: 1, outbox: true)]);

        Assert.Equal([CommitResult.Committed, CommitResult.VersionConflict, CommitResult.Committed], results);
        Assert.Equal(2, (await Store.LoadAsync(a))!.Events.Count);
        Assert.Equal(2, (await Store.LoadAsync(b))!.Events.Count);
        Assert.Equal(2, (await Store.ListOutboxAsync(OutboxStatus.Pending, 10)).Count);
    }

    [Fact]
    public async Task CommitMany_AStepBreakingAUniqueKey_IsRefusedAlone()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        await Store.CommitAsync(NewCourse(a, events: 1));
        await Store.CommitAsync(NewCourse(b, events: 1));
        var good = Next(a, expected: 1);
        var broken = Next(b, expected: 1, events: 2);
        broken = broken with { Events = [broken.Events[0], broken.Events[0]] };

        var results = await Store.CommitManyAsync([good, broken]);

        Assert.Equal([CommitResult.Committed, CommitResult.VersionConflict], results);
        Assert.Equal(2, (await Store.LoadAsync(a))!.Events.Count);
        Assert.Single((await Store.LoadAsync(b))!.Events);
    }

    [Fact]
    public async Task Timers_AStepReplacesTheCoursesTimer_NullDeletesIt()
    {
        var id = Guid.NewGuid();
        await Store.CommitAsync(NewCourse(id, timerAt: T0 + Duration.FromDays(1)));
        await Store.CommitAsync(Next(id, expected: 1, timerAt: T0 + Duration.FromDays(3)));
        Assert.Equal(1, await Store.CountTimersAsync());
        Assert.Equal(T0 + Duration.FromDays(3), await Store.NextTimerDueAsync());

        await Store.CommitAsync(Next(id, expected: 2, timerAt: null));

        Assert.Equal(0, await Store.CountTimersAsync());
        Assert.Null(await Store.NextTimerDueAsync());
    }

    [Fact]
    public async Task ClaimDueTimers_OnlyDueAndUnleased_EarliestFirst()
    {
        var early = Guid.NewGuid();
        var late = Guid.NewGuid();
        var future = Guid.NewGuid();
        await Store.CommitAsync(NewCourse(late, timerAt: T0 + Duration.FromHours(2)));
        await Store.CommitAsync(NewCourse(early, timerAt: T0 + Duration.FromHours(1)));
        await Store.CommitAsync(NewCourse(future, timerAt: T0 + Duration.FromDays(9)));
        var now = T0 + Duration.FromHours(3);

        var first = await Store.ClaimDueTimersAsync("a", now, 10, now + Duration.FromSeconds(30));
        var second = await Store.ClaimDueTimersAsync("b", now, 10, now + Duration.FromSeconds(30));
        var afterLease = await Store.ClaimDueTimersAsync("b", now + Duration.FromSeconds(31), 10, now + Duration.FromMinutes(1));

        Assert.Equal([early, late], first.Select(t => t.CourseId));
        Assert.Empty(second);
        Assert.Equal([early, late], afterLease.Select(t => t.CourseId));
    }

    [Fact]
    public async Task Outbox_DeliveredOnce_RetriedWithBackoff_ParkedAtTheEnd()
    {
        var id = Guid.NewGuid();
        await Store.CommitAsync(NewCourse(id, outbox: true));
        var message = Assert.Single(await Store.ClaimOutboxAsync("a", T0, 10, T0 + Duration.FromSeconds(30)));
        Assert.Empty(await Store.ClaimOutboxAsync("b", T0, 10, T0 + Duration.FromSeconds(30)));

        await Store.MarkFailedAsync(message.Id, 1, T0 + Duration.FromMinutes(1), "queue down");
        Assert.Empty(await Store.ClaimOutboxAsync("a", T0 + Duration.FromSeconds(59), 10, T0 + Duration.FromMinutes(2)));
        var retried = Assert.Single(await Store.ClaimOutboxAsync("a", T0 + Duration.FromMinutes(1), 10, T0 + Duration.FromMinutes(2)));
        Assert.Equal(1, retried.Attempts);
        Assert.Equal(message.Id, retried.Id);

        await Store.MarkFailedAsync(message.Id, 2, null, "still down");
        Assert.Empty(await Store.ClaimOutboxAsync("a", T0 + Duration.FromDays(1), 10, T0 + Duration.FromDays(2)));
        Assert.Single(await Store.ListOutboxAsync(OutboxStatus.Parked, 10));
    }

    [Fact]
    public async Task Outbox_Delivered_IsNotClaimedAgain()
    {
        await Store.CommitAsync(NewCourse(Guid.NewGuid(), outbox: true));
        var message = Assert.Single(await Store.ClaimOutboxAsync("a", T0, 10, T0 + Duration.FromSeconds(30)));

        await Store.MarkDeliveredAsync([message.Id], T0);

        Assert.Empty(await Store.ClaimOutboxAsync("a", T0 + Duration.FromDays(1), 10, T0 + Duration.FromDays(2)));
        Assert.Single(await Store.ListOutboxAsync(OutboxStatus.Delivered, 10));
    }

    [Fact]
    public async Task Migrate_Twice_ChangesNothing()
    {
        var write = NewCourse(Guid.NewGuid(), timerAt: T0);
        await Store.CommitAsync(write);

        await Store.MigrateAsync();

        Assert.Equal(write.Course, (await Store.LoadAsync(write.Course.Id))!.Row);
        Assert.Equal(1, await Store.CountTimersAsync());
    }

    [Fact]
    public async Task CountReportFacts_CountsEqualFactsOfTheMunicipalityInThePeriod()
    {
        await Store.CommitAsync(NewCourse(Guid.NewGuid()) with { Facts = "contact:met|b0||w" });
        await Store.CommitAsync(NewCourse(Guid.NewGuid()) with { Facts = "contact:met|b0||w" });
        var changed = Guid.NewGuid();
        await Store.CommitAsync(NewCourse(changed) with { Facts = "contact:pending|b0||w" });
        await Store.CommitAsync(Next(changed, expected: 1) with { Facts = "contact:breached|b1||w" });
        var otherMunicipality = NewCourse(Guid.NewGuid()) with { Facts = "contact:met|b0||w" };
        await Store.CommitAsync(otherMunicipality with { Course = otherMunicipality.Course with { Municipality = "norddjurs" } });

        var counted = await Store.CountReportFactsAsync("rebild", T0, T0 + Duration.FromDays(1));

        Assert.Equal(
            [new FactsCountRow("rebild/sul140", 1, "contact:breached|b1||w", 1), new FactsCountRow("rebild/sul140", 1, "contact:met|b0||w", 2)],
            counted.OrderBy(r => r.Facts, StringComparer.Ordinal));
        Assert.Empty(await Store.CountReportFactsAsync("rebild", T0 + Duration.FromTicks(1), T0 + Duration.FromDays(1)));
    }

    [Fact]
    public async Task WriteFacts_OnlyOnTheVersionRead_AndCoursesWithoutFactsPageById()
    {
        var ids = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).Order().ToList();
        foreach (var id in ids)
        {
            await Store.CommitAsync(NewCourse(id));
        }

        Assert.Equal(ids, await Store.CoursesWithoutFactsAsync(null, 10));
        Assert.Equal(ids[1..], await Store.CoursesWithoutFactsAsync(ids[0], 10));

        await Store.WriteFactsAsync(ids[0], version: 1, "|b0||w");
        await Store.WriteFactsAsync(ids[1], version: 7, "|b0||w");

        Assert.Equal(ids[1..], await Store.CoursesWithoutFactsAsync(null, 10));
    }

    private static StepWrite NewCourse(Guid id, int events = 1, Instant? timerAt = null, string? referralKey = null, bool outbox = false) =>
        Write(id, expected: 0, events, timerAt, referralKey, outbox);

    private static StepWrite Next(Guid id, int expected, int events = 1, Instant? timerAt = null, bool outbox = false) =>
        Write(id, expected, events, timerAt, null, outbox);

    private static StepWrite Write(Guid id, int expected, int events, Instant? timerAt, string? referralKey, bool outbox)
    {
        var version = expected + events;
        var row = new CourseRow(id, "rebild/sul140", 1, "rebild", referralKey, version, null, timerAt, T0, T0 + Duration.FromMinutes(version));
        var stored = Enumerable.Range(expected + 1, events).Select(v => new StoredEvent(v, "TestEvent", T0 + Duration.FromMinutes(v), $$"""{"n":{{v}}}""")).ToList();
        var messages = outbox ? [new OutboxMessage(id, $"{id:N}-{version:D6}", "escalations-rebild", "deadline.breached", "{}", T0)] : new List<OutboxMessage>();
        return new StepWrite(row, expected, stored, timerAt is { } due ? new TimerRow(id, $"breach:contact:{due.ToUnixTimeSeconds()}", due) : null, messages);
    }
}
