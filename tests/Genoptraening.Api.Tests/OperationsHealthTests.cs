using System.Net;
using System.Text;
using System.Text.Json;
using Genoptraening.Api.Tests.Support;
using Genoptraening.Workflows.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Genoptraening.Api.Tests.Support.CourseClient;

namespace Genoptraening.Api.Tests;

/// <summary>
/// The task hub's health as an operator reads it, on a real host and Azurite: with the worker stopped, requests pile up in the
/// control queues and the health answer shows them and their age; the host is then live but not ready; the next host on the task hub drains them.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OperationsHealthTests(ApiHosts hosts)
{
    [Fact]
    public async Task StoppedWorker_ControlQueueBacklogShows_NotReadyButLive_ThenTheNextHostDrainsIt()
    {
        var api = new CourseClient(await hosts.CreateAsync("2026-05-08T10:00:00+02:00"));
        var courses = new List<string>();
        for (var i = 1; i <= 3; i++)
        {
            courses.Add(await api.PostPlanAsync(HospitalA, Plan("5790000000001", $"HEALTH-{i}", "rebild")));
        }

        var before = await HealthAsync(api);
        Assert.Equal(3, Active(before)); // running, or pending while the instance table catches up with the first episode
        Assert.Equal(0, before.GetProperty("courses").GetProperty("faulted").GetInt32());
        for (var waited = 0; ControlMessages(before) > 0; waited++)
        {
            // The starts' last messages (and the retention sweep's) are taken within moments.
            Assert.True(waited < 60, before.ToString());
            await Task.Delay(250);
            before = await HealthAsync(api);
        }

        Assert.Equal(api.Factory.Name, before.GetProperty("taskHub").GetString());

        var worker = api.Factory.Services.GetRequiredService<CourseWorkerService>();
        await worker.StopAsync(CancellationToken.None);
        var visitator = api.Factory.Client("dev-rebild");
        visitator.Timeout = TimeSpan.FromSeconds(60);
        await Task.WhenAll(courses.Select(async id =>
        {
            using var body = new StringContent("""{ "at": "2026-05-08T10:00:00+02:00" }""", Encoding.UTF8, "application/json");
            using var response = await visitator.PostAsync($"/api/courses/{id}/events/CitizenContacted", body);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode); // not answered within the bound: no worker takes it
        }));

        var backlog = await HealthAsync(api);
        Assert.True(ControlMessages(backlog) >= 3, backlog.ToString());
        Assert.Contains(Queues(backlog), q => q.GetProperty("kind").GetString() == "control" && q.GetProperty("oldestAgeSeconds").GetDouble() > 0);
        using var ready = await api.Factory.Client(null).GetAsync("/healthz");
        using var live = await api.Factory.Client(null).GetAsync("/healthz/live");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("stopped", JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("taskHub").GetString());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);

        // The next host on the same task hub takes the backlog.
        await api.Factory.DisposeAsync();
        await using var next = new ApiFactory(hosts.Azurite.ConnectionString, api.Factory.Name, api.Factory.ClockStart);
        api = new CourseClient(next);
        using var readyAgain = await next.Client(null).GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, readyAgain.StatusCode);
        for (var waited = 0; !await AllContactedAsync(api, courses); waited++)
        {
            Assert.True(waited < 120, "the backlog's requests were not taken within 60 s of the next host's start");
            await Task.Delay(500);
        }

        Assert.Equal(0, ControlMessages(await HealthAsync(api)));
    }

    private static async Task<bool> AllContactedAsync(CourseClient api, IEnumerable<string> courses)
    {
        foreach (var id in courses)
        {
            if (Status(await api.GetAsync("dev-rebild", id), "contact") != "met")
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public async Task Health_IsForAdministrators_AndCountsTimersDueInTheNextHour()
    {
        var api = new CourseClient(await hosts.CreateAsync("2026-05-08T10:00:00+02:00"));
        await api.PostPlanAsync(HospitalA, Plan("5790000000001", "HEALTH-TIMER", "rebild"));
        using var municipality = await api.Factory.Client("dev-rebild").GetAsync("/api/operations/health");
        Assert.Equal(HttpStatusCode.Forbidden, municipality.StatusCode);
        Assert.Equal(0, (await HealthAsync(api)).GetProperty("timersDueNextHour").GetInt32());

        // Received on Friday 8 May, the course's next timer is the contact deadline's warning at midnight before Monday 11 May.
        await api.AdvanceAsync("2026-05-10T23:30:00+02:00");
        var health = await HealthAsync(api);
        Assert.Equal(1, health.GetProperty("timersDueNextHour").GetInt32());
        Assert.Equal("2026-05-10T23:30:00+02:00", health.GetProperty("checkedAt").GetString());
        Assert.Equal(1, Active(health));
    }

    private static async Task<JsonElement> HealthAsync(CourseClient api)
    {
        using var response = await api.Factory.Client(Admin).GetAsync("/api/operations/health");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static JsonElement.ArrayEnumerator Queues(JsonElement health) => health.GetProperty("queues").EnumerateArray();

    private static int Active(JsonElement health) =>
        health.GetProperty("courses").EnumerateObject().Where(s => s.Name is "running" or "pending").Sum(s => s.Value.GetInt32());

    private static int ControlMessages(JsonElement health) =>
        Queues(health).Where(q => q.GetProperty("kind").GetString() == "control").Sum(q => q.GetProperty("messages").GetInt32());
}
