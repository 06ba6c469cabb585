using System.Text;
using System.Text.Json;
using Genoptraening.Api.Tests.Support;
using Genoptraening.Tests.Shared;
using Genoptraening.Workflows.Queues;
using NodaTime;
using Xunit;
using static Genoptraening.Api.Tests.Support.CourseClient;

namespace Genoptraening.Api.Tests;

/// <summary>End to end: a plan over HTTP, the clock past the start guarantee, the escalations on Azurite's queue.</summary>
[Collection(ApiCollection.Name)]
public sealed class EscalationQueueTests(ApiHosts hosts) : IAsyncLifetime, IDisposable
{
    private readonly AzuriteProcess azurite = new();
    private readonly HttpClient http = new();

    public Task InitializeAsync() => azurite.StartAsync();

    public async Task DisposeAsync() => await azurite.DisposeAsync();

    public void Dispose() => http.Dispose();

    [Theory]
    [InlineData(ApiHosts.Sqlite)]
    [InlineData(ApiHosts.Postgres)]
    public async Task PlanPastTheStartGuarantee_QueueHoldsOneFreeChoiceAndOneBreachPerDeadline_Level2TwoWorkingDaysLater(string provider)
    {
        var api = new CourseClient(await hosts.CreateAsync(provider, "2026-05-08T10:00:00+02:00", azurite.ConnectionString));
        var id = await api.PostPlanAsync(HospitalA, Plan("5790000000001", "QUEUE-1", "rebild"));

        await api.AdvanceAsync("2026-05-21T00:00:00+02:00");
        var messages = await WaitForMessagesAsync("escalations-rebild", count: 10);

        Assert.All(messages, m => Assert.Equal(1, m.GetProperty("schemaVersion").GetInt32()));
        Assert.All(messages, m => Assert.Equal(id, m.GetProperty("courseId").GetString()));
        Assert.All(messages, m => Assert.Equal($"/api/courses/{id}", m.GetProperty("links").GetProperty("course").GetString()));
        Assert.DoesNotContain(messages, m => m.GetRawText().Contains("0101501234", StringComparison.Ordinal));
        var freeChoice = Assert.Single(messages, m => m.GetProperty("type").GetString() == "freechoice.triggered");
        Assert.Equal("2026-05-16T00:00:00+02:00", freeChoice.GetProperty("at").GetString());
        Assert.Equal(
            ["contact 2026-05-12 2026-05-13T00:00:00+02:00", "start 2026-05-15 2026-05-16T00:00:00+02:00", "startGuarantee 2026-05-15 2026-05-16T00:00:00+02:00"],
            Describe(messages, "deadline.breached"));
        Assert.Equal(
            ["contact 2026-05-12 2026-05-16T00:00:00+02:00", "start 2026-05-15 2026-05-20T00:00:00+02:00", "startGuarantee 2026-05-15 2026-05-20T00:00:00+02:00"],
            Describe(messages, "deadline.escalated"));
        Assert.Equal(3, messages.Count(m => m.GetProperty("type").GetString() == "deadline.warning"));
        Assert.Equal(messages.Count, messages.Select(m => m.GetProperty("id").GetString()).Distinct().Count());
    }

    private static List<string> Describe(List<JsonElement> messages, string type) =>
        [.. messages.Where(m => m.GetProperty("type").GetString() == type)
            .Select(m => $"{m.GetProperty("deadline").GetProperty("kind").GetString()} {m.GetProperty("deadline").GetProperty("due").GetString()} {m.GetProperty("at").GetString()}")
            .Order(StringComparer.Ordinal)];

    private async Task<List<JsonElement>> WaitForMessagesAsync(string queue, int count)
    {
        var queues = new StorageQueueClient(http, StorageAccount.Parse(azurite.ConnectionString), WallClock());
        for (var waited = 0; waited < 300; waited++)
        {
            try
            {
                var messages = await queues.PeekMessagesAsync(queue);
                if (messages.Count >= count)
                {
                    await Task.Delay(1500);
                    messages = await queues.PeekMessagesAsync(queue);
                    return [.. messages.Select(m => JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(m.MessageText))).RootElement.Clone())];
                }
            }
            catch (QueueRequestException e) when (e.Status == System.Net.HttpStatusCode.NotFound)
            {
                // The queue is created with the first message.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Fewer than {count} messages on {queue}.");
    }

#pragma warning disable RS0030 // Reading a real queue: requests are dated in real time.
    private static SystemClock WallClock() => SystemClock.Instance; // clock-root
#pragma warning restore RS0030
}
