using Genoptraening.Api.Tests.Support;
using Xunit;
using static Genoptraening.Api.Tests.Support.CourseClient;

namespace Genoptraening.Api.Tests;

/// <summary>A CPR number never appears in a log: the host logs course ids.</summary>
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
}
