using System.Diagnostics;
using Genoptraening.Bench.Wave;
using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Clock;
using Genoptraening.Workflows.Runtime;
using NodaTime;

namespace Genoptraening.Bench;

/// <summary>Course starts, timer firings and lateness, a breach wave and its escalations delivered, on one kind of store.</summary>
internal sealed class EngineBenchmarks(BenchStore kind, ServiceCatalog catalog, TextWriter log)
{
    // rebild/sel86-1 received Friday 27 March 2026: warnings due 30 March, breaches due 1 April.
    private static readonly Instant Received = Instant.FromUtc(2026, 3, 27, 13, 0);
    private static readonly Instant AfterWarnings = Instant.FromUtc(2026, 3, 30, 10, 0);
    private static readonly Instant Breach = new LocalDateTime(2026, 4, 1, 0, 0).InZoneStrictly(Copenhagen.Zone).ToInstant();
    private static readonly StandardId Sel86 = new("rebild", "sel86-1");
    private static readonly StandardId Sul140 = new("rebild", "sul140");

    // Outbox dispatchers delivering the wave's escalations to Azurite.
    private const int Dispatchers = 4;

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
    /// Creates <paramref name="pending"/> courses and fires their warnings with <paramref name="workers"/>
    /// workers (firings per second); measures the lateness of <paramref name="stream"/> timers coming due in
    /// real time while the courses' breach timers stay pending; then the breach wave: all
    /// <paramref name="pending"/> breaches due at one instant, fired by the workers while
    /// <see cref="Dispatchers"/> outbox dispatchers deliver the escalations to Azurite.
    /// </summary>
    public async Task<WaveResult> FiringsAndLatenessAsync(int pending, int workers, int stream)
    {
        await using var database = await kind.CreateAsync(Math.Max(workers + Dispatchers, 8));
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
        var warningsPerSecond = fired.Sum() / watch.Elapsed.TotalSeconds;

        var (p50, p99, measured) = await LatenessAsync(database, workers, stream);

        // The warnings' messages are not the wave's: only the breaches go to the queue.
        await database.ExecuteAsync("UPDATE outbox SET status = 'delivered' WHERE status = 'pending'");
        var atBreach = await database.CountAsync("SELECT count(*) FROM timers WHERE due_at = @value", Breach.ToUnixTimeTicks());
        log.WriteLine($"  {kind.Kind}: {atBreach} of {pending} timers due at the breach instant {Breach}; breach wave starting");
        var (breach, delivery) = await new BreachWave(database, catalog, Sel86.Municipality).RunAsync(Breach, pending, workers, Dispatchers);
        if (breach.Fired != pending || delivery.Delivered != delivery.Breaches || delivery.Breaches != pending || delivery.InQueue != delivery.Delivered)
        {
            log.WriteLine($"  {kind.Kind}: MISMATCH: {breach.Fired} fired, {delivery.Breaches} breaches, {delivery.Delivered} delivered, {delivery.InQueue} in the queue (of {pending})");
        }

        return new WaveResult(warningsPerSecond, p50, p99, measured, breach, delivery);
    }

    private async Task<(double P50, double P99, int Measured)> LatenessAsync(BenchDatabase database, int workers, int stream)
    {
        var clock = new ShiftedClock(AfterWarnings);
        var start = clock.GetCurrentInstant() + Duration.FromSeconds(3);
        var dues = Enumerable.Range(0, stream).Select(i => (start + Duration.FromMilliseconds(5 * i)).ToUnixTimeTicks()).ToList();
        await using var workersRunning = new LatenessWorkers(database, catalog, clock, workers, "lateness", batchSize: 20);
        await database.RescheduleTimersAsync(dues);
        workersRunning.Signal.Notify();
        await workersRunning.WaitForAsync(stream, TimeSpan.FromSeconds(90));
        var values = await workersRunning.StopAsync();
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
