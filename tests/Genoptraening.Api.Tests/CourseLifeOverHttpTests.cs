using System.Net;
using Genoptraening.Api.Tests.Support;
using Xunit;
using static Genoptraening.Api.Tests.Support.CourseClient;

namespace Genoptraening.Api.Tests;

/// <summary>The whole life of a course of every standard over HTTP, with the development clock, on the host over Azurite.</summary>
[Collection(ApiCollection.Name)]
public sealed class CourseLifeOverHttpTests(ApiHosts hosts)
{
    [Fact]
    public async Task RebildSul140_OfferInTime_ThenTwoNoShowsEndTheCourse()
    {
        var api = new CourseClient(await hosts.CreateAsync("2026-05-08T10:00:00+02:00"));
        var id = await api.PostPlanAsync(HospitalA, Plan("5790000000001", "GGOP-1", "rebild"));

        await api.AdvanceAsync("2026-05-11T09:30:00+02:00");
        await api.EventAsync("dev-rebild", id, "CitizenContacted");
        await api.AdvanceAsync("2026-05-12T13:00:00+02:00");
        await api.EventAsync("dev-rebild", id, "StartOffered", """{ "startDate": "2026-05-14" }""");
        await api.AdvanceAsync("2026-05-14T09:00:00+02:00");
        await api.EventAsync("dev-rebild", id, "TrainingStarted");
        await api.AdvanceAsync("2026-05-18T09:00:00+02:00");
        await api.EventAsync("dev-rebild", id, "NoShow");
        await api.AdvanceAsync("2026-05-20T09:00:00+02:00");
        var course = await api.EventAsync("dev-rebild", id, "NoShow");

        Assert.Equal("noShows", course.GetProperty("outcome").GetString());
        Assert.Equal("met", Status(course, "contact"));
        Assert.Equal("met", Status(course, "start"));
        Assert.Equal("met", Status(course, "startGuarantee"));
        Assert.Equal(JsonValueKindNull, course.GetProperty("extendedFreeChoice").ValueKind);
        Assert.Equal("2026-05-11T00:00:00+02:00", course.GetProperty("warnings")[0].GetProperty("at").GetString());
    }

    [Fact]
    public async Task RebildSul140_NoOffer_FreeChoiceTriggered_ThenExercised()
    {
        var api = new CourseClient(await hosts.CreateAsync("2026-05-08T10:00:00+02:00"));
        var id = await api.PostPlanAsync(HospitalA, Plan("5790000000001", "GGOP-2", "rebild"));

        await api.AdvanceAsync("2026-05-21T00:00:00+02:00");
        var breached = await api.GetAsync("dev-rebild", id);
        var course = await api.EventAsync("dev-rebild", id, "ExtendedFreeChoiceExercised", """{ "provider": "kl-fv-0001" }""");

        Assert.Equal("2026-05-16T00:00:00+02:00", breached.GetProperty("extendedFreeChoice").GetProperty("triggeredAt").GetString());
        Assert.Contains(breached.GetProperty("escalations").EnumerateArray(), e =>
            e.GetProperty("kind").GetString() == "startGuarantee" && e.GetProperty("level").GetInt32() == 2
            && e.GetProperty("at").GetString() == "2026-05-20T00:00:00+02:00");
        Assert.Equal("transferred", course.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task NorddjursSul140_LateContact_WaivedGuarantee_LateStart_Completed()
    {
        var api = new CourseClient(await hosts.CreateAsync("2026-05-08T10:00:00+02:00"));
        var id = await api.PostPlanAsync(HospitalB, Plan("5790000000002", "GGOP-3", "norddjurs"));

        await api.AdvanceAsync("2026-05-12T10:00:00+02:00");
        await api.EventAsync("dev-norddjurs", id, "StartOfferDeclined");
        await api.AdvanceAsync("2026-05-15T10:00:00+02:00");
        await api.EventAsync("dev-norddjurs", id, "CitizenContacted");
        await api.AdvanceAsync("2026-05-19T10:00:00+02:00");
        await api.EventAsync("dev-norddjurs", id, "TrainingStarted");
        await api.AdvanceAsync("2026-06-30T10:00:00+02:00");
        var course = await api.EventAsync("dev-norddjurs", id, "CourseCompleted", """{ "goalsAttained": true, "continuation": "Motionshold" }""");

        Assert.Equal("completed", course.GetProperty("outcome").GetString());
        Assert.Equal("metLate", Status(course, "contact"));
        Assert.Equal("waived", Status(course, "startGuarantee"));
        Assert.Equal("metLate", Status(course, "start"));
    }

    [Fact]
    public async Task RebildSel86_1_EverythingOnTime_Completed()
    {
        var api = new CourseClient(await hosts.CreateAsync("2026-03-27T14:00:00+01:00"));
        var id = await api.PostApplicationAsync("dev-rebild", Application("rebild/sel86-1", "A-1"));

        await api.AdvanceAsync("2026-03-30T10:00:00+02:00");
        await api.EventAsync("dev-rebild", id, "CitizenContacted");
        await api.EventAsync("dev-rebild", id, "Visitated", """{ "granted": true, "level": "basal" }""");
        await api.AdvanceAsync("2026-04-01T10:00:00+02:00");
        await api.EventAsync("dev-rebild", id, "ProviderContacted");
        await api.AdvanceAsync("2026-04-08T10:00:00+02:00");
        var started = await api.EventAsync("dev-rebild", id, "TrainingStarted");
        await api.AdvanceAsync("2026-05-15T10:00:00+02:00");
        var course = await api.EventAsync("dev-rebild", id, "CourseCompleted", """{ "goalsAttained": true }""");

        Assert.Equal("2026-05-20", Deadline(started, "end").GetProperty("due").GetString());
        Assert.All(course.GetProperty("deadlines").EnumerateArray(), d => Assert.Equal("met", d.GetProperty("status").GetString()));
        Assert.Equal("completed", course.GetProperty("outcome").GetString());
        Assert.Empty(course.GetProperty("escalations").EnumerateArray());
    }

    [Fact]
    public async Task RebildSel86_2_VisitationRefused_Rejected()
    {
        var api = new CourseClient(await hosts.CreateAsync("2026-03-27T14:00:00+01:00"));
        var id = await api.PostApplicationAsync("dev-rebild", Application("rebild/sel86-2", "A-2"));

        await api.AdvanceAsync("2026-03-30T10:00:00+02:00");
        await api.EventAsync("dev-rebild", id, "CitizenContacted");
        var course = await api.EventAsync("dev-rebild", id, "Visitated", """{ "granted": false }""");
        await api.EventAsync("dev-rebild", id, "TrainingStarted", expected: HttpStatusCode.Conflict);

        Assert.Equal("rejected", course.GetProperty("outcome").GetString());
        Assert.Equal("ended", course.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Mariagerfjord_ExtendedToTheMaximum_FifthWeekRefused_Completed()
    {
        var api = new CourseClient(await hosts.CreateAsync("2026-03-02T09:00:00+01:00"));
        var id = await api.PostApplicationAsync("dev-mariagerfjord", Application("mariagerfjord/sel86-1", "M-1"));

        await api.AdvanceAsync("2026-03-04T09:00:00+01:00");
        await api.EventAsync("dev-mariagerfjord", id, "Visitated", """{ "granted": true }""");
        await api.AdvanceAsync("2026-03-10T09:00:00+01:00");
        await api.EventAsync("dev-mariagerfjord", id, "InitialExaminationHeld", """{ "goalsSet": true }""");
        await api.AdvanceAsync("2026-03-20T09:00:00+01:00");
        await api.EventAsync("dev-mariagerfjord", id, "TrainingStarted");
        await api.AdvanceAsync("2026-05-01T09:00:00+02:00");
        var extended = await api.EventAsync("dev-mariagerfjord", id, "ExtensionGranted", """{ "weeks": 4 }""");
        var refused = await api.EventAsync("dev-mariagerfjord", id, "ExtensionGranted", """{ "weeks": 1 }""", HttpStatusCode.Conflict);
        await api.AdvanceAsync("2026-06-10T09:00:00+02:00");
        var course = await api.EventAsync("dev-mariagerfjord", id, "CourseCompleted", """{ "goalsAttained": false }""");

        Assert.Equal("2026-06-12", Deadline(extended, "end").GetProperty("due").GetString());
        Assert.Contains("at most 4 weeks", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("completed", course.GetProperty("outcome").GetString());
        Assert.Equal("breached", Status(course, "contact"));
    }

    [Fact]
    public async Task Kommune002_MidwayLate_Level2_ThenTerminated()
    {
        var api = new CourseClient(await hosts.CreateAsync("2026-03-02T09:00:00+01:00"));
        var id = await api.PostApplicationAsync("dev-kommune-002", Application("kommune-002/sel86-1", "K2-1"));

        await api.EventAsync("dev-kommune-002", id, "CitizenContacted");
        await api.EventAsync("dev-kommune-002", id, "TrainingStarted");
        await api.AdvanceAsync("2026-04-10T09:00:00+02:00");
        await api.EventAsync("dev-kommune-002", id, "MidwayEvaluationHeld");
        using var terminate = await api.Factory.Client("dev-kommune-002").PostAsync(
            $"/api/courses/{id}/terminate", new StringContent("""{ "reason": "Borgeren er flyttet" }""", System.Text.Encoding.UTF8, "application/json"));
        var course = await api.GetAsync("dev-kommune-002", id);

        Assert.Equal(HttpStatusCode.OK, terminate.StatusCode);
        Assert.Equal("metLate", Status(course, "midwayEvaluation"));
        Assert.Equal("2026-03-30", Deadline(course, "midwayEvaluation").GetProperty("due").GetString());
        Assert.Contains(course.GetProperty("escalations").EnumerateArray(), e => e.GetProperty("level").GetInt32() == 2);
        Assert.Equal("cancelled", course.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task NorddjursSel86_DecisionLate_MetLate_ThenCompleted()
    {
        var api = new CourseClient(await hosts.CreateAsync("2026-05-04T09:00:00+02:00"));
        var id = await api.PostApplicationAsync("dev-norddjurs", Application("norddjurs/sel86", "N-1"));

        await api.AdvanceAsync("2026-05-25T09:00:00+02:00");
        var decided = await api.EventAsync("dev-norddjurs", id, "Visitated", """{ "granted": true, "level": "avanceret" }""");
        await api.EventAsync("dev-norddjurs", id, "TrainingStarted");
        var course = await api.EventAsync("dev-norddjurs", id, "CourseCompleted", "{}");

        Assert.Equal("2026-05-18", Deadline(decided, "decision").GetProperty("due").GetString());
        Assert.Equal("metLate", Status(decided, "decision"));
        Assert.Equal("completed", course.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Kommune004_AllSevenTargetsMet_Completed()
    {
        var api = new CourseClient(await hosts.CreateAsync("2026-01-05T09:00:00+01:00"));
        var id = await api.PostApplicationAsync("dev-kommune-004", Application("kommune-004/sel86-1", "K4-1"));

        await api.AdvanceAsync("2026-01-07T09:00:00+01:00");
        await api.EventAsync("dev-kommune-004", id, "CitizenContacted");
        await api.EventAsync("dev-kommune-004", id, "Visitated", """{ "granted": true }""");
        await api.AdvanceAsync("2026-01-12T09:00:00+01:00");
        await api.EventAsync("dev-kommune-004", id, "InitialExaminationHeld", """{ "goalsSet": true }""");
        await api.EventAsync("dev-kommune-004", id, "TrainingStarted");
        await api.AdvanceAsync("2026-02-16T09:00:00+01:00");
        await api.EventAsync("dev-kommune-004", id, "MidwayEvaluationHeld");
        await api.AdvanceAsync("2026-04-01T09:00:00+02:00");
        var course = await api.EventAsync("dev-kommune-004", id, "CourseCompleted", """{ "goalsAttained": true, "continuation": "Aktivitetscenter" }""");

        Assert.Equal("2026-01-21", Deadline(course, "start").GetProperty("due").GetString());
        Assert.Equal("2026-04-12", Deadline(course, "end").GetProperty("due").GetString());
        Assert.All(course.GetProperty("deadlines").EnumerateArray(), d => Assert.Equal("met", d.GetProperty("status").GetString()));
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
