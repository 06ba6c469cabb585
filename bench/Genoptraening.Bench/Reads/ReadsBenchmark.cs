using Genoptraening.Bench.Http;
using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Catalog;
using Genoptraening.Tests.Shared;
using Genoptraening.Workflows.Storage.Azure;
using NodaTime;

namespace Genoptraening.Bench.Reads;

/// <summary>One host's read latencies, and its peak working set while it served them.</summary>
internal sealed record HostReads(string Host, IReadOnlyList<ReadLatency> Reads, long PeakBytes);

/// <summary>The reads' figures: how the storage was seeded, and each host's reads of it.</summary>
internal sealed record ReadsResult(SeedingResult Seeding, IReadOnlyList<HostReads> Hosts);

/// <summary>
/// What a visitator and a municipality's systems wait for over one municipality's 20,000 courses: the
/// API's course list, the dashboard's overview (its list) and inbox, the quality report by the API and
/// the dashboard. The courses are seeded straight into a
/// fresh Azurite's course tables (<see cref="StorageSeeder"/>), then the real host is started on it
/// and read over HTTP, one request at a time, with the municipality's API key or its visitator's
/// Development sign-in; then, if given, another build of the host (a baseline) on the same storage.
/// </summary>
internal static class ReadsBenchmark
{
    private const string Municipality = "rebild";
    private const string ApiKey = "dev-rebild";
    private const int WarmUp = 5;

    public static async Task<ReadsResult> RunAsync(int courses, int requests, ServiceCatalog catalog, TextWriter log, string? baselineHost)
    {
        // In memory: Azurite would otherwise write its whole table database to disk every 5 s while seeding.
        await using var azurite = new AzuriteProcess(inMemoryPersistence: true);
        await azurite.StartAsync();
        var now = RealClock.Instance.GetCurrentInstant();
        var seeding = await StorageSeeder.SeedAsync(AzureCourseStores.For(azurite.ConnectionString), catalog, Municipality, courses, now, log);
        log.WriteLine($"  reads: seeded {seeding.Courses} courses of {Municipality} ({seeding.Active} active, {seeding.Breached} with a breach, " +
            $"{seeding.FreeChoice} with free choice; {seeding.EventRows} events) in {seeding.Elapsed.TotalSeconds:F0} s");
        var hosts = new List<HostReads> { await ReadAsync(azurite.ConnectionString, null, requests, now, log) };
        if (baselineHost is not null)
        {
            hosts.Add(await ReadAsync(azurite.ConnectionString, baselineHost, requests, now, log));
        }

        return new ReadsResult(seeding, hosts);
    }

    private static async Task<HostReads> ReadAsync(string storage, string? build, int requests, Instant now, TextWriter log)
    {
        await using var host = await HostProcess.StartAsync(storage, log, otherBuild: build);
        using var api = host.Client(ApiKey);
        using var dashboard = host.Client(ApiKey);
        dashboard.DefaultRequestHeaders.Add("Cookie", $"genoptraening-visitator={Municipality}");
        var year = Copenhagen.DateOf(now).Year;
        var reads = new List<ReadLatency>();
        foreach (var (client, what, path) in new[]
        {
            (api, "API list, first page (default top 50)", $"/api/courses?municipality={Municipality}"),
            (api, "API list, active, top 500", $"/api/courses?municipality={Municipality}&status=active&top=500"),
            (dashboard, "dashboard overview (GET /)", "/"),
            (dashboard, "dashboard overview, ended courses", "/?status=ended"),
            (dashboard, "dashboard inbox (GET /indbakke)", "/indbakke"),
            (api, "API quality report, two calendar years", $"/api/reports/quality?municipality={Municipality}&from={year - 1}-01-01&to={year}-12-31"),
            (dashboard, "dashboard report (GET /rapport, year to date)", "/rapport"),
        })
        {
            var read = await ReadLatency.MeasureAsync(client, what, path, WarmUp, requests);
            log.WriteLine(System.FormattableString.Invariant(
                $"  reads: {read.What}: p50 {read.P50Ms:F0} ms, p95 {read.P95Ms:F0} ms, max {read.MaxMs:F0} ms ({read.Requests} requests, {read.Bytes / 1024.0:F0} KiB{Failures(read)})"));
            reads.Add(read);
        }

        return new HostReads(build ?? "this build", reads, host.PeakWorkingSetBytes());
    }

    public static string Failures(ReadLatency read) => read.Failed == 0 ? string.Empty : $"; {read.Failed} failed, the first with {read.FirstFailure}";
}
