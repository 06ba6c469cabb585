using System.Net;
using System.Text.Json;
using Genoptraening.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Genoptraening.Api.Tests.Support.CourseClient;

namespace Genoptraening.Api.Tests;

/// <summary>
/// Retention (issue 32): the nightly durable sweep lets go of an ended course's plan text the next night, purges the course
/// ten years after it ended (the catalog's default, journalføringsbekendtgørelsen § 15), audits each purge as the sweep's,
/// keeps the id claimed, and leaves the rest; an administrator's purge is audited by the key's name.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class RetentionTests(ApiHosts hosts)
{
    [Fact]
    public async Task TheNightlySweep_PurgesACourseTenYearsAfterItEnded_AuditedAsTheSweeps_AndLeavesTheRest()
    {
        var api = new CourseClient(await hosts.CreateAsync("2026-05-08T10:00:00+02:00"));
        var ended = await api.PostPlanAsync(HospitalA, Plan("5790000000001", "KEEP-1", "rebild"));
        var endedLater = await api.PostPlanAsync(HospitalA, Plan("5790000000001", "KEEP-2", "rebild"));
        var purgedByHand = await api.PostPlanAsync(HospitalA, Plan("5790000000001", "KEEP-3", "rebild"));
        await api.EventAsync("dev-rebild", ended, "CourseCancelled", """{ "reason": "flyttet" }""");
        using (var purged = await api.Factory.Client(Admin).DeleteAsync($"/api/courses/{purgedByHand}"))
        {
            Assert.Equal(HttpStatusCode.OK, purged.StatusCode);
        }

        // The first night after it ended, the sweep lets go of the plan's free text; the same plan sent again is still the same course.
        await api.AdvanceAsync("2026-05-09T03:00:00+02:00");
        var personal = api.Factory.Services.GetRequiredService<Workflows.Storage.IPersonalDataStore>();
        Assert.Equal(("0101501234", null), (await personal.LoadAsync(Guid.Parse(ended))) is { } kept ? (kept.Cpr, kept.PlanText) : default);
        Assert.Equal("Genoptræning efter hoftealloplastik", (await personal.LoadAsync(Guid.Parse(endedLater)))!.PlanText);
        using (var resent = await api.Factory.Client(HospitalA).PostAsync("/api/plans", System.Net.Http.Json.JsonContent.Create(Plan("5790000000001", "KEEP-1", "rebild"))))
        {
            Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        }

        await api.AdvanceAsync("2027-03-01T12:00:00+01:00");
        await api.EventAsync("dev-rebild", endedLater, "CourseCancelled", """{ "at": "2027-03-01T12:00:00+01:00", "reason": "flyttet" }""");

        // Ten years and a night after the first course ended: it goes, the later one stays.
        await api.AdvanceAsync("2036-05-09T03:00:00+02:00");

        await api.GetAsync(Admin, ended, HttpStatusCode.NotFound);
        Assert.Equal("cancelled", (await api.GetAsync(Admin, endedLater)).GetProperty("outcome").GetString());
        var audit = JsonDocument.Parse(await api.Factory.Client(Admin).GetStringAsync("/api/audit/personal-data?from=2036-05-09&to=2036-05-09"))
            .RootElement.GetProperty("views").EnumerateArray().ToList();
        var sweep = Assert.Single(audit);
        Assert.Equal((ended, "system", "retention sweep", "rebild"), (
            sweep.GetProperty("courseId").GetString(), sweep.GetProperty("who").GetString(), sweep.GetProperty("route").GetString(),
            sweep.GetProperty("municipality").GetString()));
        var byHand = JsonDocument.Parse(await api.Factory.Client(Admin).GetStringAsync("/api/audit/personal-data?from=2026-05-08&to=2026-05-08"))
            .RootElement.GetProperty("views").EnumerateArray().Single(v => v.GetProperty("courseId").GetString() == purgedByHand);
        Assert.Equal(("dev-admin", "DELETE /api/courses/{id}"), (byHand.GetProperty("who").GetString(), byHand.GetProperty("route").GetString()));

        // The purged plan's id stays claimed: the same plan again is not a new course.
        using var again = await api.Factory.Client(HospitalA).PostAsync("/api/plans", System.Net.Http.Json.JsonContent.Create(Plan("5790000000001", "KEEP-1", "rebild")));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }
}
