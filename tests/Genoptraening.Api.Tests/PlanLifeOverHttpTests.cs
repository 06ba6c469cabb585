using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Genoptraening.Api.Tests.Support;
using Xunit;
using static Genoptraening.Api.Tests.Support.CourseClient;

namespace Genoptraening.Api.Tests;

/// <summary>
/// RULES.md § 9 over HTTP (contracts/http-api.md): the same plan again, a changed plan, a correction and a cancellation, in
/// JSON and in GGOP XML; what the municipality's queue is told; and corrections that race with the course's own timer and
/// with a visitator's event, losing neither.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class PlanLifeOverHttpTests(ApiHosts hosts)
{
    private const string Received = "2026-05-08T10:00:00+02:00";

    [Fact]
    public async Task TheSamePlanAgain_Is200AndTheSameCourse_AChangedOne409SayingToSendACorrection()
    {
        var courses = new CourseClient(await hosts.CreateAsync(Received));
        var id = await courses.PostPlanAsync(HospitalA, Plan("5790000000001", "LIFE-SAME", "rebild", dischargeDate: "2026-05-12"));
        var before = await courses.SnapshotAsync(id);

        using var again = await Post(courses, Plan("5790000000001", "LIFE-SAME", "rebild", dischargeDate: "2026-05-12"));
        using var changed = await Post(courses, Plan("5790000000001", "LIFE-SAME", "rebild", dischargeDate: "2026-05-15"));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(id, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.Conflict, changed.StatusCode);
        var reason = await changed.Content.ReadAsStringAsync();
        Assert.Contains("dischargeDate", reason, StringComparison.Ordinal);
        Assert.Contains("corrected", reason, StringComparison.Ordinal);
        Assert.Equal(before, await courses.SnapshotAsync(id));
    }

    [Fact]
    public async Task Example5_ACorrection_MovesTheGuarantee_Is200_AndTheQueueIsTold()
    {
        var courses = new CourseClient(await hosts.CreateAsync(Received));
        var id = await courses.PostPlanAsync(HospitalA, Plan("5790000000001", "LIFE-5", "rebild", dischargeDate: "2026-05-12"));
        await courses.AdvanceAsync("2026-05-13T09:00:00+02:00");

        using var corrected = await Post(courses, Corrected("LIFE-5", "2026-05-15"));
        await courses.AdvanceAsync("2026-05-25T00:00:00+02:00");
        var course = await courses.GetAsync("dev-rebild", id);

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal(id, (await corrected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
        Assert.Equal("2026-05-22", Deadline(course, "startGuarantee").GetProperty("due").GetString());
        Assert.Equal("2026-05-23T00:00:00+02:00", Deadline(course, "startGuarantee").GetProperty("breachedAt").GetString());
        Assert.Equal("2026-05-15", course.GetProperty("referral").GetProperty("dischargeDate").GetString());
        var inbox = new EscalationInbox(hosts.Azurite.ConnectionString, "rebild");
        await inbox.ReadUntilAsync(i => i.Messages.Any(m => IsOf(m, id, "plan.corrected")), TimeSpan.FromSeconds(30));
        var message = inbox.Messages.First(m => IsOf(m, id, "plan.corrected"));
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (message.GetProperty("deadline").ValueKind, message.GetProperty("level").ValueKind));
        Assert.Equal("2026-05-13T09:00:00+02:00", message.GetProperty("at").GetString());
    }

    [Fact]
    public async Task ACorrection_OfAPlanNeverReceived404_ChangingTheCitizenOrMunicipality409_TooLateADischarge400()
    {
        var courses = new CourseClient(await hosts.CreateAsync(Received));
        await courses.PostPlanAsync(HospitalA, Plan("5790000000001", "LIFE-REFUSED", "rebild", dischargeDate: "2026-05-12"));

        using var unknown = await Post(courses, Corrected("LIFE-NEVER", "2026-05-15"));
        using var otherCitizen = await Post(courses, With(Corrected("LIFE-REFUSED", "2026-05-15"), "cpr", "0202601234"));
        using var otherMunicipality = await Post(courses, With(Corrected("LIFE-REFUSED", "2026-05-15"), "municipality", "norddjurs"));
        using var tooLate = await Post(courses, Corrected("LIFE-REFUSED", "2026-08-07"));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, otherCitizen.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, otherMunicipality.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLate.StatusCode);
        Assert.Contains("\"dischargeDate\"", await tooLate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACancellation_EndsTheCourseWithdrawn_Is200_TheQueueIsTold_AndAfterItACorrectionIs409()
    {
        var courses = new CourseClient(await hosts.CreateAsync(Received));
        var id = await courses.PostPlanAsync(HospitalA, Plan("5790000000001", "LIFE-CANCEL", "rebild", dischargeDate: "2026-05-12"));

        using var cancelled = await Post(courses, new { sender = "5790000000001", planId = "LIFE-CANCEL", status = "cancelled" });
        using var corrected = await Post(courses, Corrected("LIFE-CANCEL", "2026-05-15"));
        var course = await courses.GetAsync("dev-rebild", id);

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("withdrawn", course.GetProperty("outcome").GetString());
        Assert.Equal(HttpStatusCode.Conflict, corrected.StatusCode);
        var inbox = new EscalationInbox(hosts.Azurite.ConnectionString, "rebild");
        await inbox.ReadUntilAsync(i => i.Messages.Any(m => IsOf(m, id, "plan.cancelled")), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task GgopXml_RettetbrevCorrects_AnnulleretbrevCancels()
    {
        var courses = new CourseClient(await hosts.CreateAsync(Received));
        using var created = await PostXml(courses, Ggop("GGOP-LIFE-X", "nytbrev", "2026-05-12"));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        using var corrected = await PostXml(courses, Ggop("GGOP-LIFE-X", "rettetbrev", "2026-05-15"));
        var afterCorrection = await courses.GetAsync("dev-rebild", id);
        using var cancelled = await PostXml(courses, Ggop("GGOP-LIFE-X", "annulleretbrev", "2026-05-15"));
        using var unknownStatus = await PostXml(courses, Ggop("GGOP-LIFE-X", "hemmeligbrev", "2026-05-15"));

        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal("2026-05-22", Deadline(afterCorrection, "startGuarantee").GetProperty("due").GetString());
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("withdrawn", (await courses.GetAsync("dev-rebild", id)).GetProperty("outcome").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, unknownStatus.StatusCode);
        Assert.Contains("Letter/StatusCode", await unknownStatus.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACorrectionAndAVisitatorsEvent_AtOnce_BothTaken()
    {
        var courses = new CourseClient(await hosts.CreateAsync(Received));
        var id = await courses.PostPlanAsync(HospitalA, Plan("5790000000001", "LIFE-RACE", "rebild", dischargeDate: "2026-05-12"));

        var correcting = Post(courses, Corrected("LIFE-RACE", "2026-05-15"));
        var contacting = courses.Factory.Client("dev-rebild").PostAsync(new Uri($"/api/courses/{id}/events/CitizenContacted", UriKind.Relative), null);
        using var corrected = await correcting;
        using var contacted = await contacting;
        var course = await courses.GetAsync("dev-rebild", id);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (corrected.StatusCode, contacted.StatusCode));
        Assert.Equal("met", Status(course, "contact"));
        Assert.Equal("2026-05-22", Deadline(course, "startGuarantee").GetProperty("due").GetString());
    }

    [Fact]
    public async Task ACorrectionAndTheCoursesOwnTimer_AtOnce_NeitherIsLost()
    {
        var courses = new CourseClient(await hosts.CreateAsync(Received));
        var id = await courses.PostPlanAsync(HospitalA, Plan("5790000000001", "LIFE-TIMER", "rebild", dischargeDate: "2026-05-12"));

        // The contact deadline's breach (13 May 00:00) fires while the correction arrives.
        var advancing = courses.AdvanceAsync("2026-05-13T09:00:00+02:00");
        using var corrected = await Post(courses, Corrected("LIFE-TIMER", "2026-05-15"));
        await advancing;
        var course = await courses.GetAsync("dev-rebild", id);

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal("breached", Status(course, "contact"));
        Assert.Equal("2026-05-22", Deadline(course, "startGuarantee").GetProperty("due").GetString());
        Assert.Equal("pending", Status(course, "startGuarantee"));
    }

    [Fact]
    public async Task ACancellationTheCoursesOwnTimerAndAVisitatorsEvent_AtOnce_EachAnswered_NoneLost()
    {
        var courses = new CourseClient(await hosts.CreateAsync(Received));
        var id = await courses.PostPlanAsync(HospitalA, Plan("5790000000001", "LIFE-CANCEL-RACE", "rebild", dischargeDate: "2026-05-12"));

        // The contact's breach (13 May 00:00) fires, the visitator records a contact, the hospital cancels: all at once.
        var advancing = courses.AdvanceAsync("2026-05-13T09:00:00+02:00");
        var contacting = courses.Factory.Client("dev-rebild").PostAsync(new Uri($"/api/courses/{id}/events/CitizenContacted", UriKind.Relative), null);
        using var cancelled = await Post(courses, new { sender = "5790000000001", planId = "LIFE-CANCEL-RACE", status = "cancelled" });
        await advancing;
        using var contacted = await contacting;
        var course = await courses.GetAsync("dev-rebild", id);
        var history = (await courses.Factory.Client("dev-rebild").GetFromJsonAsync<JsonElement>($"/api/courses/{id}/history")).GetProperty("events").EnumerateArray()
            .Select(e => e.GetProperty("type").GetString()).ToList();

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("withdrawn", course.GetProperty("outcome").GetString());
        // The contact is taken before the cancellation (200) or refused after it (409); never lost without an answer.
        Assert.Contains(contacted.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict });
        Assert.Equal(contacted.StatusCode == HttpStatusCode.OK, history.Count(t => t == "OccurrenceRecorded") == 2);
        Assert.Equal(1, history.Count(t => t == "CourseEnded"));
    }

    private static object Corrected(string planId, string dischargeDate) => new
    {
        sender = "5790000000001", planId, municipality = "rebild", cpr = "0101501234", dischargeDate, planType = "almen", level = "basal",
        startNotBefore = (string?)null, receivedAt = (string?)null, text = "Genoptræning efter hoftealloplastik", status = "corrected",
    };

    private static Dictionary<string, object?> With(object plan, string field, object? value)
    {
        var fields = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(plan))!;
        fields[field] = value;
        return fields;
    }

    private static Task<HttpResponseMessage> Post(CourseClient courses, object plan) => courses.Factory.Client(HospitalA).PostAsJsonAsync("/api/plans", plan);

    private static Task<HttpResponseMessage> PostXml(CourseClient courses, string xml) =>
        courses.Factory.Client(HospitalA).PostAsync(new Uri("/api/plans", UriKind.Relative), new StringContent(xml, Encoding.UTF8, "application/xml"));

    private static string Ggop(string planId, string status, string discharge) => $"""
        <Emessage><RehabilitationPlan>
          <Letter><Identifier>{planId}</Identifier><StatusCode>{status}</StatusCode></Letter>
          <Sender><EANIdentifier>5790000000001</EANIdentifier></Sender>
          <Receiver><EANIdentifier>5790000100001</EANIdentifier></Receiver>
          <Patient><CivilRegistrationNumber>0101501234</CivilRegistrationNumber></Patient>
          <DischargeDate>{discharge}</DischargeDate>
          <TypeOfRehabilitationPlan>almen</TypeOfRehabilitationPlan>
        </RehabilitationPlan></Emessage>
        """;

    private static bool IsOf(JsonElement message, string courseId, string type) =>
        message.GetProperty("courseId").GetString() == courseId && message.GetProperty("type").GetString() == type;
}
