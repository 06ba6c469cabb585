using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Store.Postgres;
using Genoptraening.Tests.Shared;
using Genoptraening.Workflows.Tests.Support;
using NodaTime;
using Xunit;

namespace Genoptraening.Workflows.Tests.Runtime;

/// <summary>Several workers on one PostgreSQL database: every timer step takes effect exactly once.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ConcurrentWorkersTests(PostgresServer server)
{
    // rebild/sel86-1 received Friday 27 March 2026: contact warning 30 March, breach 1 April, level 2 on 8 April.
    private static readonly Instant Received = Instant.FromUtc(2026, 3, 27, 13, 0);
    private static readonly Instant AfterWarnings = Instant.FromUtc(2026, 3, 30, 12, 0);

    [Fact]
    public async Task ThreeWorkers_10000DueTimers_EachStepOnce()
    {
        const int Courses = 10_000;
        var connectionString = await server.CreateDatabaseAsync();
        await using var creator = await Engine.StartAsync(PostgresCourseStore.Open(connectionString), Received, owner: "creator");
        await Parallel.ForAsync(0, Courses, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (_, _) =>
            await creator.StartCourseAsync("rebild/sel86-1", Referral.Application(Received)));

        var workers = await Task.WhenAll(Enumerable.Range(1, 3).Select(i =>
            Engine.StartAsync(PostgresCourseStore.Open(connectionString), AfterWarnings, owner: $"worker-{i}")));
        var fired = await Task.WhenAll(workers.Select(w => Task.Run(() => w.Worker.FireDueAsync(AfterWarnings))));

        Assert.Equal(Courses, fired.Sum());
        Assert.All(fired, n => Assert.True(n > 0, "each worker took a share"));
        await AssertEachCourseWarnedOnceAsync(creator, Courses);
        foreach (var worker in workers)
        {
            await worker.DisposeAsync();
        }
    }

    [Fact]
    public async Task AWorkerDyingMidBatch_LosesNothing_OthersTakeOverAfterTheLease()
    {
        const int Courses = 600;
        var connectionString = await server.CreateDatabaseAsync();
        await using var creator = await Engine.StartAsync(PostgresCourseStore.Open(connectionString), Received, owner: "creator");
        for (var i = 0; i < Courses; i++)
        {
            await creator.StartCourseAsync("rebild/sel86-1", Referral.Application(Received));
        }

        // The dying worker claims a batch and is cancelled before it takes a single step.
        await using var dying = await Engine.StartAsync(PostgresCourseStore.Open(connectionString), AfterWarnings, owner: "dying");
        var claimed = await dying.Store.ClaimDueTimersAsync("dying", AfterWarnings, 100, AfterWarnings + Duration.FromSeconds(30));
        Assert.Equal(100, claimed.Count);

        await using var survivor = await Engine.StartAsync(PostgresCourseStore.Open(connectionString), AfterWarnings, owner: "survivor");
        var beforeLeaseEnds = await survivor.Worker.FireDueAsync(AfterWarnings);
        var afterLeaseEnds = await survivor.Worker.FireDueAsync(AfterWarnings + Duration.FromSeconds(31));

        Assert.Equal(Courses - 100, beforeLeaseEnds);
        Assert.Equal(100, afterLeaseEnds);
        await AssertEachCourseWarnedOnceAsync(creator, Courses);
    }

    private static async Task AssertEachCourseWarnedOnceAsync(Engine engine, int courses)
    {
        var store = (PostgresCourseStore)engine.Store;
        await using var connection = await store.DataSource.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT
              (SELECT COUNT(*) FROM courses),
              (SELECT COUNT(*) FROM course_events WHERE type = 'WarningRaised'),
              (SELECT COUNT(DISTINCT course_id) FROM course_events WHERE type = 'WarningRaised'),
              (SELECT COUNT(*) FROM outbox WHERE type = 'deadline.warning'),
              (SELECT COUNT(*) FROM timers WHERE due_at > @afterWarnings)
            """;
        command.Parameters.AddWithValue("afterWarnings", AfterWarnings.ToUnixTimeTicks());
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.Equal(courses, reader.GetInt64(0));
        Assert.Equal(courses, reader.GetInt64(1));
        Assert.Equal(courses, reader.GetInt64(2));
        Assert.Equal(courses, reader.GetInt64(3));
        Assert.Equal(courses, reader.GetInt64(4));
    }
}
