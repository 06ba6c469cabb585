using System.Globalization;
using Genoptraening.Bench;
using Genoptraening.Tests.Shared;
using Genoptraening.Workflows.Catalog;

// Usage: dotnet run -c Release --project bench/Genoptraening.Bench -- [--stores postgres,sqlite]
//   [--starts 20000] [--concurrency 32] [--pending 100000] [--workers 4] [--stream 2000] [--scenarios 1000]
var settings = Settings.Parse(args);
var catalog = CatalogDirectory.Load(CatalogDirectory.Default);
var log = Console.Out;
log.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}");

await using var cluster = settings.Stores.Contains("postgres") ? new PostgresCluster(durable: true) : null;
if (cluster is not null)
{
    await cluster.StartAsync();
}

var folder = Directory.CreateTempSubdirectory("genoptraening-bench-").FullName;
foreach (var kind in settings.Stores)
{
    var benchmarks = new EngineBenchmarks(new BenchStore(kind, cluster, folder), catalog, log);
    var concurrency = kind == "postgres" ? settings.Concurrency : 1;
    var starts = await benchmarks.StartsPerSecondAsync(settings.Starts, concurrency);
    log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind}: course starts/s = {starts:F0} ({settings.Starts} plans, {concurrency} concurrent)"));
    var workers = kind == "postgres" ? settings.Workers : 1;
    var (firings, p50, p99, measured) = await benchmarks.FiringsAndLatenessAsync(settings.Pending, workers, settings.Stream);
    log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind}: timer firings/s = {firings:F0} ({settings.Pending} due, {workers} workers)"));
    log.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{kind}: timer lateness p50 = {p50:F1} ms, p99 = {p99:F1} ms ({measured} of {settings.Stream} timers due over {settings.Stream * 5 / 1000.0:F0} s, {settings.Pending} pending)"));
}

var seconds = await SimulateBenchmark.SecondsForAsync(settings.Scenarios, catalog);
log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"simulate: {settings.Scenarios} scenarios in {seconds:F2} s"));
Directory.Delete(folder, recursive: true);
