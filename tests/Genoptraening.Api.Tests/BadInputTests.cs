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

    /// <summary>A case's body that starts so is sent as the bytes it encodes in base64.</summary>
    private const string RawBytes = "base64:";

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
        { "dev-hospital-a", "POST", "/api/plans", "application/json", With(GoodPlan, "dischargeDate", "\"2026-08-07\""), 400, "dischargeDate" },
        { "dev-hospital-a", "POST", "/api/plans", "application/json", With(GoodPlan, "dischargeDate", "\"08-05-2026\""), 400, "dischargeDate" },
        { "dev-admin", "POST", "/api/plans", "application/json", With(GoodPlan, "receivedAt", "\"2026-05-09T10:00:00+02:00\""), 400, "receivedAt" },
        // Only an administrator (a migration) sets the receipt: a hospital's receivedAt, even a past one, is refused.
        { "dev-hospital-a", "POST", "/api/plans", "application/json", With(GoodPlan, "receivedAt", "\"2026-05-08T09:00:00+02:00\""), 400, "receivedAt" },
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

        // Malformed Unicode: a lone surrogate escape or bytes that are not UTF-8, named by the field that holds them (were 500).
        { "dev-hospital-a", "POST", "/api/plans", "application/json", GoodPlan.Replace("\"P-1\"", "\"\\ud800\"", StringComparison.Ordinal), 400, "planId" },
        { "dev-hospital-a", "POST", "/api/plans", "application/json", WithBytes(GoodPlan, "...", 0xFF, 0xFE), 400, "text" },
        { "dev-hospital-a", "POST", "/api/plans", "application/json", WithBytes(GoodPlan, "P-1", 0xED, 0xA0, 0x80), 400, "planId" },
        { "dev-rebild", "POST", "/api/applications", "application/json", """{ "standard": "rebild/sel86-1", "cpr": "0101501234", "applicationId": "\udc00A" }""", 400, "applicationId" },
        { "dev-rebild", "POST", "/api/applications", "application/json", """{ "standard": "rebild/sel86-1", "cpr": "0101501234", "applicationId": "A", "x": { "\ud800": 1 } }""", 400, "body" },
        { "dev-rebild", "POST", "/api/applications", "application/json", """{ "standard": "rebild/sel86-1", "cpr": "0101501234", "applicationId": "A", "notes": ["ok", "\ud800"] }""", 400, "notes[1]" },
        { "dev-rebild", "POST", "/api/applications", "application/json", WithBytes("""{ "standard": "rebild/sel86-1", "cpr": "0101501234", "applicationId": "A", "NAME": 1 }""", "NAME", 0xFF), 400, "body" },
        { "dev-rebild", "POST", "/api/courses/{course}/events/CourseCancelled", "application/json", """{ "reason": "\ud800" }""", 400, "reason" },
        { "dev-rebild", "POST", "/api/courses/{course}/terminate", "application/json", WithBytes("""{ "reason": "WHY" }""", "WHY", 0xC3), 400, "reason" },
        { "dev-rebild", "POST", "/api/courses/{course}/alerts/acknowledge", "application/json", """{ "kind": "\ud800", "level": 0, "comment": "ok" }""", 400, "kind" },
        { "dev-admin", "POST", "/api/dev/clock", "application/json", """{ "advanceTo": "\ud800" }""", 400, "advanceTo" },

        // A property given twice: which one counts would be a guess (was accepted).
        { "dev-rebild", "POST", "/api/applications", "application/json", """{ "standard": "rebild/sel86-1", "cpr": "0101501234", "applicationId": "A", "cpr": "2412851234" }""", 400, "body" },

        // Dates outside the calendar's years, 1900 to 2200 (were 500, or accepted and stored).
        { "dev-hospital-a", "POST", "/api/plans", "application/json", With(GoodPlan, "dischargeDate", "\"0001-01-01\""), 400, "dischargeDate" },
        { "dev-hospital-a", "POST", "/api/plans", "application/json", With(GoodPlan, "dischargeDate", "\"1899-12-31\""), 400, "dischargeDate" },
        { "dev-hospital-a", "POST", "/api/plans", "application/json", With(GoodPlan, "startNotBefore", "\"9999-12-31\""), 400, "startNotBefore" },
        { "dev-hospital-a", "POST", "/api/plans", "application/json", With(GoodPlan, "startNotBefore", "\"1899-12-31\""), 400, "startNotBefore" },
        { "dev-hospital-a", "POST", "/api/plans", "application/json", With(GoodPlan, "startNotBefore", "\"2200-12-31\""), 400, "startNotBefore" },
        { "dev-admin", "POST", "/api/plans", "application/json", With(GoodPlan, "receivedAt", "\"9999-12-31T23:59:59-14:00\""), 400, "receivedAt" },
        { "dev-admin", "POST", "/api/plans", "application/json", With(GoodPlan, "receivedAt", "\"1899-12-31T12:00:00+01:00\""), 400, "receivedAt" },
        { "dev-hospital-a", "POST", "/api/plans", "application/xml", GoodXml.Replace("<TypeOfRehabilitationPlan>", "<DischargeDate>0001-01-01</DischargeDate><TypeOfRehabilitationPlan>", StringComparison.Ordinal), 400, "dischargeDate" },
        { "dev-rebild", "POST", "/api/applications", "application/json", """{ "standard": "rebild/sel86-1", "cpr": "0101501234", "applicationId": "A", "receivedAt": "9999-12-31T23:59:59-14:00" }""", 400, "receivedAt" },
        { "dev-rebild", "POST", "/api/courses/{course}/events/CitizenContacted", "application/json", """{ "at": "9999-12-31T23:59:59Z" }""", 400, "at" },
        { "dev-rebild", "POST", "/api/courses/{course}/events/CitizenContacted", "application/json", """{ "at": "1899-12-31T23:00:00+01:00" }""", 400, "at" },
        { "dev-rebild", "POST", "/api/courses/{course}/events/StartOffered", "application/json", """{ "startDate": "9999-12-31" }""", 400, "startDate" },
        { "dev-rebild", "POST", "/api/courses/{course}/events/StartOffered", "application/json", """{ "startDate": "2201-01-01" }""", 400, "startDate" },
        { "dev-admin", "POST", "/api/dev/clock", "application/json", """{ "advanceTo": "2201-01-01T00:00:00+01:00" }""", 400, "advanceTo" },
        { "dev-admin", "POST", "/api/dev/clock", "application/json", """{ "advanceTo": "9999-12-31T23:59:59Z" }""", 400, "advanceTo" },
        { "dev-admin", "POST", "/api/dev/clock", "application/json", """{ "advanceTo": "2200-06-01T00:00:00+02:00" }""", 400, "advanceTo" },
        { "dev-rebild", "GET", "/api/reports/quality?from=0001-01-01&to=9999-12-31", null, string.Empty, 400, "from" },
        { "dev-rebild", "GET", "/api/reports/quality?from=2026-01-01&to=9999-12-31", null, string.Empty, 400, "to" },
        { "dev-admin", "GET", "/api/reports/quality?municipality=rebild&from=1899-12-31&to=1900-01-05", null, string.Empty, 400, "from" },

        // A plan type the catalog does not know (was accepted).
        { "dev-hospital-a", "POST", "/api/plans", "application/json", With(GoodPlan, "planType", "\"nonsense\""), 400, "planType" },
        { "dev-hospital-a", "POST", "/api/plans", "application/xml", GoodXml.Replace(">almen<", ">ukendt<", StringComparison.Ordinal), 400, "planType" },

        // Texts longer than a table property holds (were 500).
        { "dev-hospital-a", "POST", "/api/plans", "application/json", With(GoodPlan, "text", $"\"{new string('x', 32_001)}\""), 400, "text" },
        { "dev-rebild", "POST", "/api/courses/{course}/events/CourseCancelled", "application/json", $$"""{ "reason": "{{new string('r', 4_001)}}" }""", 400, "reason" },
        { "dev-rebild", "POST", "/api/courses/{course}/terminate", "application/json", $$"""{ "reason": "{{new string('r', 40_000)}}" }""", 400, "reason" },
        { "dev-rebild", "POST", "/api/courses/{course}/alerts/acknowledge", "application/json", $$"""{ "kind": "contact", "level": 0, "comment": "{{new string('c', 40_000)}}" }""", 400, "comment" },

        // Paging values that are no whole number from 1 to 500 (were 500).
        { "dev-rebild", "GET", "/api/courses?top=abc", null, string.Empty, 400, "top" },
        { "dev-rebild", "GET", "/api/courses?top=99999999999", null, string.Empty, 400, "top" },
        { "dev-rebild", "GET", "/api/courses?top=1e3", null, string.Empty, 400, "top" },
        { "dev-rebild", "GET", "/api/courses?top=1&top=2", null, string.Empty, 400, "top" },

        // The clock's body read like every other (were 500).
        { "dev-admin", "POST", "/api/dev/clock", "application/json", "{", 400, "body" },
        { "dev-admin", "POST", "/api/dev/clock", "application/json", """{ "advanceTo": 5 }""", 400, "advanceTo" },
        { "dev-admin", "POST", "/api/dev/clock", null, """{ "advanceTo": "2026-05-09T00:00:00+02:00" }""", 415, null },
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

        var before = await api.SnapshotAsync(course);

        using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{course}", course, StringComparison.Ordinal));
        if (method != "GET" && method != "DELETE")
        {
            request.Content = new ByteArrayContent(body.StartsWith(RawBytes, StringComparison.Ordinal) ? Convert.FromBase64String(body[RawBytes.Length..]) : Encoding.UTF8.GetBytes(body));
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

        Assert.Equal(before, await api.SnapshotAsync(course));
    }

    /// <summary>The JSON with <paramref name="marker"/> replaced by raw bytes (e.g. ones that are not UTF-8), as a case's body.</summary>
    private static string WithBytes(string json, string marker, params byte[] bytes)
    {
        var at = json.IndexOf(marker, StringComparison.Ordinal);
        byte[] raw = [.. Encoding.UTF8.GetBytes(json[..at]), .. bytes, .. Encoding.UTF8.GetBytes(json[(at + marker.Length)..])];
        return RawBytes + Convert.ToBase64String(raw);
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
