extern alias FunctionsApp;
using System.Net;
using FunctionsApp::Genoptraening.Functions;
using Genoptraening.Api.Tests.Support;
using Genoptraening.Web.Endpoints;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Text;
using Xunit;

namespace Genoptraening.Api.Tests.TwoHosts;

/// <summary>
/// Limits in both hosts: a key, or a signed-in person, past its rate gets a 429 with Retry-After and others go on; a
/// report or the audit trail is read for at most two years; a standard's filter reads its own municipality only.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class RequestLimitsTests(ApiHosts hosts)
{
    private static readonly Dictionary<string, string?> ThreeAtOnce = new() { ["Limits:RequestsPerSecond"] = "1", ["Limits:Burst"] = "3" };

    [Fact]
    public async Task LocalHost_AKeyPastItsLimit_Gets429WithRetryAfter_AnotherKeyGoesOn_AndSoDoesAVisitator()
    {
        var factory = await hosts.CreateAsync();
        using var limited = factory.WithWebHostBuilder(b => b.ConfigureAppConfiguration((_, c) => c.AddInMemoryCollection(ThreeAtOnce)));
        using var rebild = limited.CreateClient();
        rebild.DefaultRequestHeaders.Add("x-api-key", "dev-rebild");
        using var norddjurs = limited.CreateClient();
        norddjurs.DefaultRequestHeaders.Add("x-api-key", "dev-norddjurs");

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last?.Dispose();
            last = await rebild.GetAsync("/api/courses");
            statuses.Add(last.StatusCode);
        }

        using (last)
        {
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
            Assert.Equal("application/problem+json", last!.Content.Headers.ContentType?.MediaType);
            Assert.True(last.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), last.Headers.ToString());
        }

        using var other = await norddjurs.GetAsync("/api/courses");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);

        using var visitator = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        visitator.DefaultRequestHeaders.Add("Cookie", $"{Web.Dashboard.Visitator.DevelopmentCookie}=rebild");
        var pages = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var page = await visitator.GetAsync("/indbakke");
            pages.Add(page.StatusCode);
            if (page.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Contains("For mange forespørgsler", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);
                Assert.NotNull(page.Headers.RetryAfter);
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], pages);
    }

    [Fact]
    public async Task FunctionsApp_AKeyPastItsLimit_Gets429WithRetryAfter()
    {
        await using var app = await InProcessFunctionsApp.StartAsync(
            OffsetDateTimePattern.ExtendedIso.Parse("2026-05-08T10:00:00+02:00").GetValueOrThrow().ToInstant(), ThreeAtOnce);
        var triggers = new ApiTriggers(app.Services.GetRequiredService<ApiEndpoints>());
        var key = new Dictionary<string, string> { ["x-api-key"] = "dev-rebild" };

        // A first call warms the app (its tables, the code's first run) with another key: a cold first call of over a second
        // would give the key under test its next token back before its fourth call (seen once in CI).
        await app.InvokeAsync(r => triggers.ListCourses(r), "GET", "/api/courses", new Dictionary<string, string> { ["x-api-key"] = "dev-norddjurs" });
        var answers = new List<(int Status, string? RetryAfter)>();
        for (var i = 0; i < 4; i++)
        {
            var (status, _, _, headers) = await app.InvokeAsync(r => triggers.ListCourses(r), "GET", "/api/courses", key);
            answers.Add((status, headers.RetryAfter.ToString()));
        }

        Assert.Equal([200, 200, 200, 429], answers.Select(a => a.Status));
        Assert.True(int.Parse(answers[3].RetryAfter!, System.Globalization.CultureInfo.InvariantCulture) >= 1);
    }

    [Theory]
    [InlineData("/api/reports/quality?municipality=rebild&from=2024-01-01&to=2026-01-01")]
    [InlineData("/api/audit/personal-data?from=2024-01-01&to=2026-01-01")]
    public async Task APeriodOfMoreThanTwoYears_IsA400NamingTo(string path)
    {
        var factory = await hosts.CreateAsync();

        using var response = await factory.Client(CourseClient.Admin).GetAsync(path);
        using var twoYears = await factory.Client(CourseClient.Admin).GetAsync(path.Replace("2026-01-01", "2025-12-31", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"to\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, twoYears.StatusCode);
    }

    [Fact]
    public async Task AStandardsFilter_ListsItsOwnMunicipalitysCourses_AndNoneForAnotherMunicipality()
    {
        var api = new CourseClient(await hosts.CreateAsync("2026-05-08T10:00:00+02:00"));
        var rebild = await api.PostPlanAsync(CourseClient.HospitalA, CourseClient.Plan("5790000000001", "LIST-R", "rebild"));
        var norddjurs = await api.PostPlanAsync(CourseClient.HospitalA, CourseClient.Plan("5790000000001", "LIST-N", "norddjurs"));
        var admin = api.Factory.Client(CourseClient.Admin);

        var rebildOnly = System.Text.Json.JsonDocument.Parse(await admin.GetStringAsync("/api/courses?standard=rebild/sul140")).RootElement.GetProperty("items");
        var crossed = System.Text.Json.JsonDocument.Parse(await admin.GetStringAsync("/api/courses?standard=rebild/sul140&municipality=norddjurs")).RootElement.GetProperty("items");

        Assert.Equal([rebild], rebildOnly.EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(0, crossed.GetArrayLength());
        Assert.NotEqual(rebild, norddjurs);
    }
}
