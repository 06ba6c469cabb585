using System.Net;
using Genoptraening.Api.Tests.Support;
using Genoptraening.Workflows.Storage.Azure;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;
using static Genoptraening.Api.Tests.Support.CourseClient;

namespace Genoptraening.Api.Tests;

/// <summary>
/// The overview is read from the read model alone (each row carries the course's progress), and a row
/// published before rows carried it is read from the course's history instead: the page is the same.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DashboardOverviewReadModelTests(ApiHosts hosts)
{
    [Fact]
    public async Task Overview_FromARowWithoutProgress_IsTheSameAsFromTheRowsProgress()
    {
        var factory = await hosts.CreateAsync("2026-05-08T10:00:00+02:00");
        var courses = new CourseClient(factory);
        var late = await courses.PostPlanAsync(HospitalA, Plan("5790000000001", "OVERVIEW-1", "rebild"));
        var contacted = await courses.PostPlanAsync(HospitalA, Plan("5790000000001", "OVERVIEW-2", "rebild"));
        await courses.EventAsync("dev-rebild", contacted, "CitizenContacted");
        await courses.AdvanceAsync("2026-05-20T10:00:00+02:00");
        var fromProgress = await OverviewAsync(factory);
        var readModel = AzureCourseStores.For(factory.Storage, factory.Name).ReadModel;

        foreach (var id in new[] { late, contacted })
        {
            var row = (await readModel.FindAsync("rebild", Guid.Parse(id)))!;
            Assert.NotNull(row.Progress);
            // As a build from before rows carried progress would publish the course's next step (the same
            // step again is not written: it is the row already there).
            await readModel.PublishAsync(row with { Progress = null, Step = row.Step + 1 });
            Assert.Null((await readModel.FindAsync("rebild", Guid.Parse(id)))!.Progress);
        }

        var fromHistories = await OverviewAsync(factory);
        Assert.Contains("free-choice-badge", fromProgress, StringComparison.Ordinal);
        Assert.Contains("data-urgency=\"Breached\"", fromProgress, StringComparison.Ordinal);
        Assert.Equal(fromProgress, fromHistories);
    }

    private static async Task<string> OverviewAsync(WebApplicationFactory<Program> host)
    {
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", $"{Web.Dashboard.Visitator.DevelopmentCookie}=rebild");
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
