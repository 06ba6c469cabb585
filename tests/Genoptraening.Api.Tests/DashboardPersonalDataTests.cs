using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Genoptraening.Api.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;
using static Genoptraening.Api.Tests.Support.CourseClient;

namespace Genoptraening.Api.Tests;

/// <summary>
/// The course page shows the citizen's CPR number to the municipality's own visitators only; every
/// display is in the audit trail (who, when, which course) that an administrator reads, and none in a log.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DashboardPersonalDataTests(ApiHosts hosts)
{
    [Fact]
    public async Task CoursePage_ShowsTheCprToItsOwnMunicipality_RecordsEachDisplay_AndLogsNone()
    {
        var logs = new CapturedLogs();
        var factory = await hosts.CreateAsync("2026-05-08T10:00:00+02:00");
        using var logged = logs.Into(factory);
        using var hospital = logged.CreateClient();
        hospital.DefaultRequestHeaders.Add("x-api-key", HospitalA);
        using var posted = await hospital.PostAsJsonAsync("/api/plans", Plan("5790000000001", "CPR-1", "rebild"));
        var id = JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;

        var first = await PageAsync(logged, "rebild", $"/forloeb/{id}");
        var second = await PageAsync(logged, "rebild", $"/forloeb/{id}");
        var elsewhere = await PageAsync(logged, "norddjurs", $"/forloeb/{id}");
        var overview = await PageAsync(logged, "rebild", "/");

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Contains("<span id=\"cpr\">010150-1234</span>", first.Body, StringComparison.Ordinal);
        Assert.Contains("010150-1234", second.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.Status);
        Assert.DoesNotContain("010150", elsewhere.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("010150", overview.Body, StringComparison.Ordinal);

        using var admin = logged.CreateClient();
        admin.DefaultRequestHeaders.Add("x-api-key", Admin);
        var audit = await admin.GetFromJsonAsync<JsonElement>("/api/audit/personal-data?from=2026-05-08&to=2026-05-08");
        var views = audit.GetProperty("views").EnumerateArray().ToList();
        Assert.Equal(2, views.Count);
        Assert.All(views, v => Assert.Equal((id, "rebild", "udviklingslogin (rebild)", "2026-05-08T10:00:00+02:00"),
            (v.GetProperty("courseId").GetString(), v.GetProperty("municipality").GetString(), v.GetProperty("who").GetString(), v.GetProperty("at").GetString())));
        Assert.DoesNotContain("0101501234", audit.GetRawText(), StringComparison.Ordinal);
        using var municipalityKey = logged.CreateClient();
        municipalityKey.DefaultRequestHeaders.Add("x-api-key", "dev-rebild");
        Assert.Equal(HttpStatusCode.Forbidden, (await municipalityKey.GetAsync("/api/audit/personal-data?from=2026-05-08&to=2026-05-08")).StatusCode);
        Assert.DoesNotContain(logs.Lines, line => line.Contains("0101501234", StringComparison.Ordinal) || line.Contains("010150-1234", StringComparison.Ordinal));
    }

    private static async Task<(HttpStatusCode Status, string Body)> PageAsync(WebApplicationFactory<Program> host, string municipality, string path)
    {
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", $"{Web.Dashboard.Visitator.DevelopmentCookie}={municipality}");
        using var response = await client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
