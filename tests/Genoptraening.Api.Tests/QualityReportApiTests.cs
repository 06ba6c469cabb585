using System.Net;
using System.Text.Json;
using Genoptraening.Api.Tests.Support;
using Xunit;

namespace Genoptraening.Api.Tests;

/// <summary><c>GET /api/reports/quality</c> against figures worked out by hand for four kommune-004 courses.</summary>
[Collection(ApiCollection.Name)]
public sealed class QualityReportApiTests(ApiHosts hosts)
{
    private const string Key = "dev-kommune-004";

    [Fact]
    public async Task Report_ForJanuary_MatchesTheHandCount()
    {
        var api = new CourseClient(await hosts.CreateAsync("2026-01-05T09:00:00+01:00"));
        var (a, b, c) = (await StartAsync(api, "A"), await StartAsync(api, "B"), await StartAsync(api, "C"));
        await api.AdvanceAsync("2026-01-06T09:00:00+01:00");
        var d = await StartAsync(api, "D");
        await At(api, "2026-01-07T09:00:00+01:00", (a, "CitizenContacted", "{}"), (d, "Visitated", """{ "granted": false }"""));
        await At(api, "2026-01-07T10:00:00+01:00", (a, "Visitated", """{ "granted": true }"""));
        await At(api, "2026-01-08T09:00:00+01:00", (c, "CitizenContacted", "{}"), (c, "Visitated", """{ "granted": true }"""));
        await At(api, "2026-01-09T09:00:00+01:00", (c, "InitialExaminationHeld", """{ "goalsSet": false }"""), (c, "TrainingStarted", "{}"));
        await At(api, "2026-01-12T09:00:00+01:00", (a, "InitialExaminationHeld", """{ "goalsSet": true }"""), (a, "TrainingStarted", "{}"));
        await At(api, "2026-01-20T09:00:00+01:00", (b, "CitizenContacted", "{}"), (b, "Visitated", """{ "granted": true }"""));
        await At(api, "2026-02-16T10:00:00+01:00", (a, "MidwayEvaluationHeld", "{}"), (b, "TrainingStarted", "{}"));
        await At(api, "2026-04-01T10:00:00+02:00", (a, "CourseCompleted", """{ "goalsAttained": true, "continuation": "Aktivitetscenter" }"""));
        await At(api, "2026-04-20T10:00:00+02:00", (b, "CourseCompleted", """{ "goalsAttained": false }"""));

        var report = JsonDocument.Parse(await api.Factory.Client(Key).GetStringAsync("/api/reports/quality?municipality=kommune-004&from=2026-01-01&to=2026-01-31")).RootElement;
        var standard = Assert.Single(report.GetProperty("standards").EnumerateArray());

        Assert.Equal(4, standard.GetProperty("courses").GetInt32());
        Assert.Equal(
            ["contact 3 2 1 0", "start 3 2 1 0", "midwayEvaluation 3 1 0 2", "end 3 2 0 1"],
            standard.GetProperty("deadlines").EnumerateArray().Select(x =>
                $"{x.GetProperty("kind").GetString()} {x.GetProperty("decided")} {x.GetProperty("metOnTime")} {x.GetProperty("metLate")} {x.GetProperty("breached")}"));
        Assert.Equal(
            ["deadlineMetOnTime 3 2 False", "deadlineMetOnTime 3 2 False", "deadlineMetOnTime 3 2 False", "examinationWithGoalsAtStart 3 1 False",
             "deadlineMetOnTime 3 1 False", "finalEvaluation 2 2 True", "continuationRegistered 2 1 False"],
            standard.GetProperty("targets").EnumerateArray().Select(x =>
                $"{x.GetProperty("metric").GetString()} {x.GetProperty("counted")} {x.GetProperty("reached")} {x.GetProperty("met").GetBoolean()}"));
        Assert.Equal(5, standard.GetProperty("workingDaysToStart").GetProperty("median").GetInt32());
        Assert.Equal(30, standard.GetProperty("workingDaysToStart").GetProperty("percentile90").GetInt32());
        Assert.Equal(5, standard.GetProperty("breaches").GetInt32());
        Assert.Equal(0, standard.GetProperty("freeChoiceTriggers").GetInt32());

        var february = JsonDocument.Parse(await api.Factory.Client(Key).GetStringAsync("/api/reports/quality?from=2026-02-01&to=2026-02-28")).RootElement;
        Assert.Empty(february.GetProperty("standards").EnumerateArray());
    }

    [Theory]
    [InlineData("dev-rebild", "?municipality=kommune-004&from=2026-01-01&to=2026-01-31", HttpStatusCode.BadRequest)]
    [InlineData("dev-kommune-004", "?from=2026-02-01&to=2026-01-01", HttpStatusCode.BadRequest)]
    [InlineData("dev-kommune-004", "?from=January&to=2026-01-31", HttpStatusCode.BadRequest)]
    [InlineData("dev-admin", "?from=2026-01-01&to=2026-01-31", HttpStatusCode.BadRequest)]
    [InlineData("dev-hospital-a", "?municipality=rebild&from=2026-01-01&to=2026-01-31", HttpStatusCode.Forbidden)]
    [InlineData("dev-admin", "?municipality=rebild&from=2026-01-01&to=2026-01-31", HttpStatusCode.OK)]
    public async Task Report_ScopeAndPeriod_AreChecked(string key, string query, HttpStatusCode expected)
    {
        var factory = await hosts.CreateAsync();

        using var response = await factory.Client(key).GetAsync("/api/reports/quality" + query);

        Assert.Equal(expected, response.StatusCode);
    }

    private static Task<string> StartAsync(CourseClient api, string applicationId) =>
        api.PostApplicationAsync(Key, CourseClient.Application("kommune-004/sel86-1", applicationId));

    private static async Task At(CourseClient api, string instant, params (string Course, string Type, string Body)[] events)
    {
        await api.AdvanceAsync(instant);
        foreach (var (course, type, body) in events)
        {
            await api.EventAsync(Key, course, type, body);
        }
    }
}
