using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Genoptraening.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Genoptraening.Api.Tests.Support.CourseClient;

namespace Genoptraening.Api.Tests;

/// <summary>
/// A CPR number never appears in a log, and no answer carries it unless asked for (<c>?include=cpr</c>) by the course's
/// municipality or an administrator, each such answer in the audit trail first (contracts/http-api.md).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class PersonalDataTests(ApiHosts hosts)
{
    [Fact]
    public async Task ALifeOfACourse_LogsCourseIds_NeverTheCprNumber()
    {
        var logs = new CapturedLogs();
        var factory = await hosts.CreateAsync("2026-05-08T10:00:00+02:00");
        using var logged = logs.Into(factory);
        var client = logged.CreateClient();
        client.DefaultRequestHeaders.Add("x-api-key", HospitalA);

        using var response = await client.PostAsync("/api/plans", System.Net.Http.Json.JsonContent.Create(Plan("5790000000001", "LOG-1", "rebild")));
        var id = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        var rebild = logged.CreateClient();
        rebild.DefaultRequestHeaders.Add("x-api-key", "dev-rebild");
        await rebild.GetStringAsync($"/api/courses/{id}");
        using var refused = await rebild.PostAsync($"/api/courses/{id}/events/NoShow", null);
        using var bad = await client.PostAsync("/api/plans", System.Net.Http.Json.JsonContent.Create(new { sender = "5790000000001", planId = "X", municipality = "rebild", cpr = "3199501234" }));

        var all = string.Join("\n", logs.Lines);
        Assert.Contains(id, all, StringComparison.Ordinal);
        Assert.DoesNotContain("0101501234", all, StringComparison.Ordinal);
        Assert.DoesNotContain("3199501234", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoAnswerCarriesTheCpr_UnlessAskedForByTheMunicipalityOrAnAdministrator_AndEveryDisplayIsAudited()
    {
        var api = new CourseClient(await hosts.CreateAsync("2026-05-08T10:00:00+02:00"));
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await api.PostPlanAsync(HospitalA, Plan("5790000000001", $"CPR-{i}", "rebild")));
        }

        var rebild = api.Factory.Client("dev-rebild");
        var plain = await rebild.GetStringAsync($"/api/courses/{ids[0]}");
        var recorded = await api.EventAsync("dev-rebild", ids[0], "CitizenContacted");
        Assert.DoesNotContain("0101501234", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("0101501234", recorded.GetRawText(), StringComparison.Ordinal);
        Assert.False(JsonDocument.Parse(plain).RootElement.TryGetProperty("citizen", out _));

        // The hospital sent it and never gets it back; another municipality does not see the course.
        using (var hospital = await api.Factory.Client(HospitalA).GetAsync($"/api/courses/{ids[0]}?include=cpr"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, hospital.StatusCode);
            Assert.DoesNotContain("0101501234", await hospital.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var other = await api.Factory.Client("dev-norddjurs").GetAsync($"/api/courses/{ids[0]}?include=cpr"))
        {
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        }

        using (var unknown = await rebild.GetAsync($"/api/courses/{ids[0]}?include=name"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
            Assert.True(JsonDocument.Parse(await unknown.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("include", out _));
        }

        var shown = JsonDocument.Parse(await rebild.GetStringAsync($"/api/courses/{ids[0]}?include=cpr")).RootElement;
        Assert.Equal("0101501234", shown.GetProperty("citizen").GetProperty("cpr").GetString());

        // An administrator pages through every course, two at a time, and asks for each citizen's CPR number.
        var admin = api.Factory.Client(Admin);
        var displays = 0;
        string? token = null;
        do
        {
            var page = JsonDocument.Parse(await admin.GetStringAsync("/api/courses?top=2" + (token is null ? string.Empty : $"&continuationToken={Uri.EscapeDataString(token)}"))).RootElement;
            foreach (var item in page.GetProperty("items").EnumerateArray())
            {
                var course = JsonDocument.Parse(await admin.GetStringAsync($"/api/courses/{item.GetProperty("id").GetString()}?include=cpr")).RootElement;
                Assert.Equal(10, course.GetProperty("citizen").GetProperty("cpr").GetString()!.Length);
                displays++;
            }

            token = page.GetProperty("continuationToken").ValueKind == JsonValueKind.String ? page.GetProperty("continuationToken").GetString() : null;
        }
        while (token is not null);

        var audit = JsonDocument.Parse(await admin.GetStringAsync("/api/audit/personal-data?from=2026-05-08&to=2026-05-08")).RootElement.GetProperty("views").EnumerateArray().ToList();
        Assert.Equal(3, displays);
        Assert.Equal(displays + 1, audit.Count);
        Assert.Equal(displays, audit.Count(v => v.GetProperty("who").GetString() == Admin));
        Assert.Equal(ids.Order(), audit.Where(v => v.GetProperty("who").GetString() == Admin).Select(v => v.GetProperty("courseId").GetString()!).Order());
        Assert.All(audit, v => Assert.Equal("GET /api/courses/{id}?include=cpr", v.GetProperty("route").GetString()));
        Assert.Single(audit, v => v.GetProperty("who").GetString() == "dev-rebild");
        Assert.DoesNotContain("0101501234", string.Join("\n", audit.Select(v => v.GetRawText())), StringComparison.Ordinal);

        // The same lines, first, in the append-only copy outside the table (an append blob a day).
        var copy = api.Factory.Services.GetRequiredService<Workflows.Storage.Azure.AzureCourseStores>().AuditCopy;
        var lines = await copy.ReadDayAsync(NodaTime.Instant.FromUtc(2026, 5, 8, 12, 0));
        Assert.Equal(audit.Count, lines.Count);
        Assert.Equal(audit.Select(v => v.GetProperty("courseId").GetString()).Order(), lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("CourseId").GetString()).Order());
    }

    [Fact]
    public async Task OnlyAnAdministrator_SetsThePlansReceipt_AMigration()
    {
        var api = new CourseClient(await hosts.CreateAsync("2026-05-08T10:00:00+02:00"));

        var migrated = await api.PostPlanAsync(Admin, Plan("5790000000002", "MIGRATED-1", "rebild", receivedAt: "2026-05-04T09:00:00+02:00"));
        var refused = await api.Factory.Client(HospitalA).PostAsJsonAsync("/api/plans", Plan("5790000000001", "MIGRATED-2", "rebild", receivedAt: "2026-05-04T09:00:00+02:00"));

        Assert.Equal("2026-05-04T09:00:00+02:00", (await api.GetAsync(Admin, migrated)).GetProperty("referral").GetProperty("receivedAt").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True(JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("receivedAt", out _));
    }
}
