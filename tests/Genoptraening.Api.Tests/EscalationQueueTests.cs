using System.Text;
using System.Text.Json;
using Genoptraening.Api.Tests.Support;
using Azure.Storage.Queues;
using Xunit;
using static Genoptraening.Api.Tests.Support.CourseClient;

namespace Genoptraening.Api.Tests;

/// <summary>End to end: a plan over HTTP, the clock past the start guarantee, the escalations on Azurite's queue.</summary>
[Collection(ApiCollection.Name)]
public sealed class EscalationQueueTests(ApiHosts hosts)
{
    [Fact]
    public async Task PlanPastTheStartGuarantee_QueueHoldsOneFreeChoiceAndOneBreachPerDeadline_Level2TwoWorkingDaysLater()
    {
        var api = new CourseClient(await hosts.CreateAsync("2026-05-08T10:00:00+02:00"));
        var id = await api.PostPlanAsync(HospitalA, Plan("5790000000001", "QUEUE-1", "rebild"));

        await api.AdvanceAsync("2026-05-21T00:00:00+02:00");
        var messages = await WaitForMessagesAsync("escalations-rebild", id, count: 10);

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

    /// <summary>The course's messages on the queue (other tests' hosts share the storage account), once there are <paramref name="count"/>, and a moment more for any extra.</summary>
    private async Task<List<JsonElement>> WaitForMessagesAsync(string queue, string courseId, int count)
    {
        var client = new QueueClient(hosts.Azurite.ConnectionString, queue);
        for (var waited = 0; waited < 300; waited++)
        {
            if (await client.ExistsAsync() && (await ReadAsync(client, courseId)).Count >= count)
            {
                await Task.Delay(1500);
                return await ReadAsync(client, courseId);
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Fewer than {count} messages of course {courseId} on {queue}.");
    }

    /// <summary>Every message on the queue, read and hidden for a moment, then made visible again: a peek sees at most 32.</summary>
    private static async Task<List<JsonElement>> ReadAsync(QueueClient client, string courseId)
    {
        var all = new List<JsonElement>();
        var taken = new List<Azure.Storage.Queues.Models.QueueMessage>();
        while ((await client.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(5))).Value is { Length: > 0 } batch)
        {
            taken.AddRange(batch);
        }

        foreach (var message in taken)
        {
            all.Add(JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(message.MessageText))).RootElement.Clone());
            await client.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero);
        }

        return [.. all.Where(m => m.GetProperty("courseId").GetString() == courseId)];
    }
}
