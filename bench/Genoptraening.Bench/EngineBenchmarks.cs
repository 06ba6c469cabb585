using System.Collections.Concurrent;
using System.Diagnostics;
using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Clock;
using Genoptraening.Workflows.Runtime;
using Genoptraening.Workflows.Store.Postgres;
using NodaTime;

namespace Genoptraening.Bench;

/// <summary>Course starts, timer firings and timer lateness on one kind of store.</summary>
internal sealed class EngineBenchmarks(BenchStore kind, ServiceCatalog catalog, TextWriter log)
{
    // rebild/sel86-1 received Friday 27 March 2026: warnings due 30 March, breaches due 1 April.
    private static readonly Instant Received = Instant.FromUtc(2026, 3, 27, 13, 0);
    private static readonly Instant AfterWarnings = Instant.FromUtc(2026, 3, 30, 10, 0);
    private static readonly StandardId Sel86 = new("rebild", "sel86-1");
    private static readonly StandardId Sul140 = new("rebild", "sul140");

    /// <summary>Plans started over the runtime by <paramref name="concurrency"/> callers; returns starts per second.</summary>
    public async Task<double> StartsPerSecondAsync(int starts, int concurrency)
    {
        await using var database = await kind.CreateAsync(kind.IsPostgres ? concurrency : 1);
        var runtime = new CourseRuntime(database[0], catalog, new VirtualClock(Received));
        var plan = Referral.Plan(Received, new LocalDate(2026, 3, 26));
        var watch = Stopwatch.StartNew();
        await Parallel.ForAsync(0, starts, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, ct) =>
            Expect(await runtime.StartAsync(new StartCourseRequest(Sul140, plan, $"5790000000001/BENCH-{i}"), ct)));
        return starts / watch.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// Creates <paramref name="pending"/> courses, fires their warnings with <paramref name="workers"/>
    /// workers (firings per second), then measures the lateness of <paramref name="stream"/> timers
    /// coming due in real time while the courses' breach timers stay pending.
    /// </summary>
    public async Task<(double FiringsPerSecond, double P50Ms, double P99Ms, int Measured)> FiringsAndLatenessAsync(int pending, int workers, int stream)
    {
        await using var database = await kind.CreateAsync(Math.Max(workers, 8));
        var creator = new CourseRuntime(database[0], catalog, new VirtualClock(Received));
        var creating = Stopwatch.StartNew();
        await Parallel.ForAsync(0, pending, new ParallelOptions { MaxDegreeOfParallelism = kind.IsPostgres ? 8 : 1 }, async (_, ct) =>
            Expect(await creator.StartAsync(new StartCourseRequest(Sel86, Referral.Application(Received)), ct)));
        log.WriteLine($"  {kind.Kind}: {pending} courses created in {creating.Elapsed.TotalSeconds:F1} s");

        var clock = new VirtualClock(AfterWarnings);
        var watch = Stopwatch.StartNew();
        var fired = await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(() =>
            new TimerWorker(database[w], new CourseRuntime(database[w], catalog, clock), clock, new WorkerOptions { Owner = $"bench-{w}" })
                .FireDueAsync(AfterWarnings))));
        var firingsPerSecond = fired.Sum() / watch.Elapsed.TotalSeconds;

        var (p50, p99, measured) = await LatenessAsync(database, workers, stream);
        return (firingsPerSecond, p50, p99, measured);
    }

    private async Task<(double P50, double P99, int Measured)> LatenessAsync(BenchDatabase database, int workers, int stream)
    {
        var clock = new ShiftedClock(AfterWarnings);
        var start = clock.GetCurrentInstant() + Duration.FromSeconds(3);
        var dues = Enumerable.Range(0, stream).Select(i => (start + Duration.FromMilliseconds(5 * i)).ToUnixTimeTicks()).ToList();
        var lateness = new ConcurrentBag<double>();
        using var signal = new TimerSignal();
        using var stop = new CancellationTokenSource();
        var running = Enumerable.Range(0, workers).Select(w =>
        {
            var options = new WorkerOptions
            {
                Owner = $"lateness-{w}",
                BatchSize = 20,
                OnFired = (timer, at) => lateness.Add((at - timer.DueAt).TotalMilliseconds),
            };
            var worker = new TimerWorker(database[w], new CourseRuntime(database[w], catalog, clock, signal), clock, options, signal);
            return Task.Run(() => worker.RunAsync(stop.Token));
        }).ToList();
        if (database[0] is PostgresCourseStore postgres)
        {
            running.Add(new PostgresTimerListener(postgres.DataSource, signal).RunAsync(stop.Token));
        }

        await database.RescheduleTimersAsync(dues);
        signal.Notify();
        var deadline = Stopwatch.StartNew();
        while (lateness.Count < stream && deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            await Task.Delay(100);
        }

        await stop.CancelAsync();
        await Task.WhenAll(running.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
        var values = lateness.ToList();
        return (Percentiles.Of(values, 50), Percentiles.Of(values, 99), values.Count);
    }

    private static void Expect(StepResult result)
    {
        if (result is not StepResult.Accepted)
        {
            throw new InvalidOperationException($"A course did not start: {result}");
        }
    }
}
