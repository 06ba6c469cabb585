using System.Text.Json;
using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Alerts;
using Genoptraening.Workflows.Tests.Support;
using NodaTime;
using Xunit;

namespace Genoptraening.Workflows.Tests.Alerts;

/// <summary>The municipality is told of a plan's correction and cancellation (RULES.md § 9) on its escalation queue.</summary>
public class PlanMessagesTests
{
    private static readonly Instant Received = Instant.FromUtc(2026, 5, 8, 8, 0);
    private static readonly Guid CourseId = Guid.Parse("6b72fbc9-110d-51e8-a907-3d3962cea3a7");

    [Fact]
    public void ACorrectionAndACancellation_SendPlanMessages_WithNoDeadlineOrLevel()
    {
        var rules = TestCatalog.Instance.VersionFor(TestCatalog.Id("rebild/sul140"), new LocalDate(2026, 5, 8))!;
        var started = Decide(CourseState.Initial, new CourseCommand.StartCourse(rules, Referral.Plan(Received, new LocalDate(2026, 5, 12))), Received);
        var correction = new CourseCommand.Record(new Occurrence.PlanCorrected(Received + Duration.FromDays(5), new LocalDate(2026, 5, 15), null, null, null));
        var cancellation = new CourseCommand.Record(new Occurrence.PlanCancelled(Received + Duration.FromDays(6), null));

        var messages = new List<JsonElement>();
        var state = started.State;
        // The timers due before the correction send their own messages first; the plan's are these.
        foreach (var (command, at) in new[] { (correction, Received + Duration.FromDays(5)), (cancellation, Received + Duration.FromDays(6)) })
        {
            foreach (var e in ((Decision.Accepted)CourseDecider.Decide(state, command, at)).Events)
            {
                state = CourseDecider.Evolve(state, e);
                if (EscalationMessage.For(CourseId, state, e, state.Version) is { } message && message.Body.Contains("\"plan.", StringComparison.Ordinal))
                {
                    messages.Add(JsonDocument.Parse(message.Body).RootElement);
                }
            }
        }

        Assert.Equal(["plan.corrected", "plan.cancelled"], messages.Select(m => m.GetProperty("type").GetString()));
        Assert.All(messages, m =>
        {
            Assert.Equal(JsonValueKind.Null, m.GetProperty("deadline").ValueKind);
            Assert.Equal(JsonValueKind.Null, m.GetProperty("level").ValueKind);
            Assert.Equal(JsonValueKind.Null, m.GetProperty("breachedAt").ValueKind);
            Assert.Equal("escalations-rebild", $"escalations-{m.GetProperty("municipality").GetString()}");
        });
        Assert.Equal("2026-05-13T10:00:00+02:00", messages[0].GetProperty("at").GetString());
    }

    private static (CourseState State, int Version) Decide(CourseState state, CourseCommand command, Instant at)
    {
        var next = ((Decision.Accepted)CourseDecider.Decide(state, command, at)).Events.Aggregate(state, CourseDecider.Evolve);
        return (next, next.Version);
    }
}
