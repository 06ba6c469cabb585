using System.Text;
using System.Text.Json;
using Genoptraening.Domain.Courses;
using Genoptraening.Tests.Shared;
using Genoptraening.Workflows.Outbox;
using Genoptraening.Workflows.Queues;
using Genoptraening.Workflows.Store;
using Genoptraening.Workflows.Tests.Support;
using NodaTime;
using Xunit;

namespace Genoptraening.Workflows.Tests.Queues;

/// <summary>Azurite down: escalations wait in the outbox and arrive once each when it is back.</summary>
public sealed class QueueOutageTests : IAsyncLifetime, IDisposable
{
    // rebild/sel86-1 received Friday 27 March 2026: warning, breach and level 2 of the contact deadline.
    private static readonly Instant Received = Instant.FromUtc(2026, 3, 27, 13, 0);
    private readonly AzuriteProcess azurite = new();
    private readonly HttpClient http = new();

    public Task InitializeAsync() => azurite.StartAsync();

    public async Task DisposeAsync() => await azurite.DisposeAsync();

    public void Dispose() => http.Dispose();

    [Fact]
    public async Task AzuriteDown_DeadlinesBreach_MessagesDeliveredOnceWhenItIsBack()
    {
        await using var engine = await Engine.SqliteAsync(Received);
        var queues = new StorageQueueClient(http, StorageAccount.Parse(azurite.ConnectionString), WallClock.Instance);
        var dispatcher = new OutboxDispatcher(engine.Store, new AzureQueueSink(queues), engine.Clock,
            new OutboxOptions { FirstBackoff = Duration.FromSeconds(10), MaxBackoff = Duration.FromSeconds(10) });
        var courseId = await engine.StartCourseAsync("rebild/sel86-1", Referral.Application(Received));
        await azurite.StopAsync();

        await engine.AdvanceToAsync(Received + Duration.FromDays(20));
        var deliveredWhileDown = await dispatcher.DispatchDueAsync();
        await azurite.StartAsync();
        await engine.AdvanceToAsync(engine.Clock.GetCurrentInstant() + Duration.FromSeconds(10));
        var deliveredAfter = await dispatcher.DispatchDueAsync();
        var deliveredAgain = await dispatcher.DispatchDueAsync();

        var messages = (await queues.PeekMessagesAsync("escalations-rebild"))
            .Select(m => JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(m.MessageText))).RootElement).ToList();
        Assert.Equal(0, deliveredWhileDown);
        Assert.Equal(3, deliveredAfter);
        Assert.Equal(0, deliveredAgain);
        Assert.Equal(["deadline.warning", "deadline.breached", "deadline.escalated"], messages.Select(m => m.GetProperty("type").GetString()));
        Assert.Equal(3, messages.Select(m => m.GetProperty("id").GetString()).Distinct().Count());
        Assert.All(messages, m => Assert.Equal(courseId.ToString("D"), m.GetProperty("courseId").GetString()));
        Assert.Empty(await engine.Store.ListOutboxAsync(OutboxStatus.Pending, 10));
    }
}
