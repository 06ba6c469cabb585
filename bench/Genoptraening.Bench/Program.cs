using System.Globalization;
using Genoptraening.Bench;
using Genoptraening.Bench.Cost;
using Genoptraening.Bench.Durable;
using Genoptraening.Bench.Http;
using Genoptraening.Bench.Peer;
using Genoptraening.Bench.Reads;
using Genoptraening.Bench.Wave;
using Genoptraening.Workflows.Catalog;

// Usage: bench/run.sh [--parts host,wave,simulate,durable,reads,peer,cost]
//   and the sizes listed in bench/run.sh.
var settings = Settings.Parse(args);
var catalog = CatalogDirectory.Load(CatalogDirectory.Default);
var log = Console.Out;
log.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}");
var run = System.Diagnostics.Stopwatch.StartNew();

if (settings.Parts.Contains("host"))
{
    Begin("host");
    var h = await HostOnAzurite.RunAsync(settings.Plans, settings.Concurrency, log);
    foreach (var (what, load) in new[] { ("plan intake, one at a time", h.PlansAlone), ("event round trip, one at a time", h.EventsAlone),
        ("event round trip after 10 s without requests", h.EventsAfterQuiet),
        ("plan intake", h.Plans), ("event round trip", h.Events) })
    {
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"host on Azurite: {what}: p50 {load.P50Ms:F1} ms, p99 {load.P99Ms:F1} ms, {load.PerSecond:F0}/s ({load.Requests} requests, {load.Clients} clients); host peak {load.HostPeakBytes / 1048576.0:F0} MiB"));
    }

    log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"host on Azurite: events answered past the 10-s bound (202, then the status URI; latency to the answer): {h.EventsPastTheBound}"));
    foreach (var (what, floor) in new[] { ("orchestration starts by the Durable Task client", h.DirectStarts), ("bare storage writes of a start (Azure SDK)", h.BareWrites) })
    {
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"floor on the same Azurite: {what}: p50 {floor.P50Ms:F1} ms, p99 {floor.P99Ms:F1} ms, {floor.PerSecond:F0}/s ({floor.Operations}, {floor.Clients} clients); plan intake is {h.Plans.PerSecond / floor.PerSecond:P0} of it"));
    }
}

if (settings.Parts.Contains("wave"))
{
    Begin("wave");
    var w = await MidnightWave.RunAsync(settings.Wave, settings.Concurrency, catalog, log);
    log.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"wave: intake of its {w.Intake.Requests} plans: p50 {w.Intake.P50Ms:F1} ms, p99 {w.Intake.P99Ms:F1} ms, {w.Intake.PerSecond:F0}/s ({w.Intake.Clients} clients); start steps done {w.StartStepsSeconds:F1} s after the last"));
    log.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"wave: {w.Steps} courses due at one instant: steps done in {w.StepsSeconds:F1} s = {w.StepsPerSecond:F1} steps/s; {w.Alerts} alerts, the last in its queue after {w.LastAlertSeconds:F1} s = {w.AlertsPerSecond:F1} alerts/s; host peak {w.HostPeakBytes / 1048576.0:F0} MiB"));
    foreach (var (where, floor) in new[] { ("on the wave's Azurite after it", w.FloorAfter), ("on an empty Azurite", w.Floor) })
    {
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wave floor {where}: {floor.Steps} bare timer steps (one timer, one empty activity) in {floor.Seconds:F1} s = {floor.StepsPerSecond:F1} steps/s; the wave is {w.StepsPerSecond / floor.StepsPerSecond:P0} of it"));
    }

    var (counted, waveRequests, floorRequests) = (w.Requests.Steps, w.Requests.Wave, w.Requests.Floor);
    log.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"wave: Azurite's requests per step, {counted} steps of each: the wave {waveRequests.Total / counted:F1} ({waveRequests.Per(counted, 8)}); the bare backend {floorRequests.Total / counted:F1} ({floorRequests.Per(counted, 8)}); at equal cost per request, one Azurite runs the wave at most at {floorRequests.Total / waveRequests.Total:P0} of the floor's rate"));
    var allowed = 1000 * (1_000 / w.StepsPerSecond + 5);
    log.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"timer lateness, system clock: {w.Lateness.Timers} timers due together: p50 {w.Lateness.P50Ms:F0} ms, p99 {w.Lateness.P99Ms:F0} ms, last {w.Lateness.LastMs:F0} ms; target p99 <= 1,000 steps at the wave's rate + 5 s = {allowed:F0} ms"));
    foreach (var q in w.Queries)
    {
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"azurite, a table of {q.Rows} rows: one partition's query ({q.RowsPerPartition} rows) p50 {q.PartitionQueryP50Ms:F1} ms, a read by both keys p50 {q.PointReadP50Ms:F1} ms"));
    }
}

if (settings.Parts.Contains("simulate"))
{
    Begin("simulate");
    var one = await SimulateBenchmark.SecondsForAsync(1, catalog);
    var seconds = await SimulateBenchmark.SecondsForAsync(settings.Scenarios, catalog);
    log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"simulate: 1 scenario in {one * 1000:F0} ms (first, cold); {settings.Scenarios} scenarios in {seconds:F2} s"));
}

if (settings.Parts.Contains("durable"))
{
    Begin("durable");
    var d = await DurableCourseBenchmark.RunAsync(settings.Scenarios, catalog);
    log.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"durable (in-memory, time skipping): {d.Courses} twelve-week courses, {d.Steps} steps in {d.Seconds:F2} s = {d.Steps / d.Seconds:F0} steps/s, {d.Seconds * 1000 / d.Courses:F1} ms per course; {d.HistoryEvents / (double)d.Courses:F0} history events per course"));
}

if (settings.Parts.Contains("reads"))
{
    Begin("reads");
    var r = await ReadsBenchmark.RunAsync(settings.Courses, settings.Requests, catalog, log, settings.BaselineHost);
    log.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"reads: seeding {r.Seeding.Courses} courses ({r.Seeding.Active} active) took {r.Seeding.Elapsed.TotalSeconds:F0} s"));
    foreach (var host in r.Hosts)
    {
        foreach (var read in host.Reads)
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"reads over {r.Seeding.Courses} courses of one municipality, {host.Host}: {read.What}: p50 {read.P50Ms:F0} ms, p95 {read.P95Ms:F0} ms ({read.Requests} sequential requests{ReadsBenchmark.Failures(read)})"));
        }

        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reads, {host.Host}: host peak {host.PeakBytes / 1048576.0:F0} MiB"));
    }
}

if (settings.Parts.Contains("peer"))
{
    Begin("peer");
    PeerReport.Write(await PeerBenchmark.RunAsync(settings.Lives, settings.PeerWave, settings.Change, settings.DeployDay, catalog, log), log);
}

if (settings.Parts.Contains("cost"))
{
    Begin("cost");
    CostReport.Write(await CostBenchmark.RunAsync(settings.Lives, log), log);
}

log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"-- all parts done after {run.Elapsed.TotalMinutes:F1} min"));

void Begin(string part) => log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"-- part {part}, {run.Elapsed.TotalMinutes:F1} min into the run"));
