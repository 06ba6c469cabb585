using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Outbox;
using Genoptraening.Workflows.Store;
using Genoptraening.Workflows.Tests.Support;
using NodaTime;
using Xunit;

namespace Genoptraening.Workflows.Tests.Outbox;

public class OutboxDispatcherTests
{
    private static readonly Instant Received = Instant.FromUtc(2026, 5, 8, 8, 0);

    [Fact]
    public async Task Dispatch_SinkFailsTwice_DeliveredOnceAfterBackoff()
    {
        await using var engine = await BreachedCourseAsync();
        var sink = new RecordingSink { FailuresLeft = 2 };
        var dispatcher = new OutboxDispatcher(engine.Store, sink, engine.Clock, new OutboxOptions { FirstBackoff = Duration.FromSeconds(10) });
        var pending = (await engine.Store.ListOutboxAsync(OutboxStatus.Pending, 100)).Count;
        Assert.Equal(3, pending);

        await dispatcher.DispatchDueAsync();
        engine.Clock.AdvanceTo(engine.Clock.GetCurrentInstant() + Duration.FromSeconds(10));
        await dispatcher.DispatchDueAsync();
        engine.Clock.AdvanceTo(engine.Clock.GetCurrentInstant() + Duration.FromSeconds(20));
        await dispatcher.DispatchDueAsync();
        engine.Clock.AdvanceTo(engine.Clock.GetCurrentInstant() + Duration.FromHours(1));
        await dispatcher.DispatchDueAsync();

        Assert.Equal(pending, sink.Delivered.Count);
        Assert.Equal(pending, sink.Delivered.Select(m => m.Id).Distinct().Count());
        Assert.Empty(await engine.Store.ListOutboxAsync(OutboxStatus.Pending, 100));
    }

    [Fact]
    public async Task Dispatch_SinkKeepsFailing_ParksAfterMaxAttempts()
    {
        await using var engine = await BreachedCourseAsync();
        var sink = new RecordingSink { FailuresLeft = int.MaxValue };
        var options = new OutboxOptions { MaxAttempts = 3, FirstBackoff = Duration.FromSeconds(1), MaxBackoff = Duration.FromSeconds(1) };
        var dispatcher = new OutboxDispatcher(engine.Store, sink, engine.Clock, options);
        var pending = (await engine.Store.ListOutboxAsync(OutboxStatus.Pending, 100)).Count;
        Assert.Equal(3, pending);

        for (var i = 0; i < 5; i++)
        {
            await dispatcher.DispatchDueAsync();
            engine.Clock.AdvanceTo(engine.Clock.GetCurrentInstant() + Duration.FromSeconds(2));
        }

        var parked = await engine.Store.ListOutboxAsync(OutboxStatus.Parked, 100);
        Assert.Equal(pending, parked.Count);
        Assert.All(parked, m => Assert.Equal(3, m.Attempts));
        Assert.Empty(sink.Delivered);
    }

    private static async Task<Engine> BreachedCourseAsync()
    {
        var engine = await Engine.SqliteAsync(Received);
        await engine.StartCourseAsync("rebild/sel86-1", Referral.Application(Received));
        await engine.AdvanceToAsync(Received + Duration.FromDays(20));
        return engine;
    }
}
