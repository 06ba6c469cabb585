using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Xunit;

namespace Genoptraening.Api.Tests.Support;

/// <summary>The API as a visitator's or hospital's system uses it, one call a line in the tests.</summary>
public sealed class CourseClient(ApiFactory factory)
{
    public static readonly string HospitalA = "dev-hospital-a";
    public static readonly string HospitalB = "dev-hospital-b";
    public static readonly string Admin = "dev-admin";

    public ApiFactory Factory => factory;

    public async Task<string> PostPlanAsync(string hospitalKey, object plan, HttpStatusCode expected = HttpStatusCode.Accepted)
    {
        using var response = await factory.Client(hospitalKey).PostAsJsonAsync("/api/plans", plan);
        return await IdOfAsync(response, expected);
    }

    public async Task<string> PostApplicationAsync(string municipalityKey, object application, HttpStatusCode expected = HttpStatusCode.Accepted)
    {
        using var response = await factory.Client(municipalityKey).PostAsJsonAsync("/api/applications", application);
        return await IdOfAsync(response, expected);
    }

    /// <summary>Records an event and returns the course; fails the test on any other status than expected.</summary>
    public async Task<JsonElement> EventAsync(string key, string courseId, string type, string body = "{}", HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await factory.Client(key).PostAsync($"/api/courses/{courseId}/events/{type}", content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{type}: expected {expected}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task AdvanceAsync(string instant)
    {
        using var response = await factory.Client(Admin).PostAsJsonAsync("/api/dev/clock", new { advanceTo = instant });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<JsonElement> GetAsync(string key, string courseId, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await factory.Client(key).GetAsync($"/api/courses/{courseId}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET: expected {expected}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>
    /// What a refused request must leave as it was: how many courses exist, how far each given course's
    /// history runs, and whether the development clock still stands at its start (it only moves forward).
    /// </summary>
    public async Task<string> SnapshotAsync(params string[] courseIds)
    {
        var admin = factory.Client(Admin);
        var list = JsonDocument.Parse(await admin.GetStringAsync("/api/courses?top=500")).RootElement;
        var versions = new List<int>();
        foreach (var id in courseIds)
        {
            versions.Add(JsonDocument.Parse(await admin.GetStringAsync($"/api/courses/{id}")).RootElement.GetProperty("version").GetInt32());
        }

        using var clock = await admin.PostAsJsonAsync("/api/dev/clock", new { advanceTo = factory.ClockStart });
        return $"{list.GetProperty("items").GetArrayLength()} courses, versions {string.Join(", ", versions)}, clock {(clock.IsSuccessStatusCode ? "at its start" : "moved")}";
    }

    public static JsonElement Deadline(JsonElement course, string kind) =>
        course.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == kind);

    public static string Status(JsonElement course, string kind) => Deadline(course, kind).GetProperty("status").GetString()!;

    public static object Plan(string sender, string planId, string municipality, string? dischargeDate = "2026-05-08", string? receivedAt = null) => new
    {
        sender, planId, municipality, cpr = "0101501234", dischargeDate, planType = "almen", level = "basal", startNotBefore = (string?)null,
        receivedAt, text = "Genoptræning efter hoftealloplastik",
    };

    public static object Application(string standard, string applicationId, string? receivedAt = null) =>
        new { standard, cpr = "2412851234", applicationId, receivedAt };

    private static async Task<string> IdOfAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {expected}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetString()!;
    }
}
