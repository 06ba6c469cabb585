using System.Globalization;
using Genoptraening.Bench;
using Genoptraening.Bench.Durable;
using Genoptraening.Bench.Http;
using Genoptraening.Bench.Peer;
using Genoptraening.Tests.Shared;
using Genoptraening.Workflows.Catalog;

// Usage: bench/run.sh [--parts host,engine,quartz,simulate,durable] [--stores postgres,sqlite]
//   and the sizes listed in bench/run.sh.
var settings = Settings.Parse(args);
var catalog = CatalogDirectory.Load(CatalogDirectory.Default);
var log = Console.Out;
log.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}");

await using var cluster = settings.Stores.Contains("postgres") ? new PostgresCluster(durable: true) : null;
if (cluster is not null)
{
    await cluster.StartAsync();
}

if (settings.Parts.Contains("host"))
{
    var h = await HostOnAzurite.RunAsync(settings.Plans, settings.Concurrency, log);
    foreach (var (what, load) in new[] { ("plan intake, one at a time", h.PlansAlone), ("event round trip, one at a time", h.EventsAlone),
        ("event round trip after 10 s without requests", h.EventsAfterQuiet),
        ("plan intake", h.Plans), ("event round trip", h.Events) })
    {
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"host on Azurite: {what}: p50 {load.P50Ms:F1} ms, p99 {load.P99Ms:F1} ms, {load.PerSecond:F0}/s ({load.Requests} requests, {load.Clients} clients); host peak {load.HostPeakBytes / 1048576.0:F0} MiB"));
    }
}

var folder = Directory.CreateTempSubdirectory("genoptraening-bench-").FullName;
foreach (var kind in settings.Stores)
{
    var store = new BenchStore(kind, cluster, folder);
    if (!settings.Parts.Contains("engine"))
    {
        continue;
    }

    var benchmarks = new EngineBenchmarks(store, catalog, log);
    var concurrency = kind == "postgres" ? settings.Concurrency : 1;
    var starts = await benchmarks.StartsPerSecondAsync(settings.Starts, concurrency);
    log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind}: course starts/s = {starts:F0} ({settings.Starts} plans, {concurrency} concurrent)"));
    var workers = kind == "postgres" ? settings.Workers : 1;
    var wave = await benchmarks.FiringsAndLatenessAsync(settings.Pending, workers, settings.Stream);
    log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind}: timer firings/s (warnings) = {wave.WarningsPerSecond:F0} ({settings.Pending} due, {workers} workers)"));
    log.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{kind}: timer lateness p50 = {wave.StreamP50Ms:F1} ms, p99 = {wave.StreamP99Ms:F1} ms ({wave.StreamMeasured} of {settings.Stream} timers due over {settings.Stream * 5 / 1000.0:F0} s, {settings.Pending} pending)"));
    log.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{kind}: breach wave firings/s = {wave.Breach.FiringsPerSecond:F0}, lateness p50 = {wave.Breach.P50Ms:F0} ms, p99 = {wave.Breach.P99Ms:F0} ms ({wave.Breach.Fired} breaches due at once, {wave.Breach.Workers} workers, last {wave.Breach.LastFiringSeconds:F1} s after due)"));
    log.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{kind}: escalations delivered/s = {wave.Delivery.DeliveredPerSecond:F0}, first in queue {wave.Delivery.FirstDeliverySeconds:F1} s, last {wave.Delivery.LastDeliverySeconds:F1} s after due ({wave.Delivery.Delivered} of {wave.Delivery.Breaches} breaches delivered to Azurite by {wave.Delivery.Dispatchers} dispatchers, {wave.Delivery.FailedAttempts} failed attempts, {wave.Delivery.InQueue} in the queue, {wave.Delivery.Sampled} peeked and checked)"));
}

if (cluster is not null && settings.Parts.Contains("quartz"))
{
    var quartz = await QuartzPeer.RunAsync(await cluster.CreateDatabaseAsync(), settings.Pending, threads: 10, TimeSpan.FromMinutes(settings.QuartzMinutes), log);
    log.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"quartz: {quartz.Triggers} triggers scheduled in {quartz.ScheduleSeconds:F1} s ({quartz.Triggers / quartz.ScheduleSeconds:F0}/s); fired {quartz.Fired} in at most {settings.QuartzMinutes} min: firings/s = {quartz.FiringsPerSecond:F1}, lateness p50 = {quartz.LatenessP50Ms / 1000:F1} s, p99 = {quartz.LatenessP99Ms / 1000:F1} s"));
}

if (settings.Parts.Contains("simulate"))
{
    var one = await SimulateBenchmark.SecondsForAsync(1, catalog);
    var seconds = await SimulateBenchmark.SecondsForAsync(settings.Scenarios, catalog);
    log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"simulate: 1 scenario in {one * 1000:F0} ms (first, cold); {settings.Scenarios} scenarios in {seconds:F2} s"));
}

if (settings.Parts.Contains("durable"))
{
    var d = await DurableCourseBenchmark.RunAsync(settings.Scenarios, catalog);
    log.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"durable (in-memory, time skipping): {d.Courses} twelve-week courses, {d.Steps} steps in {d.Seconds:F2} s = {d.Steps / d.Seconds:F0} steps/s, {d.Seconds * 1000 / d.Courses:F1} ms per course; {d.HistoryEvents / (double)d.Courses:F0} history events per course"));
}

Directory.Delete(folder, recursive: true);
