using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Genoptraening.Bench.Http;
using Genoptraening.Domain.Catalog;

namespace Genoptraening.Bench.Queries;

/// <summary>The list and the quality report over the API of a real host, on a database of a million courses of one municipality.</summary>
internal sealed record QueryResult(
    int Courses, double ListP50Ms, double ListP95Ms, double ReportP50Ms, double ReportP95Ms, long HostPeakBytes);

/// <summary>Seeds, clones, starts the host and times <c>GET /api/courses</c> and <c>GET /api/reports/quality</c>.</summary>
internal sealed class QueryBenchmark(BenchStore kind, ServiceCatalog catalog, TextWriter log)
{
    // Page one, an active-only page, a standard's page and an ended-only page (a next page by continuation token is timed beside them).
    private static readonly string[] Lists =
    [
        "/api/courses?top=50",
        "/api/courses?top=50&status=active",
        "/api/courses?top=50&standard=rebild/sel86-1",
        "/api/courses?top=50&status=ended",
    ];

    public async Task<QueryResult> RunAsync(int courses, int seeds, int rounds)
    {
        await using var database = await kind.CreateAsync(1);
        var watch = Stopwatch.StartNew();
        await SeedCourses.RunAsync(database[0], catalog, seeds);
        var seedSeconds = watch.Elapsed.TotalSeconds;
        log.WriteLine($"  {kind.Kind}: {seeds} courses run through the engine in {seedSeconds:F1} s");
        watch.Restart();
        await CourseCloner.CloneAsync(database, (courses / seeds) - 1);
        var cloneSeconds = watch.Elapsed.TotalSeconds;
        log.WriteLine($"  {kind.Kind}: cloned to {courses} courses in {cloneSeconds:F1} s");

        await using var host = await HostProcess.StartAsync(kind.Kind, database.ConnectionString, log);
        using var client = host.Client("dev-rebild");
        var list = new List<double>();
        var report = new List<double>();
        for (var round = -2; round < rounds; round++)
        {
            string? token = null;
            foreach (var path in Lists)
            {
                var (ms, page) = await TimeAsync(client, path);
                token ??= page.GetProperty("continuationToken").GetString();
                Record(list, round, ms);
            }

            var (next, _) = await TimeAsync(client, $"/api/courses?top=50&continuationToken={Uri.EscapeDataString(token!)}");
            Record(list, round, next);
            if (round < rounds / 5)
            {
                var (reportMs, figures) = await TimeAsync(client, "/api/reports/quality?from=2026-01-01&to=2026-12-31");
                Record(report, round, reportMs);
                if (round == -2)
                {
                    log.WriteLine($"  {kind.Kind}: report counts {Counted(figures)} courses");
                }
            }
        }

        return new QueryResult(courses, Percentiles.Of(list, 50), Percentiles.Of(list, 95),
            Percentiles.Of(report, 50), Percentiles.Of(report, 95), host.PeakWorkingSetBytes());
    }

    /// <summary>Rounds below zero warm the host up and are not counted.</summary>
    private static void Record(List<double> values, int round, double ms)
    {
        if (round >= 0)
        {
            values.Add(ms);
        }
    }

    private static async Task<(double Ms, JsonElement Body)> TimeAsync(HttpClient client, string path)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var ms = watch.Elapsed.TotalMilliseconds;
        return response.IsSuccessStatusCode ? (ms, body) : throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {body}");
    }

    private static int Counted(JsonElement report) =>
        report.GetProperty("standards").EnumerateArray().Sum(s => s.GetProperty("courses").GetInt32());
}
