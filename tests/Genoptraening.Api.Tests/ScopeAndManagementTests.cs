using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Genoptraening.Api.Tests.Support;
using Xunit;
using static Genoptraening.Api.Tests.Support.CourseClient;

namespace Genoptraening.Api.Tests;

/// <summary>Who sees what, the same plan twice, history, paging, purge, GGOP XML, health and the OpenAPI document.</summary>
[Collection(ApiCollection.Name)]
public sealed class ScopeAndManagementTests(ApiHosts hosts)
{
    [Fact]
    public async Task HospitalB_CannotReadHospitalAsCourse_RebildCannotActOnANorddjursCourse()
    {
        var api = new CourseClient(await hosts.CreateAsync());
        var rebildPlan = await api.PostPlanAsync(HospitalA, Plan("5790000000001", "S-1", "rebild"));
        var norddjursPlan = await api.PostPlanAsync(HospitalB, Plan("5790000000002", "S-2", "norddjurs"));

        await api.GetAsync(HospitalA, rebildPlan);
        await api.GetAsync(HospitalB, rebildPlan, HttpStatusCode.NotFound);
        await api.GetAsync("dev-rebild", rebildPlan);
        await api.GetAsync("dev-rebild", norddjursPlan, HttpStatusCode.NotFound);
        await api.EventAsync("dev-rebild", norddjursPlan, "CitizenContacted", expected: HttpStatusCode.NotFound);
        await api.GetAsync(Admin, norddjursPlan);
        var untouched = await api.GetAsync("dev-norddjurs", norddjursPlan);

        Assert.Equal("pending", Status(untouched, "contact"));
        Assert.Equal([rebildPlan], await ListIdsAsync(api, HospitalA, string.Empty));
        Assert.Equal([norddjursPlan], await ListIdsAsync(api, "dev-norddjurs", string.Empty));
        Assert.Empty(await ListIdsAsync(api, "dev-norddjurs", "&municipality=rebild"));
        Assert.Equal(2, (await ListIdsAsync(api, Admin, string.Empty)).Count);
    }

    [Fact]
    public async Task SamePlanTwice_200WithTheSameBody_NothingNewStored()
    {
        var api = new CourseClient(await hosts.CreateAsync());
        using var first = await api.Factory.Client(HospitalA).PostAsJsonAsync("/api/plans", Plan("5790000000001", "TWICE", "rebild"));
        using var second = await api.Factory.Client(HospitalA).PostAsJsonAsync("/api/plans", Plan("5790000000001", "TWICE", "rebild"));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Single(await ListIdsAsync(api, Admin, string.Empty));
    }

    [Fact]
    public async Task SamePlanTwentyTimesAtOnce_OneCourseStarted_Once202_Otherwise200WithTheSameBody()
    {
        var api = new CourseClient(await hosts.CreateAsync());
        var copies = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var response = await api.Factory.Client(HospitalA).PostAsJsonAsync("/api/plans", Plan("5790000000001", "TWENTY", "rebild"));
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));
        var course = JsonDocument.Parse(copies[0].Body).RootElement.GetProperty("id").GetString()!;
        var history = JsonDocument.Parse(await api.Factory.Client(Admin).GetStringAsync($"/api/courses/{course}/history")).RootElement;

        Assert.Single(copies, c => c.StatusCode == HttpStatusCode.Accepted);
        Assert.Equal(19, copies.Count(c => c.StatusCode == HttpStatusCode.OK));
        Assert.Single(copies.Select(c => c.Body).Distinct());
        Assert.Equal([course], await ListIdsAsync(api, Admin, string.Empty));
        Assert.Single(history.GetProperty("events").EnumerateArray(), e => e.GetProperty("type").GetString() == "CourseStarted");
    }

    [Fact]
    public async Task SameApplicationTwice_200_OneCourse()
    {
        var api = new CourseClient(await hosts.CreateAsync());
        var first = await api.PostApplicationAsync("dev-rebild", Application("rebild/sel86-1", "APP-TWICE"));
        var second = await api.PostApplicationAsync("dev-rebild", Application("rebild/sel86-1", "APP-TWICE"), HttpStatusCode.OK);

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task List_PagesWithAContinuationToken_SortedByNextDue()
    {
        var api = new CourseClient(await hosts.CreateAsync("2026-05-08T10:00:00+02:00"));
        for (var i = 0; i < 5; i++)
        {
            await api.PostApplicationAsync("dev-rebild", Application(i % 2 == 0 ? "rebild/sel86-1" : "rebild/sel86-2", $"PAGE-{i}", $"2026-05-0{i + 1}T10:00:00+02:00"));
        }

        var client = api.Factory.Client("dev-rebild");
        var first = JsonDocument.Parse(await client.GetStringAsync("/api/courses?top=3")).RootElement;
        var token = first.GetProperty("continuationToken").GetString();
        var second = JsonDocument.Parse(await client.GetStringAsync($"/api/courses?top=3&continuationToken={token}")).RootElement;
        var dues = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(i => i.GetProperty("nextDueAt").GetString()).ToList();
        var filtered = JsonDocument.Parse(await client.GetStringAsync("/api/courses?standard=rebild/sel86-2")).RootElement;

        Assert.Equal(3, first.GetProperty("items").GetArrayLength());
        Assert.Equal(2, second.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("continuationToken").ValueKind);
        Assert.Equal(dues.OrderBy(d => d ?? "~", StringComparer.Ordinal), dues);
        Assert.Contains(null, dues);
        Assert.Equal(2, filtered.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Acknowledge_AnEscalation_RecordedOnce_WithItsComment()
    {
        var api = new CourseClient(await hosts.CreateAsync("2026-05-08T10:00:00+02:00"));
        var id = await api.PostPlanAsync(HospitalA, Plan("5790000000001", "ACK", "rebild"));
        await api.AdvanceAsync("2026-05-17T00:00:00+02:00");
        var client = api.Factory.Client("dev-rebild");

        using var first = await client.PostAsJsonAsync($"/api/courses/{id}/alerts/acknowledge", new { kind = "startGuarantee", level = 1, comment = "Tilbudt privat leverandør" });
        using var again = await client.PostAsJsonAsync($"/api/courses/{id}/alerts/acknowledge", new { kind = "startGuarantee", level = 1, comment = "igen" });
        using var noComment = await client.PostAsJsonAsync($"/api/courses/{id}/alerts/acknowledge", new { kind = "contact", level = 1 });
        using var otherMunicipality = await api.Factory.Client("dev-norddjurs").PostAsJsonAsync(
            $"/api/courses/{id}/alerts/acknowledge", new { kind = "contact", level = 1, comment = "x" });
        var course = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noComment.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherMunicipality.StatusCode);
        var acknowledgement = Assert.Single(course.GetProperty("acknowledgements").EnumerateArray());
        Assert.Equal("Tilbudt privat leverandør", acknowledgement.GetProperty("comment").GetString());
        Assert.Equal("dev-rebild", acknowledgement.GetProperty("by").GetString());
    }

    [Fact]
    public async Task History_ListsTheEventsWithoutTheCprNumber()
    {
        var api = new CourseClient(await hosts.CreateAsync());
        var id = await api.PostPlanAsync(HospitalA, Plan("5790000000001", "HIST", "rebild"));
        await api.EventAsync("dev-rebild", id, "CitizenContacted");

        var history = await api.Factory.Client("dev-rebild").GetStringAsync($"/api/courses/{id}/history");
        var events = JsonDocument.Parse(history).RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToList();

        Assert.Equal("CourseStarted", events[0]);
        Assert.Contains("OccurrenceRecorded", events);
        Assert.DoesNotContain("0101501234", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_NamesWhoRecordedEachEvent_AndAHospitalSeesNoMunicipalCaseNotes()
    {
        var api = new CourseClient(await hosts.CreateAsync("2026-05-08T10:00:00+02:00"));
        var id = await api.PostPlanAsync(HospitalA, Plan("5790000000001", "WHO", "rebild"));
        await api.EventAsync("dev-rebild", id, "CitizenContacted");
        await api.AdvanceAsync("2026-05-14T12:00:00+02:00"); // the start warning (13 May 00:00) is the timers'
        using (var acknowledged = await api.Factory.Client("dev-rebild").PostAsJsonAsync(
            $"/api/courses/{id}/alerts/acknowledge", new { kind = "start", level = 0, comment = "Borgeren venter på en tid hos fysioterapeuten" }))
        {
            Assert.True(acknowledged.IsSuccessStatusCode, await acknowledged.Content.ReadAsStringAsync());
        }

        await api.EventAsync("dev-rebild", id, "CourseCancelled", """{ "reason": "Borgeren er flyttet til Aalborg" }""");

        var municipal = Events(await api.Factory.Client("dev-rebild").GetStringAsync($"/api/courses/{id}/history"));
        Assert.Equal("dev-hospital-a", By(municipal, "CourseStarted"));
        Assert.All(municipal.Where(e => e.GetProperty("type").GetString() == "OccurrenceRecorded"), e => Assert.Equal("dev-rebild", e.GetProperty("by").GetString()));
        Assert.Equal("dev-rebild", By(municipal, "AlertAcknowledged"));
        Assert.Equal("system", By(municipal, "WarningRaised"));
        Assert.All(municipal, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("by").GetString())));

        var hospitalText = await api.Factory.Client(HospitalA).GetStringAsync($"/api/courses/{id}/history");
        var hospital = Events(hospitalText);
        Assert.DoesNotContain("fysioterapeuten", hospitalText, StringComparison.Ordinal);
        Assert.DoesNotContain("Aalborg", hospitalText, StringComparison.Ordinal);
        Assert.DoesNotContain(hospital, e => e.GetProperty("type").GetString() == "AlertAcknowledged");
        Assert.Equal(["CitizenContacted", "CourseCancelled"], hospital.Where(e => e.GetProperty("type").GetString() == "OccurrenceRecorded")
            .Select(e => e.GetProperty("data").GetProperty("occurrence").GetProperty("type").GetString()));
        Assert.Equal("rebild", hospital.First(e => e.GetProperty("type").GetString() == "OccurrenceRecorded").GetProperty("by").GetString());
        Assert.Equal("dev-hospital-a", By(hospital, "CourseStarted"));
        Assert.Contains(hospital, e => e.GetProperty("type").GetString() == "CourseEnded");
        var course = await api.GetAsync(HospitalA, id);
        Assert.Equal(0, course.GetProperty("acknowledgements").GetArrayLength()); // the comment is the municipality's
        Assert.Equal(1, (await api.GetAsync("dev-rebild", id)).GetProperty("acknowledgements").GetArrayLength());

        // A plan received late: its start step breaches at once; the breaches and the free choice are the timers', not the hospital's.
        var late = await api.PostPlanAsync(HospitalA, Plan("5790000000001", "WHO-LATE", "rebild", dischargeDate: "2026-05-01"));
        var started = Events(await api.Factory.Client("dev-rebild").GetStringAsync($"/api/courses/{late}/history"));
        Assert.Equal("dev-hospital-a", By(started, "CourseStarted"));
        Assert.All(started.Where(e => e.GetProperty("type").GetString() is "DeadlineBreached" or "EscalationRaised" or "FreeChoiceTriggered"),
            e => Assert.Equal("system", e.GetProperty("by").GetString()));
        Assert.Contains(started, e => e.GetProperty("type").GetString() == "FreeChoiceTriggered");

        static List<JsonElement> Events(string history) => [.. JsonDocument.Parse(history).RootElement.GetProperty("events").EnumerateArray()];
        static string? By(List<JsonElement> events, string type) => events.First(e => e.GetProperty("type").GetString() == type).GetProperty("by").GetString();
    }

    [Fact]
    public async Task Purge_RemovesTheCourseAndItsPersonalData_ForAdministratorsOnly()
    {
        var api = new CourseClient(await hosts.CreateAsync());
        var id = await api.PostPlanAsync(HospitalA, Plan("5790000000001", "PURGE", "rebild"));

        using var refused = await api.Factory.Client("dev-rebild").DeleteAsync($"/api/courses/{id}");
        using var purged = await api.Factory.Client(Admin).DeleteAsync($"/api/courses/{id}");
        using var again = await api.Factory.Client(Admin).DeleteAsync($"/api/courses/{id}");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, purged.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        await api.GetAsync(Admin, id, HttpStatusCode.NotFound);
        using var samePlanAgain = await api.Factory.Client(HospitalA).PostAsJsonAsync("/api/plans", Plan("5790000000001", "PURGE", "rebild"));
        Assert.Equal(HttpStatusCode.Conflict, samePlanAgain.StatusCode);
        Assert.Contains("purged", await samePlanAgain.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retry_IsForOperators_AndOnlyForAFaultedCourse()
    {
        var api = new CourseClient(await hosts.CreateAsync());
        var id = await api.PostPlanAsync(HospitalA, Plan("5790000000001", "RETRY", "rebild"));

        using var municipality = await api.Factory.Client("dev-rebild").PostAsync($"/api/courses/{id}/retry", null);
        using var healthy = await api.Factory.Client(Admin).PostAsync($"/api/courses/{id}/retry", null);
        using var unknown = await api.Factory.Client(Admin).PostAsync($"/api/courses/{Guid.NewGuid()}/retry", null);

        Assert.Equal(HttpStatusCode.Forbidden, municipality.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, healthy.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task GgopXmlPlan_IsMappedToACourseOfTheReceivingMunicipality()
    {
        var api = new CourseClient(await hosts.CreateAsync("2026-05-08T10:00:00+02:00"));
        const string Xml = """
            <Emessage xmlns="http://rep.oio.dk/medcom.dk/xml/schemas/2006/07/01/"><RehabilitationPlan>
              <Letter><Identifier>GGOP-XML-1</Identifier></Letter>
              <Sender><EANIdentifier>5790000000002</EANIdentifier></Sender>
              <Receiver><EANIdentifier>5790000100002</EANIdentifier></Receiver>
              <Patient><CivilRegistrationNumber>0101501234</CivilRegistrationNumber></Patient>
              <DischargeDate>2026-05-07</DischargeDate>
              <TypeOfRehabilitationPlan>specialiseret</TypeOfRehabilitationPlan>
              <RehabilitationDeadline>Opstart senest 7 dage efter udskrivelse</RehabilitationDeadline>
            </RehabilitationPlan></Emessage>
            """;
        using var content = new StringContent(Xml, Encoding.UTF8, "application/xml");
        using var response = await api.Factory.Client(HospitalB).PostAsync("/api/plans", content);
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        var course = await api.GetAsync("dev-norddjurs", id);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("norddjurs/sul140", course.GetProperty("standard").GetString());
        Assert.Equal("2026-05-14", Deadline(course, "startGuarantee").GetProperty("due").GetString());
        Assert.Equal("plan:5790000000002/GGOP-XML-1", course.GetProperty("referral").GetProperty("key").GetString());
    }

    [Fact]
    public async Task Health_AndTheOpenApiDocument_AreServed()
    {
        var factory = await hosts.CreateAsync();
        var client = factory.Client(null);

        var health = JsonDocument.Parse(await client.GetStringAsync("/healthz")).RootElement;
        var openApi = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;

        Assert.Equal("healthy", health.GetProperty("status").GetString());
        Assert.Equal("azure-storage", health.GetProperty("store").GetString());
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/api/plans", out _));
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/api/courses/{id}/events/{type}", out _));
    }

    private static async Task<List<string>> ListIdsAsync(CourseClient api, string key, string query)
    {
        var page = JsonDocument.Parse(await api.Factory.Client(key).GetStringAsync($"/api/courses?top=100{query}")).RootElement;
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
    }
}
