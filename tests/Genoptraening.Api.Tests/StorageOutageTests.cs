using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Genoptraening.Api.Tests.Support;
using Genoptraening.Workflows.Orchestration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Genoptraening.Api.Tests.Support.CourseClient;

namespace Genoptraening.Api.Tests;

/// <summary>
/// The storage account stops answering: the API says 503 with problem details (never 202 for what it
/// did not store), the host recovers by itself when storage is back, and no course loses a deadline.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class StorageOutageTests(ApiHosts hosts)
{
    [Fact]
    public async Task StorageDown_503ProblemDetails_ThenBackByItself_AndNoDeadlineIsLost()
    {
        var api = new CourseClient(await hosts.CreateAsync("2026-05-08T10:00:00+02:00"));
        var before = await api.PostPlanAsync(HospitalA, Plan("5790000000001", "OUTAGE-1", "rebild"));
        await WaitUntilStartedAsync(api, before);

        // The storage goes down once the course has taken its start step. (One that was still starting would retry that step
        // after the outage, 5 minutes later by design: its deadlines late, never lost, but not by the clock's next move.)
        await hosts.Azurite.StopAsync(graceful: true);
        using var plan = await api.Factory.Client(HospitalA).PostAsJsonAsync("/api/plans", Plan("5790000000001", "OUTAGE-2", "rebild"));
        using var read = await api.Factory.Client("dev-rebild").GetAsync($"/api/courses/{before}");
        using var health = await api.Factory.Client(null).GetAsync("/healthz");
        await hosts.Azurite.StartAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, plan.StatusCode);
        Assert.Equal("application/problem+json", plan.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(plan.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, read.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);

        await WaitUntilHealthyAsync(api);
        var after = await api.PostPlanAsync(HospitalA, Plan("5790000000001", "OUTAGE-2", "rebild"));
        await api.AdvanceAsync("2026-05-21T00:00:00+02:00");

        foreach (var course in new[] { before, after })
        {
            var state = await api.GetAsync("dev-rebild", course);
            Assert.Equal("breached", Status(state, "contact"));
            Assert.Equal("2026-05-16T00:00:00+02:00", state.GetProperty("extendedFreeChoice").GetProperty("triggeredAt").GetString());
        }
    }

    /// <summary>
    /// Until the course's orchestration has saved the episode after its start step (its custom status names the next timer,
    /// which the clock now holds), at most 30 s. The step's events alone are not enough: written by the activity, they come
    /// before the episode that takes its answer and holds the timer, and an outage between the two delays that episode.
    /// </summary>
    private static async Task WaitUntilStartedAsync(CourseClient api, string courseId)
    {
        var orchestrations = api.Factory.Services.GetRequiredService<CourseOrchestrations>();
        for (var waited = 0; waited < 300; waited++)
        {
            if (await orchestrations.GetAsync(Guid.Parse(courseId)) is { Status: { Step: >= 1, NextDue: not null } })
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The course {courseId} did not take its start step within 30 s.");
    }

    private static async Task WaitUntilHealthyAsync(CourseClient api)
    {
        var client = api.Factory.Client(null);
        for (var waited = 0; waited < 120; waited++)
        {
            using var health = await client.GetAsync("/healthz");
            if (health.IsSuccessStatusCode && JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString() == "healthy")
            {
                return;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("The host did not become healthy after storage came back.");
    }
}
