using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Azure.Storage.Queues;
using Genoptraening.Bench.Floors;
using Genoptraening.Bench.Http;
using Genoptraening.Bench.Storage;
using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Tests.Shared;
using Genoptraening.Workflows.Serialization;
using NodaTime;

namespace Genoptraening.Bench.Wave;

/// <summary>
/// The midnight wave and its floors, measured in one run: intake of the wave's courses
/// over HTTP; their timer steps, all due at one instant, released by one move of the development
/// clock; the same number of bare backend timer steps, on the wave's Azurite after it and on an empty
/// one; 1,000 timers due together on the system clock;
/// and what a query costs Azurite as its tables grow, for the arithmetic of larger waves.
/// </summary>
internal sealed record WaveFigures(
    HttpLoad Intake, double StartStepsSeconds, int Steps, double StepsSeconds, int Alerts, double LastAlertSeconds, long HostPeakBytes,
    FloorWave FloorAfter, FloorWave Floor, TimerLateness Lateness, IReadOnlyList<QueryCost> Queries, StepRequests Requests)
{
    public double StepsPerSecond => Steps / StepsSeconds;

    public double AlertsPerSecond => Alerts / LastAlertSeconds;
}

/// <summary>
/// What one step costs Azurite in requests, counted at its debug log in a small wave of <paramref name="Steps"/>
/// of each: the wave's steps through the host, and the bare backend's. Each window runs from the clock's move
/// to 10 s after the last step and holds the task hub's polling in it too (about 3 requests a second, the same
/// for both).
/// </summary>
internal sealed record StepRequests(int Steps, TransactionCounts Wave, TransactionCounts Floor);

/// <summary>
/// The product's host on the development clock, standing at <see cref="Received"/>: a hospital posts
/// <c>courses</c> plans (<c>rebild/sul140</c>, received at that instant, so every course has its first
/// deadline's warning at the same instant), the clock waits until every start step is done, then moves
/// to that instant. The move's answer comes once every course woken by it has finished its step;
/// meanwhile the escalation queue's length is sampled to find when the last alert arrived.
/// </summary>
internal static class MidnightWave
{
    private static readonly Instant Received = Instant.FromUtc(2026, 5, 4, 8, 0);
    private static readonly StandardId Standard = new("rebild", "sul140");
    private static readonly TimeSpan LatenessLead = TimeSpan.FromSeconds(60);
    private const int LatenessTimers = 1_000;
    private static readonly int[] QueryCostSizes = [10_000, 100_000, 300_000];
    private const int CountedCourses = 200;

    public static async Task<WaveFigures> RunAsync(int courses, int clients, ServiceCatalog catalog, TextWriter log)
    {
        // Data in memory: with a data folder Azurite writes its whole table database to disk every few
        // seconds while it changes, and a wave's thousands of courses make that most of its work.
        await using var azurite = new AzuriteProcess(inMemoryPersistence: true);
        await azurite.StartAsync();
        var receivedAt = WireTime.Format(Received);
        HttpLoad intake;
        double startSteps, stepsSeconds, lastAlert;
        int steps, alerts;
        long hostPeak;
        await using (var host = await HostProcess.StartAsync(azurite.ConnectionString, log, ["--Clock:Mode", "Virtual", "--Clock:Start", receivedAt]))
        {
            using var clock = host.Client("dev-admin");
            clock.Timeout = TimeSpan.FromMinutes(5); // the host answers a clock move within 2 minutes, with 503 if its steps take longer
            var plans = new HttpIntakeBenchmark(host, warmupRound: 50, Copenhagen.DateOf(Received));
            (intake, _) = await plans.PlansAsync(courses, clients, "WAVE");
            steps = courses + plans.WarmupPlans; // each course's first timer is due at the wave's instant
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  wave: {steps} plans taken in ({plans.WarmupPlans} of them warming up)"));
            (startSteps, _) = await AdvanceAsync(clock, Received);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  wave: start steps done {startSteps:F1} s after the last plan"));
            var due = FirstDue(catalog);
            var queue = new QueueClient(azurite.ConnectionString, "escalations-rebild");
            var before = await LengthAsync(queue);
            using var sampling = new CancellationTokenSource();
            var watch = Stopwatch.StartNew();
            var lastGrowth = SampleGrowthAsync(queue, before, watch, sampling.Token);
            (stepsSeconds, var fired) = await AdvanceAsync(clock, due);
            if (fired is { } known && known != steps)
            {
                throw new InvalidOperationException($"The wave fired {known} timers; {steps} courses were started.");
            }

            await Task.Delay(TimeSpan.FromSeconds(2)); // the queue's count settles after the last step
            await sampling.CancelAsync();
            (alerts, lastAlert) = await lastGrowth;
            hostPeak = host.PeakWorkingSetBytes();
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  wave: {steps} steps in {stepsSeconds:F1} s, {alerts} alerts, the last after {lastAlert:F1} s"));
            log.WriteLine($"  wave: the host's warnings and errors: {host.LoggedEntries()}");
            foreach (var error in host.FirstErrors())
            {
                log.WriteLine($"  wave: the first of them: {error}");
            }
        }

        // The floor twice: on the wave's Azurite after it, which then holds what the wave left (Azurite's
        // costs grow with what it holds, docs/benchmarks.md); and on an empty Azurite of its own.
        var floorAfter = await BackendFloor.WaveAsync(azurite.ConnectionString, steps, clients);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  wave: bare backend floor on the wave's Azurite: {floorAfter.Steps} steps in {floorAfter.Seconds:F1} s"));
        await azurite.StopAsync(); // its memory back before the next
        FloorWave floor;
        await using (var floorStorage = new AzuriteProcess(inMemoryPersistence: true))
        {
            await floorStorage.StartAsync();
            floor = await BackendFloor.WaveAsync(floorStorage.ConnectionString, steps, clients);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  wave: bare backend floor on an empty Azurite: {floor.Steps} steps in {floor.Seconds:F1} s"));
        }

        TimerLateness lateness;
        await using (var latenessStorage = new AzuriteProcess(inMemoryPersistence: true))
        {
            await latenessStorage.StartAsync();
            lateness = await BackendFloor.LatenessAsync(latenessStorage.ConnectionString, LatenessTimers, clients, LatenessLead);
        }

        var queries = await AzuriteQueryCost.MeasureAsync(QueryCostSizes, log);
        var requests = await RequestsPerStepAsync(CountedCourses, clients, catalog, log);
        return new WaveFigures(intake, startSteps, steps, stepsSeconds, alerts, lastAlert, hostPeak, floorAfter, floor, lateness, queries, requests);
    }

    /// <summary>
    /// A small wave through the host and the same number of bare steps, each on a fresh Azurite with a debug
    /// log, to count the requests one step makes: on one Azurite a step's rate is at most the emulator's
    /// request rate over them, so their ratio bounds the wave's share of the floor's rate.
    /// </summary>
    private static async Task<StepRequests> RequestsPerStepAsync(int courses, int clients, ServiceCatalog catalog, TextWriter log)
    {
        var waveLog = Path.Combine(Path.GetTempPath(), $"genoptraening-wave-{Guid.NewGuid():N}.log");
        var floorLog = Path.Combine(Path.GetTempPath(), $"genoptraening-floor-{Guid.NewGuid():N}.log");
        try
        {
            TransactionCounts wave;
            int steps;
            await using (var azurite = new AzuriteProcess(waveLog, inMemoryPersistence: true))
            {
                await azurite.StartAsync();
                await using var host = await HostProcess.StartAsync(azurite.ConnectionString, log, ["--Clock:Mode", "Virtual", "--Clock:Start", WireTime.Format(Received)]);
                using var clock = host.Client("dev-admin");
                clock.Timeout = TimeSpan.FromMinutes(5);
                var plans = new HttpIntakeBenchmark(host, warmupRound: 50, Copenhagen.DateOf(Received)); // its warm-up plans are courses of the wave too
                await plans.PlansAsync(courses, clients, "COUNTED");
                steps = courses + plans.WarmupPlans;
                await AdvanceAsync(clock, Received);
                var counted = new AzuriteTransactions(waveLog);
                var from = await counted.MarkSettledAsync();
                await AdvanceAsync(clock, FirstDue(catalog));
                wave = counted.Count(from, await counted.MarkSettledAsync());
            }

            FloorWave floor;
            await using (var azurite = new AzuriteProcess(floorLog, inMemoryPersistence: true))
            {
                await azurite.StartAsync();
                floor = await BackendFloor.WaveAsync(azurite.ConnectionString, steps, clients, new AzuriteTransactions(floorLog));
            }

            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  wave: requests counted at Azurite for {steps} steps: the wave {wave.Total / steps:F1} a step, the bare backend {floor.Requests!.Total / steps:F1}"));
            return new StepRequests(steps, wave, floor.Requests);
        }
        finally
        {
            File.Delete(waveLog);
            File.Delete(floorLog);
        }
    }

    /// <summary>The instant every wave course's first timer is due: what the decider says for the plans the benchmark posts.</summary>
    private static Instant FirstDue(ServiceCatalog catalog)
    {
        var rules = catalog.VersionFor(Standard, Copenhagen.DateOf(Received)) ?? throw new InvalidOperationException($"{Standard} has no version on the wave's date.");
        var referral = Referral.Plan(Received, Copenhagen.DateOf(Received).PlusDays(-1));
        var started = (Decision.Accepted)CourseDecider.Decide(CourseState.Initial, new CourseCommand.StartCourse(rules, referral), Received);
        return CourseDecider.Fold(started.Events).NextTimer?.Due ?? throw new InvalidOperationException("The wave's courses have no timer.");
    }

    /// <summary>
    /// Moves the clock and waits for the steps it woke: the seconds until then, and how many timers it
    /// fired. The host answers 503 after 2 minutes of steps (the count is then not known); the same move
    /// again waits on.
    /// </summary>
    private static async Task<(double Seconds, int? Fired)> AdvanceAsync(HttpClient admin, Instant to)
    {
        var watch = Stopwatch.StartNew();
        for (var first = true; ; first = false)
        {
            using var body = new StringContent($$"""{ "advanceTo": "{{WireTime.Format(to)}}" }""", Encoding.UTF8, "application/json");
            using var response = await admin.PostAsync(new Uri("/api/dev/clock", UriKind.Relative), body);
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return (watch.Elapsed.TotalSeconds, first ? JsonDocument.Parse(text).RootElement.GetProperty("fired").GetInt32() : null);
            }

            if (response.StatusCode != HttpStatusCode.ServiceUnavailable)
            {
                throw new InvalidOperationException($"POST /api/dev/clock: {(int)response.StatusCode} {text}");
            }
        }
    }

    private static async Task<int> LengthAsync(QueueClient queue) =>
        (await queue.ExistsAsync()).Value ? (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount : 0;

    /// <summary>The alerts that arrived since <paramref name="before"/>, and when the queue last grew (seconds on <paramref name="watch"/>).</summary>
    private static async Task<(int Alerts, double LastGrowth)> SampleGrowthAsync(QueueClient queue, int before, Stopwatch watch, CancellationToken stop)
    {
        var (count, last) = (before, 0.0);
        while (!stop.IsCancellationRequested)
        {
            var now = await LengthAsync(queue);
            if (now > count)
            {
                (count, last) = (now, watch.Elapsed.TotalSeconds);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), CancellationToken.None);
        }

        return (count - before, last);
    }
}
