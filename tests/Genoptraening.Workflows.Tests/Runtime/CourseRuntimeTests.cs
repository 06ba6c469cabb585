using System.Text.Json;
using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Deadlines;
using Genoptraening.Workflows.Runtime;
using Genoptraening.Workflows.Store;
using Genoptraening.Workflows.Tests.Support;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace Genoptraening.Workflows.Tests.Runtime;

public class CourseRuntimeTests
{
    private static readonly Instant Received = At("2026-05-08T10:00:00+02:00");

    [Fact]
    public async Task Start_SameReferralTwice_StartsOneCourse()
    {
        await using var engine = await Engine.SqliteAsync(Received);
        var referral = Referral.Plan(Received, new LocalDate(2026, 5, 8));
        var request = new StartCourseRequest(TestCatalog.Id("rebild/sul140"), referral, "5790000000001/GGOP-2026-000123");

        var first = Assert.IsType<StepResult.Accepted>(await engine.Runtime.StartAsync(request));
        var second = Assert.IsType<StepResult.Accepted>(await engine.Runtime.StartAsync(request));

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.CourseId, second.CourseId);
        Assert.Equal(1, await engine.Store.CountTimersAsync());
    }

    [Fact]
    public async Task Record_Rejected_ChangesNothing()
    {
        await using var engine = await Engine.SqliteAsync(Received);
        var id = await engine.StartCourseAsync("rebild/sul140", Referral.Plan(Received, new LocalDate(2026, 5, 8)));
        var before = (await engine.Store.LoadAsync(id))!;

        var result = await engine.Runtime.RecordAsync(id, new Occurrence.ExtendedFreeChoiceExercised(Received, "Klinik"));

        Assert.Equal(RejectionKind.NotAllowed, Assert.IsType<StepResult.Rejected>(result).Kind);
        Assert.Equal(before, await engine.Store.LoadAsync(id), new StoredCourseComparer());
    }

    [Fact]
    public async Task Record_UnknownCourse_IsNotFound()
    {
        await using var engine = await Engine.SqliteAsync(Received);

        Assert.IsType<StepResult.NotFound>(await engine.Runtime.RecordAsync(Guid.NewGuid(), new Occurrence.CitizenContacted(Received)));
    }

    [Fact]
    public async Task Timers_FireAtTheirDueInstants_AndWriteEscalationsToTheOutbox()
    {
        await using var engine = await Engine.SqliteAsync(Received);
        var id = await engine.StartCourseAsync("rebild/sul140", Referral.Plan(Received, new LocalDate(2026, 5, 8)));

        await engine.AdvanceToAsync(At("2026-05-21T00:00:00+02:00"));

        var messages = await engine.Store.ListOutboxAsync(OutboxStatus.Pending, 100);
        var bodies = messages.Select(m => JsonDocument.Parse(m.Body).RootElement).ToList();
        Assert.All(messages, m => Assert.Equal("escalations-rebild", m.Destination));
        Assert.Equal(messages.Count, messages.Select(m => m.Id).Distinct().Count());
        Assert.Contains(bodies, b => b.GetProperty("type").GetString() == "freechoice.triggered"
            && b.GetProperty("at").GetString() == "2026-05-16T00:00:00+02:00");
        Assert.Contains(bodies, b => b.GetProperty("type").GetString() == "deadline.escalated"
            && b.GetProperty("deadline").GetProperty("kind").GetString() == "startGuarantee"
            && b.GetProperty("deadline").GetProperty("due").GetString() == "2026-05-15"
            && b.GetProperty("at").GetString() == "2026-05-20T00:00:00+02:00");
        Assert.All(bodies, b => Assert.Equal(id.ToString("D"), b.GetProperty("courseId").GetString()));
        var state = await engine.StateAsync(id);
        Assert.Equal(DeadlineStatus.Breached, state.Deadline(DeadlineKind.StartGuarantee)!.Status);
    }

    [Fact]
    public async Task LateWorker_GivesTheSameHistoryAsAPunctualOne()
    {
        await using var punctual = await Engine.SqliteAsync(Received);
        await using var late = await Engine.SqliteAsync(Received);
        var referral = Referral.Plan(Received, new LocalDate(2026, 5, 8));
        var a = await punctual.StartCourseAsync("rebild/sul140", referral);
        var b = await late.StartCourseAsync("rebild/sul140", referral);

        for (var day = Received; day < At("2026-06-01T00:00:00+02:00"); day += Duration.FromHours(6))
        {
            await punctual.AdvanceToAsync(day);
        }

        await late.AdvanceToAsync(At("2026-07-01T12:00:00+02:00"));

        var punctualHistory = (await punctual.Runtime.LoadAsync(a))!.History;
        var lateHistory = (await late.Runtime.LoadAsync(b))!.History;
        Assert.Equal(punctualHistory, lateHistory);
    }

    [Fact]
    public async Task RuleVersions_ACourseKeepsTheVersionItStartedWith()
    {
        var catalog = TwoVersionCatalog();
        await using var engine = await Engine.SqliteAsync(At("2027-02-01T10:00:00+01:00"), catalog);
        var old = await engine.StartCourseAsync("testby/sel86-1", Referral.Application(At("2026-12-30T10:00:00+01:00")));
        var young = await engine.StartCourseAsync("testby/sel86-1", Referral.Application(At("2027-01-04T10:00:00+01:00")));

        Assert.Equal(1, (await engine.StateAsync(old)).Rules!.Version);
        Assert.Equal(2, (await engine.StateAsync(young)).Rules!.Version);
        Assert.Equal(new LocalDate(2027, 1, 1), (await engine.StateAsync(old)).Deadline(DeadlineKind.Contact)!.Due);
        Assert.Equal(new LocalDate(2027, 1, 14), (await engine.StateAsync(young)).Deadline(DeadlineKind.Contact)!.Due);
    }

    private static ServiceCatalog TwoVersionCatalog()
    {
        const string Deadline = """{ "kind": "contact", "offset": { "amount": DAYS, "unit": "days" }, "anchor": "received", "satisfiedBy": "CitizenContacted" }""";
        var json = $$"""
            { "municipality": "testby", "standards": [ { "basis": "sel86-1", "versions": [
              { "version": 1, "effectiveFrom": "2020-01-01", "deadlines": [ {{Deadline.Replace("DAYS", "2", StringComparison.Ordinal)}} ] },
              { "version": 2, "effectiveFrom": "2027-01-01", "deadlines": [ {{Deadline.Replace("DAYS", "10", StringComparison.Ordinal)}} ] } ] } ] }
            """;
        return ServiceCatalog.Load([new CatalogSource("testby.json", json)]);
    }

    private static Instant At(string text) => OffsetDateTimePattern.ExtendedIso.Parse(text).GetValueOrThrow().ToInstant();

    private sealed class StoredCourseComparer : IEqualityComparer<StoredCourse?>
    {
        public bool Equals(StoredCourse? x, StoredCourse? y) => x!.Row == y!.Row && x.Events.SequenceEqual(y.Events);

        public int GetHashCode(StoredCourse? obj) => obj!.Row.GetHashCode();
    }
}
