using System.Text.Json;
using Genoptraening.Api.Tests.Support;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace Genoptraening.Api.Tests;

/// <summary><c>Demo:Seed=true</c> fills an empty database with courses of every standard in several states.</summary>
[Collection(ApiCollection.Name)]
public sealed class DemoDataTests(ApiHosts hosts)
{
    [Fact]
    public async Task DemoSeed_GivesEveryStandardActiveBreachedAndCompletedCourses()
    {
        var factory = await hosts.CreateAsync("2026-06-15T10:00:00+02:00");
        using var seeded = factory.WithWebHostBuilder(b => b.ConfigureAppConfiguration((_, c) => c.AddInMemoryCollection(
            new Dictionary<string, string?> { ["Demo:Seed"] = "true" })));
        var admin = seeded.CreateClient();
        admin.DefaultRequestHeaders.Add("x-api-key", CourseClient.Admin);

        var items = JsonDocument.Parse(await admin.GetStringAsync("/api/courses?top=500")).RootElement.GetProperty("items").EnumerateArray().ToList();
        var ended = JsonDocument.Parse(await admin.GetStringAsync("/api/courses?top=500&status=completed")).RootElement.GetProperty("items").GetArrayLength();
        var statuses = new List<string>();
        foreach (var item in items.Where(i => i.GetProperty("status").GetString() == "active"))
        {
            var course = JsonDocument.Parse(await admin.GetStringAsync($"/api/courses/{item.GetProperty("id").GetString()}")).RootElement;
            statuses.AddRange(course.GetProperty("deadlines").EnumerateArray().Select(d => d.GetProperty("status").GetString()!));
        }

        Assert.Equal(32, items.Count);
        Assert.Equal(8, items.Select(i => i.GetProperty("standard").GetString()).Distinct().Count());
        Assert.True(ended >= 6, $"{ended} completed");
        Assert.Contains("breached", statuses);
        Assert.Contains("pending", statuses);
        Assert.Contains("met", statuses);
    }

    [Fact]
    public async Task DemoSeed_OnTheSystemClock_StartsTheHostAndSeeds()
    {
        var factory = await hosts.CreateAsync("2026-06-15T10:00:00+02:00");
        using var seeded = factory.WithWebHostBuilder(b => b.ConfigureAppConfiguration((_, c) => c.AddInMemoryCollection(
            new Dictionary<string, string?> { ["Demo:Seed"] = "true", ["Clock:Mode"] = "System" })));
        var admin = seeded.CreateClient();
        admin.DefaultRequestHeaders.Add("x-api-key", CourseClient.Admin);

        var items = JsonDocument.Parse(await admin.GetStringAsync("/api/courses?top=500")).RootElement.GetProperty("items").GetArrayLength();

        Assert.Equal(32, items);
    }
}
