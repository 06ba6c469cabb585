using System.Text.Json;
using Genoptraening.Api.Tests.Support;
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
        var inbox = new EscalationInbox(hosts.Azurite.ConnectionString, "rebild");
        await inbox.ReadUntilAsync(i => Of(i, id).Count >= 12, TimeSpan.FromSeconds(30)); // with the free-choice notice's breach and level 2 (RULES.md § 10)
        await Task.Delay(1500);
        await inbox.ReadAsync();
        var messages = Of(inbox, id);

        Assert.All(messages, m => Assert.Equal(1, m.GetProperty("schemaVersion").GetInt32()));
        Assert.All(messages, m => Assert.Equal(id, m.GetProperty("courseId").GetString()));
        Assert.All(messages, m => Assert.Equal($"/api/courses/{id}", m.GetProperty("links").GetProperty("course").GetString()));
        Assert.All(messages, m => Assert.Equal($"forloeb/{id}", m.GetProperty("links").GetProperty("dashboard").GetString()));
        Assert.DoesNotContain(messages, m => m.GetRawText().Contains("0101501234", StringComparison.Ordinal));
        var freeChoice = Assert.Single(messages, m => m.GetProperty("type").GetString() == "freechoice.triggered");
        Assert.Equal("2026-05-16T00:00:00+02:00", freeChoice.GetProperty("at").GetString());
        Assert.Equal(
            [
                "contact 2026-05-12 2026-05-13T00:00:00+02:00", "freeChoiceNotice 2026-05-18 2026-05-19T00:00:00+02:00", "start 2026-05-15 2026-05-16T00:00:00+02:00",
                "startGuarantee 2026-05-15 2026-05-16T00:00:00+02:00",
            ],
            Describe(messages, "deadline.breached"));
        Assert.Equal(
            [
                "contact 2026-05-12 2026-05-16T00:00:00+02:00", "freeChoiceNotice 2026-05-18 2026-05-21T00:00:00+02:00", "start 2026-05-15 2026-05-20T00:00:00+02:00",
                "startGuarantee 2026-05-15 2026-05-20T00:00:00+02:00",
            ],
            Describe(messages, "deadline.escalated"));
        Assert.Equal(3, messages.Count(m => m.GetProperty("type").GetString() == "deadline.warning"));
        Assert.Equal(messages.Count, messages.Select(m => m.GetProperty("id").GetString()).Distinct().Count());
    }

    private static List<string> Describe(List<JsonElement> messages, string type) =>
        [.. messages.Where(m => m.GetProperty("type").GetString() == type)
            .Select(m => $"{m.GetProperty("deadline").GetProperty("kind").GetString()} {m.GetProperty("deadline").GetProperty("due").GetString()} {m.GetProperty("at").GetString()}")
            .Order(StringComparer.Ordinal)];

    /// <summary>The course's messages read, redeliveries included (other tests' hosts share the storage account).</summary>
    private static List<JsonElement> Of(EscalationInbox inbox, string courseId) =>
        [.. inbox.Messages.Where(m => m.GetProperty("courseId").GetString() == courseId)];
}
