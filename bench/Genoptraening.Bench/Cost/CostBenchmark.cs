using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Genoptraening.Bench.Durable;
using Genoptraening.Bench.Http;
using Genoptraening.Bench.Peer;
using Genoptraening.Bench.Storage;
using Genoptraening.Domain.Calendar;
using Genoptraening.Tests.Shared;
using Genoptraening.Workflows.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Genoptraening.Bench.Cost;

/// <summary>
/// (c) of issue 20: what our product's courses cost in storage transactions, counted at Azurite by kind:
/// the real host (Release, its own process, the development clock) on an Azurite with a debug log;
/// the empty host idles first (its polling per hour), then plans come in over HTTP, the clock moves a
/// day at a time (<c>POST /api/dev/clock</c>) and staff post events on time for every other course
/// (each answered synchronously, so the handler's polling of the answer row is counted too).
/// </summary>
/// <param name="Courses">Courses that lived twelve weeks.</param>
/// <param name="Seconds">Their window.</param>
/// <param name="PerCourse">Transactions per course, idle polling and the development clock's own table subtracted.</param>
/// <param name="DevelopmentClockPerCourse">The development clock's held-timer table per course (not in production).</param>
/// <param name="IdlePerHour">The idle host's transactions per hour.</param>
internal sealed record CostFigures(int Courses, double Seconds, TransactionCounts PerCourse, double DevelopmentClockPerCourse, TransactionCounts IdlePerHour)
{
    /// <summary>A municipality's courses a year (issue 20).</summary>
    public const int CoursesPerYear = 2_000;

    public const double HoursPerMonth = 730;

    public static double CoursesPerMonth => CoursesPerYear / 12.0;

    public double CoursesPerMonthCost => StoragePrices.CostOf(PerCourse) * CoursesPerMonth;

    public double IdlePerMonthCost => StoragePrices.CostOf(IdlePerHour) * HoursPerMonth;
}

internal static class CostBenchmark
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(60);

    public static async Task<CostFigures> RunAsync(int courses, TextWriter log)
    {
        var debugLog = Path.Combine(Path.GetTempPath(), $"genoptraening-cost-{Guid.NewGuid():N}.log");
        try
        {
            await using var azurite = new AzuriteProcess(debugLog);
            await azurite.StartAsync();
            var transactions = new AzuriteTransactions(debugLog);
            var start = CourseLives.Start;
            await using var host = await HostProcess.StartAsync(azurite.ConnectionString, log,
                ["--Clock:Mode", "Virtual", "--Clock:Start", InstantPattern.ExtendedIso.Format(start)]);
            // The host takes its partitions' leases and creates its tables first: not part of idling.
            await Task.Delay(TimeSpan.FromSeconds(15));
            var idleFrom = transactions.Mark();
            await Task.Delay(Idle);
            var idlePerSecond = transactions.Count(idleFrom, transactions.Mark()).Times(1 / Idle.TotalSeconds);

            using var hospital = host.Client("dev-hospital-a");
            using var municipality = host.Client("dev-rebild");
            using var admin = host.Client("dev-admin");
            var from = transactions.Mark();
            var watch = Stopwatch.StartNew();
            var ids = new List<string>();
            for (var i = 0; i < courses; i++)
            {
                ids.Add(await PostPlanAsync(hospital, i, start));
            }

            for (var day = 1; day <= CourseLives.Days; day++)
            {
                var at = start + Duration.FromDays(day);
                await AdvanceAsync(admin, at);
                if (OnTime.For(day, at) is { } occurrence)
                {
                    for (var i = 0; i < ids.Count; i += 2)
                    {
                        await PostEventAsync(municipality, ids[i], occurrence);
                    }
                }
            }

            var seconds = watch.Elapsed.TotalSeconds;
            var window = transactions.Count(from, transactions.Mark());
            var courseCounts = window.Minus(idlePerSecond.Times(seconds));
            var clock = courseCounts.DevelopmentClock / courses;
            var perCourse = courseCounts.Without(k => k.EndsWith("(dev clock)", StringComparison.Ordinal)).Times(1.0 / courses);
            log.WriteLine($"  cost: {courses} courses lived their twelve weeks through the host in {seconds:F0} s");
            return new CostFigures(courses, seconds, perCourse, clock, idlePerSecond.Times(3600));
        }
        finally
        {
            File.Delete(debugLog);
        }
    }

    /// <summary>A plan with a fake CPR number (the product's intake keeps it in its own table; it never reaches the logs or the task hub).</summary>
    private static async Task<string> PostPlanAsync(HttpClient hospital, int i, Instant receivedAt)
    {
        var plan = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["sender"] = "5790000000001", ["planId"] = $"COST-{i}", ["municipality"] = "rebild", ["cpr"] = $"0101{50 + (i % 40):D2}{1000 + i:D4}",
            ["dischargeDate"] = LocalDatePattern.Iso.Format(Copenhagen.DateOf(receivedAt).PlusDays(-1)),
            ["planType"] = "almen", ["level"] = "basal", ["startNotBefore"] = null, ["receivedAt"] = null, ["text"] = "Genoptræning efter knæalloplastik.",
        });
        using var content = new StringContent(plan, Encoding.UTF8, "application/json");
        using var response = await hospital.PostAsync(new Uri("/api/plans", UriKind.Relative), content);
        await ExpectAsync(response, HttpStatusCode.Accepted);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task AdvanceAsync(HttpClient admin, Instant to)
    {
        using var content = new StringContent($$"""{ "advanceTo": "{{WireTime.Format(to)}}" }""", Encoding.UTF8, "application/json");
        using var response = await admin.PostAsync(new Uri("/api/dev/clock", UriKind.Relative), content);
        await ExpectAsync(response, HttpStatusCode.OK);
    }

    /// <summary>An event on time; the course may refuse one its standard does not take (409), which costs its round trip all the same.</summary>
    private static async Task PostEventAsync(HttpClient municipality, string courseId, Domain.Courses.Occurrence occurrence)
    {
        using var content = new StringContent(PeerOccurrence.ToJson(occurrence), Encoding.UTF8, "application/json");
        using var response = await municipality.PostAsync(new Uri($"/api/courses/{courseId}/events/{occurrence.Type}", UriKind.Relative), content);
        if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Conflict))
        {
            await ExpectAsync(response, HttpStatusCode.OK);
        }
    }

    private static async Task ExpectAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException(
                $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode}, expected {(int)expected}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
