using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Reports;
using Genoptraening.Workflows.Runtime;
using Genoptraening.Workflows.Store;
using Genoptraening.Workflows.Tests.Support;
using NodaTime;
using Xunit;

namespace Genoptraening.Workflows.Tests.Runtime;

/// <summary>Every step stores the course's report facts; courses from before facts existed get them at start-up.</summary>
public class ReportFactsTests
{
    private static readonly Instant Received = Instant.FromUtc(2026, 3, 27, 13, 0);

    [Fact]
    public async Task Steps_StoreTheFactsOfTheStateAfterTheStep()
    {
        await using var engine = await Engine.SqliteAsync(Received);
        var id = await engine.StartCourseAsync("rebild/sel86-1", Referral.Application(Received));
        await engine.AdvanceToAsync(Instant.FromUtc(2026, 4, 2, 0, 0));

        var counted = await engine.Store.CountReportFactsAsync("rebild", Received, Received + Duration.FromDays(1));

        var facts = CourseFacts.Decode(Assert.Single(counted).Facts!);
        Assert.Equal(CourseFacts.Of(await engine.StateAsync(id)).Encode(), facts.Encode());
        Assert.True(facts.Breaches > 0);
    }

    [Fact]
    public async Task Backfill_GivesCoursesWithoutFactsTheirFacts_Once()
    {
        await using var engine = await Engine.SqliteAsync(Received);
        var id = await engine.StartCourseAsync("rebild/sel86-1", Referral.Application(Received));
        var stored = (await engine.Store.LoadAsync(id))!;
        var legacyId = Guid.NewGuid();
        await engine.Store.CommitAsync(new StepWrite(stored.Row with { Id = legacyId }, 0, stored.Events, null, []));

        Assert.Equal(1, await ReportFactsBackfill.RunAsync(engine.Store, engine.Runtime));
        Assert.Equal(0, await ReportFactsBackfill.RunAsync(engine.Store, engine.Runtime));

        var counted = await engine.Store.CountReportFactsAsync("rebild", Received, Received + Duration.FromDays(1));
        Assert.Equal(2, Assert.Single(counted).Count);
    }
}
