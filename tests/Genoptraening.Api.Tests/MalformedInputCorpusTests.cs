using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Genoptraening.Api.Tests.Support;
using Genoptraening.Web.Dashboard;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Xunit.Abstractions;

namespace Genoptraening.Api.Tests;

/// <summary>
/// A corpus of malformed input, generated from a fixed seed, sent to every route the host maps (read from
/// its <see cref="EndpointDataSource"/>, so a new route fails this test until it is given its inputs
/// below) with each role's key and none: malformed bodies (truncated, not JSON, not an object, binary,
/// nested too deep, too large, a property twice, each field of a valid body given a wrong type, text that
/// is not Unicode, a date outside the calendar, a number too large), malformed query strings and route
/// values. No answer is a 5xx, every 4xx is problem details, the API accepts none of it, and nothing
/// changes. Dashboard pages, signed in, may answer 200 with HTML (the form's error, or a query they
/// ignore) or a 3xx; their 4xx are HTML pages (or the host's problem details for a method they lack).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed partial class MalformedInputCorpusTests(ApiHosts hosts, ITestOutputHelper output)
{
    private const int Seed = 20260508;
    private const string ProblemJson = "application/problem+json";

    private static readonly string?[] Keys = [null, CourseClient.HospitalA, "dev-rebild", CourseClient.Admin];

    /// <summary>What each route reads, by "METHOD pattern" ("PAGE pattern" for a dashboard page).</summary>
    private static readonly Dictionary<string, RouteInput> Inputs = new()
    {
        ["POST /api/plans"] = RouteInput.Json(
            """{ "sender": "5790000000001", "planId": "CORPUS-P2", "municipality": "rebild", "cpr": "0101501234", "dischargeDate": "2026-05-08", "planType": "almen", "level": "basal", "startNotBefore": null, "receivedAt": null, "text": "..." }""",
            new("sender", Kind.Text, Required: true), new("planId", Kind.Text, Required: true), new("municipality", Kind.Text, Required: true),
            new("cpr", Kind.Text, Required: true), new("dischargeDate", Kind.Date), new("planType", Kind.Text), new("level", Kind.Text),
            new("startNotBefore", Kind.Date), new("receivedAt", Kind.Instant), new("text", Kind.Text)) with { Xml = true },
        ["POST /api/applications"] = RouteInput.Json(
            """{ "standard": "rebild/sel86-1", "cpr": "2412851234", "applicationId": "CORPUS-A2", "receivedAt": null }""",
            new("standard", Kind.Text, Required: true), new("cpr", Kind.Text, Required: true), new("applicationId", Kind.Text, Required: true),
            new("receivedAt", Kind.Instant)),
        ["POST /api/courses/{id:guid}/events/{type}"] = RouteInput.Json(
            """{ "at": "2026-05-08T10:00:00+02:00", "startDate": "2026-05-20" }""", new("at", Kind.Instant), new("startDate", Kind.Date, Required: true)),
        ["POST /api/courses/{id:guid}/terminate"] = RouteInput.Json("""{ "reason": "corpus" }""", new Field("reason", Kind.Text)) with { EmptyIsValid = true },
        ["POST /api/courses/{id:guid}/alerts/acknowledge"] = RouteInput.Json(
            """{ "kind": "contact", "level": 0, "comment": "corpus" }""",
            new("kind", Kind.Text, Required: true), new("level", Kind.Number, Required: true), new("comment", Kind.Text, Required: true)),
        ["POST /api/dev/clock"] = RouteInput.Json("""{ "advanceTo": "2026-05-08T10:00:00+02:00" }""", new Field("advanceTo", Kind.Instant, Required: true)),
        ["POST /api/courses/{id:guid}/retry"] = RouteInput.NoBody,
        ["DELETE /api/courses/{id:guid}"] = RouteInput.NoBody with { ActsOnAnyInput = CourseClient.Admin },
        ["GET /api/courses/{id:guid}"] = RouteInput.NoBody,
        ["GET /api/courses/{id:guid}/history"] = RouteInput.NoBody,
        ["GET /api/courses/{id:guid}/letters/free-choice"] = RouteInput.NoBody,
        ["GET /api/courses/{id:guid}/requests/{requestId}"] = RouteInput.NoBody,
        ["GET /api/courses"] = RouteInput.NoBody,
        ["GET /api/reports/quality"] = RouteInput.NoBody,
        ["GET /api/audit/personal-data"] = RouteInput.NoBody,
        ["GET /api/operations/faulted"] = RouteInput.NoBody,
        ["POST /api/operations/faulted/retry"] = RouteInput.NoBody,
        ["GET /api/operations/health"] = RouteInput.NoBody,
        ["GET /healthz"] = RouteInput.NoBody,
        ["GET /healthz/live"] = RouteInput.NoBody,
        ["GET /openapi/v1.json"] = RouteInput.NoBody,
        ["PAGE /"] = RouteInput.Page(),
        ["PAGE /rapport"] = RouteInput.Page(),
        ["PAGE /rapport/csv"] = RouteInput.Page(),
        ["PAGE /drift"] = RouteInput.Page(new Field("courseId", Kind.Text), new Field("error", Kind.Text)),
        ["PAGE /log-ind"] = RouteInput.Page(new Field("municipality", Kind.Text, Required: true)) with { FormBase = "municipality=aarhus" },
        ["PAGE /forloeb/{id:guid}"] = RouteInput.Page(new("type", Kind.Text, Required: true), new("at", Kind.Instant), new("startDate", Kind.Date, Required: true))
            with { FormBase = "type=StartOffered&at=2026-05-08T10%3A00%3A00%2B02%3A00&startDate=2026-05-20" },
        ["PAGE /forloeb/{id:guid}/frit-valg"] = RouteInput.Page(new Field("x", Kind.Text)),
        ["PAGE /forloeb/{id:guid}/brev/frit-valg"] = RouteInput.Page(),
        ["PAGE /log-ud"] = RouteInput.Page(),
        ["PAGE /indbakke"] = RouteInput.Page(new("courseId", Kind.Text, Required: true), new("kind", Kind.Text, Required: true), new("level", Kind.Number, Required: true), new("comment", Kind.Text))
            with { FormBase = "courseId={id}&kind=contact&level=0&comment=corpus" },
    };

    private static readonly string[] QueryStrings =
    [
        "?top=abc", "?top=99999999999", "?top=-1", "?top=0", "?top=1e400", "?top=1.5", "?top=%00", "?top=", "?top=1&top=2", "?top=%EF%BC%95",
        "?from=0001-01-01&to=9999-12-31", "?from=2026-01-01&to=9999-12-31", "?from=1899-12-31&to=1900-01-05", "?from=2201-01-01&to=2201-12-31",
        "?from=-0001-01-01&to=2026-01-01", "?from=2026-12-31&to=2026-01-01", "?from=%FF%FE&to=%ED%A0%80", "?from=2026-02-30&to=2026-13-01",
        "?municipality=rebild&from=0001-01-01&to=2026-01-01", "?municipality=%ED%A0%80&from=2026-01-01&to=2026-12-31",
        "?status=%00", "?status=sleeping", "?standard=%ED%A0%80", "?continuationToken=%FF%FE", "?continuationToken=" + new string('A', 5000),
        "?municipality=" + new string('m', 5000), "?handler=Csv&from=0001-01-01&to=9999-12-31", "?handler=%ED%A0%80", "?phase=zzz&find=%ED%A0%80",
        "?" + string.Join('&', Enumerable.Range(0, 1000).Select(i => $"p{i}=%FF")), "?%ED%A0%80=%ED%A0%80", "?top", "?&&&==&",
        "?include=%ED%A0%80", "?include=cpr&include=cpr", "?include=CPR", "?format=%00", "?format=html&format=text",
    ];

    private static readonly Dictionary<string, string[]> RouteValueGarbage = new()
    {
        ["id"] = ["not-a-guid", Guid.Empty.ToString(), new Guid(Seed, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10).ToString(), new string('1', 3000), "%ED%A0%80", "%FF%FE", "%2e%2e%2f%2e%2e", "%7Bid%7D"],
        ["type"] = ["Dance", "startoffered", "%F0%9F%92%A9", "%ED%A0%80", new string('T', 3000), "%2F"],
        ["requestId"] = ["%2F", "a%23b", "%3F", new string('r', 3000), "%ED%A0%80", "%FF", "%01"],
    };

    private enum Kind
    {
        Text,
        Date,
        Instant,
        Number,
    }

    [Fact]
    public async Task EveryRoute_AnswersEveryMalformedInput_WithoutA5xx_AndChangesNothing()
    {
        var (factory, fresh) = await hosts.ReuseAsync(nameof(MalformedInputCorpusTests), "2026-05-08T10:00:00+02:00");
        var api = new CourseClient(factory);
        var expected = fresh ? HttpStatusCode.Accepted : HttpStatusCode.OK;
        var application = await api.PostApplicationAsync("dev-rebild", CourseClient.Application("rebild/sel86-1", "CORPUS-A1", "2026-05-08T09:00:00+02:00"), expected);
        var plan = await api.PostPlanAsync(CourseClient.HospitalA, CourseClient.Plan("5790000000001", "CORPUS-P1", "rebild"), expected);
        var routes = Routes(factory);
        Assert.True(routes.All(Inputs.ContainsKey), $"Give these routes their malformed inputs in {nameof(Inputs)}: {string.Join(", ", routes.Where(r => !Inputs.ContainsKey(r)))}");
        Assert.True(Inputs.Keys.All(routes.Contains), $"No longer routes: {string.Join(", ", Inputs.Keys.Except(routes))}");
        var before = await api.SnapshotAsync(application, plan);

        var clients = Keys.ToDictionary(k => k ?? "(none)", factory.Client);
        var browser = await SignedInBrowserAsync(factory);
        var failures = new List<string>();
        var sent = 0;
        foreach (var route in routes)
        {
            // The API must refuse every probe of a route that acts; a read, or a page, may answer a query it ignores.
            var mustRefuse = !route.StartsWith("GET ", StringComparison.Ordinal) && !route.StartsWith("PAGE ", StringComparison.Ordinal);
            foreach (var probe in Probes(route, Inputs[route], key => key == CourseClient.HospitalA ? plan : application))
            {
                var (status, mediaType) = await SendAsync(probe.Key == Probe.Browser ? browser : clients[probe.Key], probe);
                sent++;
                var page = route.StartsWith("PAGE ", StringComparison.Ordinal);
                if (status >= 500 || (status >= 400 && mediaType != ProblemJson && !(page && mediaType == "text/html")) || (mustRefuse && status < 400))
                {
                    failures.Add($"{status} {mediaType} for {probe}");
                }
            }

            var after = await api.SnapshotAsync(application, plan);
            Assert.True(before == after, $"{route} changed something: {before} before, {after} after");
        }

        output.WriteLine($"{sent} malformed requests to {routes.Count} routes");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} malformed requests answered wrongly:\n{string.Join('\n', failures.Take(50))}");
        Assert.True(sent > 3000, $"only {sent} requests sent");
    }

    /// <summary>Every route the host maps, as "METHOD pattern", dashboard pages (GET and POST alike) as "PAGE pattern".</summary>
    private static List<string> Routes(ApiFactory factory) =>
    [
        .. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => DashboardRoutes.All.Any(p => p.Name == e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName)
                ? [$"PAGE /{e.RoutePattern.RawText?.TrimStart('/')}"]
                : (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m => $"{m} /{e.RoutePattern.RawText?.TrimStart('/')}"))
            .Distinct()
            .Order(StringComparer.Ordinal),
    ];

    private static IEnumerable<Probe> Probes(string route, RouteInput input, Func<string?, string> courseOf)
    {
        var space = route.IndexOf(' ', StringComparison.Ordinal);
        var (method, pattern) = (route[..space], route[(space + 1)..]);
        var random = new Random(Seed + route.Sum(c => c));
        if (method == "PAGE")
        {
            foreach (var probe in PageProbes(pattern, input, courseOf("dev-rebild")))
            {
                yield return probe;
            }

            yield break;
        }

        foreach (var key in Keys)
        {
            var name = key ?? "(none)";
            var path = Fill(pattern, courseOf(key));
            var actsAnyway = input.ActsOnAnyInput == key;
            if (input.Base is not null)
            {
                foreach (var (what, body, contentType) in Bodies(input, random))
                {
                    yield return new(name, method, path, body, contentType, what);
                }
            }

            if (!actsAnyway)
            {
                var invalid = input.Base is null ? null : "[]"u8.ToArray();
                foreach (var query in QueryStrings)
                {
                    yield return new(name, method, path + query, invalid, invalid is null ? null : "application/json", $"query {Shorten(query)}");
                }
            }

            foreach (var (parameter, garbage) in RouteValueGarbage.SelectMany(g => g.Value.Select(v => (g.Key, v))))
            {
                if (pattern.Contains($"{{{parameter}", StringComparison.Ordinal))
                {
                    var body = input.Base is null ? null : Utf8(input.Base);
                    yield return new(name, method, Fill(pattern, courseOf(key), parameter, garbage), body, body is null ? null : "application/json", $"{parameter} = {Shorten(garbage)}");
                }
            }
        }
    }

    /// <summary>A signed-in visitator's requests to a page: malformed query strings, route values and forms, and a form from another site.</summary>
    private static IEnumerable<Probe> PageProbes(string pattern, RouteInput input, string course)
    {
        const string browser = Probe.Browser;
        var path = Fill(pattern, course);
        foreach (var query in QueryStrings)
        {
            yield return new(browser, "GET", path + query, null, null, $"query {Shorten(query)}");
        }

        foreach (var garbage in RouteValueGarbage["id"].Where(_ => pattern.Contains("{id", StringComparison.Ordinal)))
        {
            yield return new(browser, "GET", Fill(pattern, course, "id", garbage), null, null, $"id = {Shorten(garbage)}");
        }

        var form = input.FormBase?.Replace("{id}", course, StringComparison.Ordinal) ?? "x=1";
        yield return new(browser, "POST", path, Encoding.ASCII.GetBytes(form), "text/plain", "a form sent as text/plain");
        yield return new(browser, "POST", path, Encoding.ASCII.GetBytes(form), Probe.FormFromElsewhere, "a form from another site");
        yield return new(browser, "POST", path, Encoding.ASCII.GetBytes(form), "multipart/form-data; boundary=x", "a form as multipart without its boundary");
        yield return new(browser, "POST", path, Encoding.ASCII.GetBytes("--x\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nNoShow"), "multipart/form-data; boundary=x", "multipart cut short");
        foreach (var field in input.Fields)
        {
            foreach (var value in FormValues(field.Kind))
            {
                yield return new(browser, "POST", path, Encoding.ASCII.GetBytes(SetFormField(form, field.Name, value)), Probe.Form, $"{field.Name} = {Shorten(value)}");
            }
        }
    }

    /// <summary>Bodies a route that reads JSON refuses: each a valid body spoiled in one place, or no JSON object at all.</summary>
    private static IEnumerable<(string What, byte[] Body, string? ContentType)> Bodies(RouteInput input, Random random)
    {
        const string json = "application/json";
        var fields = input.Fields;
        var valid = Utf8(input.Base!);
        for (var i = 0; i < 8; i++)
        {
            yield return ($"truncated to {i}", valid[..random.Next(1, valid.Length - 1)], json);
        }

        for (var i = 0; i < 4; i++)
        {
            var binary = new byte[random.Next(1, 2048)];
            random.NextBytes(binary);
            binary[0] = 0xFF;
            yield return ("binary", binary, json);
        }

        if (!input.EmptyIsValid)
        {
            yield return ("empty", [], json);
            yield return ("{}", Utf8("{}"), json);
        }

        foreach (var root in new[] { "[]", "[1]", "1", "\"x\"", "null", "true", "{", "}", "{,}", "{\"a\":1,}", "{/* */}", "{\"a\":NaN}", "{'a':1}", "{a:1}", "\"\\ud800\"" })
        {
            yield return ($"root {root}", Utf8(root), json);
        }

        yield return ("nested 65 deep", Utf8(string.Concat(Enumerable.Repeat("{\"a\":", 65)) + "1" + new string('}', 65)), json);
        yield return ("nested 10000 deep", Utf8(new string('[', 10_000) + new string(']', 10_000)), json);
        yield return ("300 KiB", Utf8(input.Base![..^1] + $", \"pad\": \"{new string(' ', 300 * 1024)}\" }}"), json);
        var first = System.Text.Json.Nodes.JsonNode.Parse(input.Base!)![fields[0].Name]?.ToJsonString() ?? "null";
        yield return ("a property twice", Utf8(input.Base![..^1] + $", \"{fields[0].Name}\": {first} }}"), json);
        yield return ("a property name that is a lone surrogate", Utf8(input.Base![..^1] + ", \"\\ud800\": 1 }"), json);
        yield return ("a property name that is not UTF-8", [.. Utf8(input.Base![..^1] + ", \""), 0xFF, .. Utf8("\": 1 }")], json);
        yield return ("a nested property name that is not UTF-8", [.. Utf8(input.Base![..^1] + ", \"x\": { \"a"), 0xC3, .. Utf8("\": 1 } }")], json);
        yield return ("UTF-16", Encoding.Unicode.GetBytes(input.Base!), "application/json; charset=utf-16");
        yield return ("as text/plain", valid, "text/plain");
        yield return ("without a content type", valid, null);
        yield return ("as multipart", valid, "multipart/form-data; boundary=x");
        if (fields.Any(f => f.Required))
        {
            yield return ("nulls everywhere", Utf8("{" + string.Join(", ", fields.Select(f => $"\"{f.Name}\": null")) + "}"), json);
        }

        yield return ("numbers everywhere", Utf8("{" + string.Join(", ", fields.Select(f => $"\"{f.Name}\": 99999999999")) + "}"), json);
        foreach (var field in fields)
        {
            foreach (var value in JsonValues(field))
            {
                yield return ($"{field.Name} = {Shorten(Encoding.UTF8.GetString(value))}", With(input.Base!, field.Name, value), json);
            }
        }

        if (input.Xml)
        {
            foreach (var (what, xml) in XmlBodies(random))
            {
                yield return (what, xml, "application/xml");
            }
        }
    }

    /// <summary>Raw JSON values a field of this kind refuses.</summary>
    private static IEnumerable<byte[]> JsonValues(Field field)
    {
        string[] wrongTypes = field.Kind == Kind.Number
            ? ["\"1\"", "true", "[]", "{}", "1e400", "-1e400", "99999999999", "-99999999999", "1.5", "1E2"]
            : ["1", "-1", "99999999999", "1e400", "1.5", "true", "false", "[]", "{}", "[\"x\"]", "{\"a\":\"b\"}"];
        foreach (var value in wrongTypes)
        {
            yield return Utf8(value);
        }

        if (field.Required)
        {
            yield return Utf8("null");
        }

        yield return Utf8($"\"{new string('x', 40_000)}\"");
        if (field.Kind == Kind.Number)
        {
            yield break;
        }

        foreach (var surrogates in new[] { "\\ud800", "\\udc00x", "x\\udbff", "\\udfff\\ud800", "\\ud800\\ud800" })
        {
            yield return Utf8($"\"{surrogates}\"");
        }

        foreach (var bytes in new byte[][] { [0xFF], [0xFE, 0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0x80] })
        {
            yield return [(byte)'"', (byte)'x', .. bytes, (byte)'"'];
        }

        var times = field.Kind switch
        {
            Kind.Date => Dates,
            Kind.Instant => Instants,
            _ => [],
        };
        foreach (var time in times)
        {
            yield return Utf8($"\"{time}\"");
        }
    }

    private static readonly string[] Dates = ["0001-01-01", "1899-12-31", "2201-01-01", "9999-12-31", "-0001-01-01", "-9999-01-01", "2026-02-30", "2026-13-01", "20260508", "2026-05-08T10:00:00+02:00", "today"];

    private static readonly string[] Instants =
    [
        "0001-01-01T00:00:00Z", "1899-12-31T22:59:59Z", "2201-01-01T00:00:00+01:00", "9999-12-31T23:59:59Z", "9999-12-31T23:59:59-14:00",
        "-9998-01-01T00:00:00Z", "-9998-01-01T00:00:00+14:00", "2026-05-08T10:00:00", "2026-05-08", "2026-05-08T25:00:00+02:00", "2026-05-08T10:00:00+19:00", "now",
    ];

    /// <summary>Form values (URL-encoded) a field of this kind refuses.</summary>
    private static string[] FormValues(Kind kind)
    {
        string[] values = ["%ED%A0%80", "%FF%FE", "%C3", "%00", Uri.EscapeDataString(new string('x', 40_000)), "99999999999", "abc", "-1"];
        return kind switch
        {
            Kind.Date => [.. values, .. Dates.Select(Uri.EscapeDataString)],
            Kind.Instant => [.. values, .. Instants.Select(Uri.EscapeDataString)],
            Kind.Number => ["abc", "99999999999", "1e400", "1.5", "%ED%A0%80", "%00"],
            _ => values,
        };
    }

    private static IEnumerable<(string What, byte[] Body)> XmlBodies(Random random)
    {
        const string good = """
            <Emessage><RehabilitationPlan>
              <Letter><Identifier>CORPUS-X1</Identifier></Letter>
              <Sender><EANIdentifier>5790000000001</EANIdentifier></Sender>
              <Receiver><EANIdentifier>5790000100001</EANIdentifier></Receiver>
              <Patient><CivilRegistrationNumber>0101501234</CivilRegistrationNumber></Patient>
              <TypeOfRehabilitationPlan>almen</TypeOfRehabilitationPlan>
            </RehabilitationPlan></Emessage>
            """;
        var valid = Utf8(good);
        for (var i = 0; i < 6; i++)
        {
            yield return ("XML truncated", valid[..random.Next(1, valid.Length - 20)]);
        }

        foreach (var date in Dates)
        {
            yield return ($"XML DischargeDate {date}", Utf8(good.Replace("<TypeOf", $"<DischargeDate>{date}</DischargeDate><TypeOf", StringComparison.Ordinal)));
        }

        yield return ("XML plan type unknown", Utf8(good.Replace(">almen<", ">ukendt<", StringComparison.Ordinal)));
        yield return ("XML plan type 40000 characters", Utf8(good.Replace(">almen<", $">{new string('a', 40_000)}<", StringComparison.Ordinal)));
        yield return ("XML text 40000 characters", Utf8(good.Replace("<TypeOf", $"<RehabilitationText>{new string('t', 40_000)}</RehabilitationText><TypeOf", StringComparison.Ordinal)));
        yield return ("XML with a DTD", Utf8("<!DOCTYPE x [<!ENTITY a \"aaa\">]>" + good));
        yield return ("XML with a lone surrogate reference", Utf8(good.Replace("CORPUS-X1", "&#xD800;", StringComparison.Ordinal)));
        yield return ("XML with bytes that are not UTF-8", [.. Utf8(good[..good.IndexOf("CORPUS", StringComparison.Ordinal)]), 0xFF, 0xFE, .. Utf8(good[good.IndexOf("CORPUS", StringComparison.Ordinal)..])]);
        yield return ("XML that says UTF-16 without being it", Utf8("<?xml version=\"1.0\" encoding=\"utf-16\"?>" + good));
        yield return ("XML nested 10000 deep", Utf8(string.Concat(Enumerable.Repeat("<a>", 10_000)) + string.Concat(Enumerable.Repeat("</a>", 10_000))));
        yield return ("XML empty", []);
    }

    private static async Task<(int Status, string? MediaType)> SendAsync(HttpClient client, Probe probe)
    {
        using var request = new HttpRequestMessage(new HttpMethod(probe.Method), probe.Path);
        if (probe.Key == Probe.Browser)
        {
            request.Headers.Add("Sec-Fetch-Site", probe.ContentType == Probe.FormFromElsewhere ? "cross-site" : "same-origin");
        }

        if (probe.Body is not null)
        {
            request.Content = new ByteArrayContent(probe.Body);
            if (probe.ContentType is { } contentType)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType is Probe.Form or Probe.FormFromElsewhere ? "application/x-www-form-urlencoded" : contentType);
            }
        }

        using var response = await client.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>A browser signed in to the dashboard as rebild's visitator by the Development sign-in.</summary>
    private static async Task<HttpClient> SignedInBrowserAsync(ApiFactory factory)
    {
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using var signIn = new HttpRequestMessage(HttpMethod.Post, "/log-ind") { Content = new FormUrlEncodedContent([new("municipality", "rebild")]) };
        signIn.Headers.Add("Sec-Fetch-Site", "same-origin");
        using var signedIn = await browser.SendAsync(signIn);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return browser;
    }

    /// <summary>The pattern with the course for <c>{id}</c>, an event type and a request id for the others; or one replaced by garbage.</summary>
    private static string Fill(string pattern, string course, string? parameter = null, string? garbage = null)
    {
        var values = new Dictionary<string, string> { ["id"] = course, ["type"] = "StartOffered", ["requestId"] = "start" };
        if (parameter is not null)
        {
            values[parameter] = garbage!;
        }

        return RouteParameter().Replace(pattern, m => values[m.Groups[1].Value]);
    }

    [GeneratedRegex("\\{([A-Za-z]+)(:[a-z]+)?\\}")]
    private static partial Regex RouteParameter();

    /// <summary>The JSON object with one top-level field's value replaced by raw bytes.</summary>
    private static byte[] With(string json, string field, byte[] value)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        const string marker = "\"@@value@@\"";
        node[field] = "@@value@@";
        var text = node.ToJsonString();
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        return [.. Utf8(text[..at]), .. value, .. Utf8(text[(at + marker.Length)..])];
    }

    private static string SetFormField(string form, string name, string value) =>
        string.Join('&', form.Split('&').Where(p => !p.StartsWith(name + "=", StringComparison.Ordinal)).Append($"{name}={value}"));

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Shorten(string text) => text.Length > 60 ? $"{text[..40]}... ({text.Length} characters)" : text;

    /// <summary>A field a route reads from its body (or a page from its form).</summary>
    private sealed record Field(string Name, Kind Kind, bool Required = false);

    /// <summary>
    /// What a route reads: <see cref="Base"/>, a valid JSON body that each probe spoils in one place, and
    /// its fields; <see cref="ActsOnAnyInput"/>, the key with which the route acts whatever it is sent
    /// (a purge), so only malformed route values are sent with it.
    /// </summary>
    private sealed record RouteInput(string? Base, IReadOnlyList<Field> Fields)
    {
        public static RouteInput NoBody { get; } = new(null, []);

        public bool EmptyIsValid { get; init; }

        public bool Xml { get; init; }

        public string? ActsOnAnyInput { get; init; }

        /// <summary>A page's valid form (URL-encoded; <c>{id}</c> is the course), spoiled in one field at a time.</summary>
        public string? FormBase { get; init; }

        public static RouteInput Json(string valid, params Field[] fields) => new(valid, fields);

        public static RouteInput Page(params Field[] fields) => new(null, fields);
    }

    private sealed record Probe(string Key, string Method, string Path, byte[]? Body, string? ContentType, string What)
    {
        public const string Browser = "(browser)";
        public const string Form = "form";
        public const string FormFromElsewhere = "form from another site";

        public override string ToString() => $"{Key} {Method} {Shorten(Path)}: {What}";
    }
}
