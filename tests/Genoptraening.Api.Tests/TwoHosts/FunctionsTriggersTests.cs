extern alias FunctionsApp;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FunctionsApp::Genoptraening.Functions;
using Genoptraening.Api.Tests.Support;
using Genoptraening.Web.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace Genoptraening.Api.Tests.TwoHosts;

/// <summary>
/// The Functions app's HTTP triggers, invoked in-process as the Functions host invokes them (a
/// request's <see cref="HttpContext"/>, the app's own service registration, its stores on a real
/// Azurite, the Durable Task client and worker on the in-memory backend with time skipping), answer
/// exactly as the local host answers the same request: status, content type and body. The Functions
/// host's own routing (route constraints, its own 404) is not in the loop: it cannot run here.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class FunctionsTriggersTests(ApiHosts hosts) : IAsyncLifetime
{
    private const string Start = "2026-05-08T10:00:00+02:00";
    private InProcessFunctionsApp app = null!;
    private ApiTriggers triggers = null!;

    public async Task InitializeAsync()
    {
        app = await InProcessFunctionsApp.StartAsync(At(Start));
        triggers = new ApiTriggers(app.Services.GetRequiredService<ApiEndpoints>());
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Triggers_AnswerAsTheLocalHost_APlanTheSamePlanAgainTwiceAtOnceANewPlanTwiceAtOnceAChangedPlanACorrectionACancellationAnEventARefusalAReadAListAWrongKeyAWrongRoleAndBadInput()
    {
        var host = await hosts.CreateAsync(Start);
        var plan = Json(CourseClient.Plan("5790000000001", "FUNC-1", "rebild"));
        var id = Workflows.Requests.CourseIds.For("plan:5790000000001/FUNC-1").ToString();

        await SameAnswerAsync(host, "a plan", HttpStatusCode.Accepted, Request("POST", "/api/plans", CourseClient.HospitalA, plan), r => triggers.PostPlan(r));
        await SameAnswersAtOnceAsync(host, "the same plan again, twice at once", [HttpStatusCode.OK, HttpStatusCode.OK],
            Request("POST", "/api/plans", CourseClient.HospitalA, plan), r => triggers.PostPlan(r));
        await SameAnswersAtOnceAsync(host, "a new plan twice at once", [HttpStatusCode.OK, HttpStatusCode.Accepted],
            Request("POST", "/api/plans", CourseClient.HospitalA, Json(CourseClient.Plan("5790000000001", "FUNC-2", "rebild"))), r => triggers.PostPlan(r));
        await SameAnswerAsync(host, "the same plan changed, not as a correction", HttpStatusCode.Conflict,
            Request("POST", "/api/plans", CourseClient.HospitalA, plan.Replace("\"2026-05-08\"", "\"2026-05-09\"", StringComparison.Ordinal)), r => triggers.PostPlan(r));
        await SameAnswerAsync(host, "a correction", HttpStatusCode.OK,
            Request("POST", "/api/plans", CourseClient.HospitalA, plan.Replace("\"2026-05-08\"", "\"2026-05-09\"", StringComparison.Ordinal)[..^1] + ",\"status\":\"corrected\"}"),
            r => triggers.PostPlan(r));
        await SameAnswerAsync(host, "a cancellation", HttpStatusCode.OK,
            Request("POST", "/api/plans", CourseClient.HospitalA, "{\"sender\":\"5790000000001\",\"planId\":\"FUNC-2\",\"status\":\"cancelled\"}"), r => triggers.PostPlan(r));
        await SameAnswerAsync(host, "an event", HttpStatusCode.OK, Request("POST", $"/api/courses/{id}/events/CitizenContacted", "dev-rebild", "{}"),
            r => triggers.PostEvent(r, id, "CitizenContacted"));
        await SameAnswerAsync(host, "a refused event", HttpStatusCode.Conflict, Request("POST", $"/api/courses/{id}/events/CourseCompleted", "dev-rebild", "{}"),
            r => triggers.PostEvent(r, id, "CourseCompleted"));
        await SameAnswerAsync(host, "a read", HttpStatusCode.OK, Request("GET", $"/api/courses/{id}", "dev-rebild"), r => triggers.GetCourse(r, id));
        await SameAnswerAsync(host, "a list", HttpStatusCode.OK, Request("GET", "/api/courses?top=5", CourseClient.Admin), r => triggers.ListCourses(r));
        await SameAnswerAsync(host, "a wrong key", HttpStatusCode.Unauthorized, Request("POST", "/api/plans", "not-a-key", plan), r => triggers.PostPlan(r));
        await SameAnswerAsync(host, "a key of the wrong role", HttpStatusCode.Forbidden, Request("POST", "/api/plans", "dev-rebild", plan), r => triggers.PostPlan(r));
        await SameAnswerAsync(host, "bad input", HttpStatusCode.BadRequest, Request("POST", "/api/plans", CourseClient.HospitalA, plan.Replace("\"0101501234\"", "\"12345\"", StringComparison.Ordinal)),
            r => triggers.PostPlan(r));
    }

    /// <summary>One request to each host: the same status, content type and body (the trace id aside).</summary>
    private async Task SameAnswerAsync(ApiFactory host, string what, HttpStatusCode expected, TestRequest request, Func<HttpRequest, Task<IActionResult>> trigger)
    {
        var local = await LocalAsync(host, request);
        var function = await FunctionAsync(request, trigger);
        Assert.True(local.Status == (int)expected && local.Body.Length > 2, $"{what}: the local host answered {local}");
        Assert.True(local == function, $"{what}:\n local host {local}\n functions  {function}");
    }

    /// <summary>Two copies at the same moment to each host: the same two answers, in either order.</summary>
    /// <param name="expected">The two statuses in order: one claim wins (202), the other is answered as a repeat (200).</param>
    private async Task SameAnswersAtOnceAsync(
        ApiFactory host, string what, HttpStatusCode[] expected, TestRequest request, Func<HttpRequest, Task<IActionResult>> trigger)
    {
        var local = await Task.WhenAll(LocalAsync(host, request), LocalAsync(host, request));
        Assert.Equal(expected.Select(e => (int)e), local.Select(a => a.Status).Order());
        var function = await Task.WhenAll(FunctionAsync(request, trigger), FunctionAsync(request, trigger));
        var (localSorted, functionSorted) = (local.Select(a => a.ToString()).Order(StringComparer.Ordinal), function.Select(a => a.ToString()).Order(StringComparer.Ordinal));
        Assert.True(localSorted.SequenceEqual(functionSorted), $"{what}: local host {string.Join(" | ", local)}; functions {string.Join(" | ", function)}");
    }

    private static async Task<Answer> LocalAsync(ApiFactory host, TestRequest request)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.PathAndQuery);
        message.Headers.Add("x-api-key", request.Key);
        if (request.Body is not null)
        {
            message.Content = new StringContent(request.Body, Encoding.UTF8, "application/json");
        }

        using var response = await host.CreateClient().SendAsync(message);
        return new Answer((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, Normalized(await response.Content.ReadAsStringAsync()));
    }

    private async Task<Answer> FunctionAsync(TestRequest request, Func<HttpRequest, Task<IActionResult>> trigger)
    {
        var (status, contentType, body, _) = await app.InvokeAsync(trigger, request.Method, request.PathAndQuery, new Dictionary<string, string> { ["x-api-key"] = request.Key }, request.Body);
        return new Answer(status, MediaType(contentType), Normalized(body));
    }

    private static string? MediaType(string? contentType) => contentType?.Split(';')[0].Trim();

    /// <summary>The body with its trace id masked: a request's own, different in every answer.</summary>
    private static string Normalized(string body) => Regex.Replace(body, "\"traceId\":\"[^\"]*\"", "\"traceId\":\"…\"");

    private static TestRequest Request(string method, string pathAndQuery, string key, string? body = null) => new(method, pathAndQuery, key, body);

    private static string Json(object value) => JsonSerializer.Serialize(value);

    private static Instant At(string text) => OffsetDateTimePattern.ExtendedIso.Parse(text).GetValueOrThrow().ToInstant();

    private sealed record TestRequest(string Method, string PathAndQuery, string Key, string? Body);

    private sealed record Answer(int Status, string? ContentType, string Body)
    {
        public override string ToString() => $"{Status} {ContentType} {Body}";
    }
}
