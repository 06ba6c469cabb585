using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Genoptraening.Api.Tests.Support;
using Xunit;

namespace Genoptraening.Api.Tests;

/// <summary>Bad input changes nothing and is answered with problem details naming the field (400), or 401, 403, 404, 413, 415.</summary>
[Collection(ApiCollection.Name)]
public sealed class BadInputTests(ApiHosts hosts)
{
    private const string GoodPlan = """
        { "sender": "5790000000001", "planId": "P-1", "municipality": "rebild", "cpr": "0101501234", "dischargeDate": "2026-05-08",
          "planType": "almen", "level": "basal", "startNotBefore": null, "receivedAt": null, "text": "..." }
        """;

    private const string GoodXml = """
        <Emessage><RehabilitationPlan>
          <Letter><Identifier>GGOP-X-1</Identifier></Letter>
          <Sender><EANIdentifier>5790000000001</EANIdentifier></Sender>
          <Receiver><EANIdentifier>5790000100001</EANIdentifier></Receiver>
          <Patient><CivilRegistrationNumber>0101501234</CivilRegistrationNumber></Patient>
          <TypeOfRehabilitationPlan>almen</TypeOfRehabilitationPlan>
        </RehabilitationPlan></Emessage>
        """;

    /// <summary>key, method, path ({course} is a rebild/sel86-1 course), content type, body, status, field.</summary>
    public static TheoryData<string?, string, string, string?, string, int, string?> Cases => new()
    {
        { "dev-hospital-a", "POST", "/api/plans", "application/json", "{ \"sender\": ", 400, "body" },
        { "dev-hospital-a", "POST", "/api/plans", "application/json", "[]", 400, "body" },
        { "dev-hospital-a", "POST", "/api/plans", "application/json", Without(GoodPlan, "sender"), 400, "sender" },
        { "dev-hospital-a", "POST", "/api/plans", "application/json", Without(GoodPlan, "planId"), 400, "planId" },
        { "dev-hospital-a", "POST", "/api/plans", "application/json", Without(GoodPlan, "municipality"), 400, "municipality" },
        { "dev-hospital-a", "POST", "/api/plans", "application/json", Without(GoodPlan, "cpr"), 400, "cpr" },
        { "dev-hospital-a", "POST", "/api/plans", "application/json", With(GoodPlan, "cpr", "\"010150123\""), 400, "cpr" },
        { "dev-hospital-a", "POST", "/api/plans", "application/json", With(GoodPlan, "cpr", "\"010150-1234\""), 400, "cpr" },
        { "dev-hospital-a", "POST", "/api/plans", "application/json", With(GoodPlan, "cpr", "\"3102501234\""), 400, "cpr" },
        { "dev-hospital-a", "POST", "/api/plans", "application/json", With(GoodPlan, "cpr", "\"0113501234\""), 400, "cpr" },
        { "dev-hospital-a", "POST", "/api/plans", "application/json", With(GoodPlan, "cpr", "\"0101505234\""), 400, "cpr" },
        { "dev-hospital-a", "POST", "/api/plans", "application/json", With(GoodPlan, "cpr", "101501234"), 400, "cpr" },
        { "dev-hospital-a", "POST", "/api/plans", "application/json", With(GoodPlan, "municipality", "\"aarhus\""), 400, "municipality" },
        { "dev-hospital-a", "POST", "/api/plans", "application/json", With(GoodPlan, "dischargeDate", "\"2026-05-09\""), 400, "dischargeDate" },
        { "dev-hospital-a", "POST", "/api/plans", "application/json", With(GoodPlan, "dischargeDate", "\"08-05-2026\""), 400, "dischargeDate" },
        { "dev-hospital-a", "POST", "/api/plans", "application/json", With(GoodPlan, "receivedAt", "\"2026-05-09T10:00:00+02:00\""), 400, "receivedAt" },
        { "dev-hospital-a", "POST", "/api/plans", "application/json", With(GoodPlan, "receivedAt", "\"2026-05-07T10:00:00\""), 400, "receivedAt" },
        { "dev-hospital-a", "POST", "/api/plans", "application/json", With(GoodPlan, "sender", "5790000000001"), 400, "sender" },
        { "dev-hospital-a", "POST", "/api/plans", "application/json", With(GoodPlan, "level", "\"ekstra\""), 400, "level" },
        { "dev-hospital-a", "POST", "/api/plans", "application/json", With(GoodPlan, "startNotBefore", "true"), 400, "startNotBefore" },
        { "dev-hospital-a", "POST", "/api/plans", "application/json", With(GoodPlan, "planId", $"\"{new string('x', 101)}\""), 400, "planId" },
        { "dev-hospital-a", "POST", "/api/plans", "text/plain", GoodPlan, 415, null },
        { "dev-hospital-a", "POST", "/api/plans", null, GoodPlan, 415, null },
        { "dev-hospital-a", "POST", "/api/plans", "application/json", With(GoodPlan, "text", $"\"{new string('x', 300_000)}\""), 413, null },
        { "dev-hospital-a", "POST", "/api/plans", "application/json", With(GoodPlan, "sender", "\"5790000000002\""), 403, null },
        { "dev-hospital-a", "POST", "/api/plans", "application/xml", "<Emessage><Letter>", 400, "body" },
        { "dev-hospital-a", "POST", "/api/plans", "application/xml", GoodXml.Replace("<CivilRegistrationNumber>0101501234</CivilRegistrationNumber>", string.Empty, StringComparison.Ordinal), 400, "Patient/CivilRegistrationNumber" },
        { "dev-hospital-a", "POST", "/api/plans", "application/xml", GoodXml.Replace("5790000100001", "5790000999999", StringComparison.Ordinal), 400, "Receiver/EANIdentifier" },
        { "dev-hospital-a", "POST", "/api/plans", "application/xml", GoodXml.Replace("0101501234", "9999999999", StringComparison.Ordinal), 400, "cpr" },
        { null, "POST", "/api/plans", "application/json", GoodPlan, 401, null },
        { "not-a-key", "POST", "/api/plans", "application/json", GoodPlan, 401, null },
        { "dev-rebild", "POST", "/api/plans", "application/json", GoodPlan, 403, null },
        { "dev-rebild", "POST", "/api/applications", "application/json", """{ "standard": "rebild/sel87", "cpr": "0101501234", "applicationId": "A" }""", 400, "standard" },
        { "dev-rebild", "POST", "/api/applications", "application/json", """{ "standard": "rebild/sul140", "cpr": "0101501234", "applicationId": "A" }""", 400, "standard" },
        { "dev-rebild", "POST", "/api/applications", "application/json", """{ "standard": "rebild/sel86-1", "cpr": "0101501234" }""", 400, "applicationId" },
        { "dev-rebild", "POST", "/api/applications", "application/json", """{ "standard": "rebild/sel86-1", "cpr": "12345", "applicationId": "A" }""", 400, "cpr" },
        { "dev-rebild", "POST", "/api/applications", "application/json", """{ "standard": "rebild/sel86-1", "cpr": "0101501234", "applicationId": "A", "receivedAt": "2027-01-01T00:00:00+01:00" }""", 400, "receivedAt" },
        { "dev-rebild", "POST", "/api/applications", "application/json", """{ "standard": "norddjurs/sel86", "cpr": "0101501234", "applicationId": "A" }""", 403, null },
        { "dev-rebild", "POST", "/api/applications", "application/json", "{ standard: 1 }", 400, "body" },
        { "dev-rebild", "POST", "/api/courses/{course}/events/Dance", "application/json", "{}", 400, "type" },
        { "dev-rebild", "POST", "/api/courses/{course}/events/CitizenContacted", "application/json", """{ "at": "2026-06-01T00:00:00+02:00" }""", 400, "at" },
        { "dev-rebild", "POST", "/api/courses/{course}/events/CitizenContacted", "application/json", """{ "at": "2026-05-01T00:00:00+02:00" }""", 400, "at" },
        { "dev-rebild", "POST", "/api/courses/{course}/events/CitizenContacted", "application/json", """{ "at": "yesterday" }""", 400, "at" },
        { "dev-rebild", "POST", "/api/courses/{course}/events/Visitated", "application/json", "{}", 400, "granted" },
        { "dev-rebild", "POST", "/api/courses/{course}/events/Visitated", "application/json", """{ "granted": "yes" }""", 400, "granted" },
        { "dev-rebild", "POST", "/api/courses/{course}/events/Visitated", "application/json", """{ "granted": true, "level": "super" }""", 400, "level" },
        { "dev-rebild", "POST", "/api/courses/{course}/events/StartOffered", "application/json", "{}", 400, "startDate" },
        { "dev-rebild", "POST", "/api/courses/{course}/events/StartOffered", "application/json", """{ "startDate": "2026-05-01" }""", 400, "startDate" },
        { "dev-rebild", "POST", "/api/courses/{course}/events/ExtensionGranted", "application/json", """{ "weeks": "two" }""", 400, "weeks" },
        { "dev-rebild", "POST", "/api/courses/{course}/events/CitizenContacted", "text/xml", "<x/>", 415, null },
        { "dev-rebild", "POST", "/api/courses/{course}/events/CitizenContacted", "application/json", "{", 400, "body" },
        { "dev-rebild", "POST", "/api/courses/{course}/events/CitizenContacted", "application/json", "[1]", 400, "body" },
        { "dev-rebild", "POST", $"/api/courses/{Guid.Empty}/events/CitizenContacted", "application/json", "{}", 404, null },
        { "dev-norddjurs", "POST", "/api/courses/{course}/events/CitizenContacted", "application/json", "{}", 404, null },
        { "dev-hospital-a", "POST", "/api/courses/{course}/events/CitizenContacted", "application/json", "{}", 403, null },
        { "dev-rebild", "GET", "/api/courses?top=0", null, string.Empty, 400, "top" },
        { "dev-rebild", "GET", "/api/courses?continuationToken=abc", null, string.Empty, 400, "continuationToken" },
        { "dev-rebild", "GET", "/api/courses?status=sleeping", null, string.Empty, 400, "status" },
        { "dev-admin", "POST", "/api/dev/clock", "application/json", """{ "advanceTo": "2026-05-01T00:00:00+02:00" }""", 400, "advanceTo" },
        { "dev-admin", "POST", "/api/dev/clock", "application/json", """{ "advanceTo": "soon" }""", 400, "advanceTo" },
        { "dev-rebild", "DELETE", "/api/courses/{course}", null, string.Empty, 403, null },
    };

    /// <summary>Every case on one host (a case changes nothing, and the check proves it): one course, contacted.</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BadInput_IsAnsweredWithProblemDetails_AndChangesNothing(
        string? key, string method, string path, string? contentType, string body, int status, string? field)
    {
        var (factory, fresh) = await hosts.ReuseAsync(nameof(BadInputTests), "2026-05-08T10:00:00+02:00");
        var api = new CourseClient(factory);
        var course = await api.PostApplicationAsync(
            "dev-rebild", CourseClient.Application("rebild/sel86-1", "FIXED-1", "2026-05-08T09:00:00+02:00"), fresh ? HttpStatusCode.Accepted : HttpStatusCode.OK);
        if (fresh)
        {
            await api.EventAsync("dev-rebild", course, "CitizenContacted", """{ "at": "2026-05-08T09:30:00+02:00" }""");
        }

        var before = await SnapshotAsync(factory, course);

        using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{course}", course, StringComparison.Ordinal));
        if (method != "GET" && method != "DELETE")
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null)
            {
                request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            }
        }

        using var response = await factory.Client(key).SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(status == (int)response.StatusCode, $"expected {status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (field is not null)
        {
            Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}: {text}");
        }

        Assert.Equal(before, await SnapshotAsync(factory, course));
    }

    /// <summary>How many courses exist and how far the test course's history runs.</summary>
    private static async Task<string> SnapshotAsync(ApiFactory factory, string courseId)
    {
        var admin = factory.Client(CourseClient.Admin);
        var list = JsonDocument.Parse(await admin.GetStringAsync("/api/courses?top=500")).RootElement;
        var course = JsonDocument.Parse(await admin.GetStringAsync($"/api/courses/{courseId}")).RootElement;
        return $"{list.GetProperty("items").GetArrayLength()} courses, version {course.GetProperty("version").GetInt32()}";
    }

    private static string Without(string json, string field)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        node.Remove(field);
        return node.ToJsonString();
    }

    private static string With(string json, string field, string valueJson)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        node[field] = System.Text.Json.Nodes.JsonNode.Parse(valueJson);
        return node.ToJsonString();
    }
}
