using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Tests.Support;
using NodaTime;
using Xunit;
using static Genoptraening.Workflows.Tests.Support.CourseScenario;

namespace Genoptraening.Workflows.Tests.Steps;

/// <summary>A standard's new version applies to referrals received from its effective date; running courses keep theirs.</summary>
public class RuleVersionTests
{
    [Fact]
    public async Task TwoVersionsOfAStandard_EachCourseKeepsTheVersionInEffectWhenItsReferralCame()
    {
        await using var courses = await DurableCourses.StartAsync(At("2027-02-01T10:00:00+01:00"), catalog: TwoVersionCatalog());
        var before = await courses.StartCourseAsync("testby/sel86-1", Referral.Application(At("2026-12-30T10:00:00+01:00")), "testby/A-1");
        var after = await courses.StartCourseAsync("testby/sel86-1", Referral.Application(At("2027-01-04T10:00:00+01:00")), "testby/A-2");
        await courses.AdvanceToAsync(At("2027-02-15T10:00:00+01:00"));

        var old = await courses.StateAsync(before);
        var young = await courses.StateAsync(after);
        Assert.Equal((1, new LocalDate(2027, 1, 1)), (old.Rules!.Version, old.Deadline(DeadlineKind.Contact)!.Due));
        Assert.Equal((2, new LocalDate(2027, 1, 14)), (young.Rules!.Version, young.Deadline(DeadlineKind.Contact)!.Due));
    }

    /// <summary>A contact deadline of 2 days until the end of 2026, and of 10 days from 2027.</summary>
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
}
