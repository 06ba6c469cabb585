using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Genoptraening.Domain.Calendar;
using NodaTime;
using NodaTime.Text;

namespace Genoptraening.Bench.Http;

/// <summary>Requests per second and latency of one kind of request sent by concurrent clients, and the host's largest working set meanwhile.</summary>
internal sealed record HttpLoad(int Requests, int Clients, double PerSecond, double P50Ms, double P99Ms, long HostPeakBytes);

/// <summary>
/// (a) training plans posted by a hospital and (b) events posted by the municipality, over loopback
/// to a real host, by concurrent clients, after a warm-up that is not counted. Every answer must be
/// the contract's: 202 for a new plan, 200 for an event. The warm-up lasts long enough for the JIT's
/// tiered compilation to settle (a few hundred requests leave it compiling through the measurement):
/// a municipality's host runs for weeks, so the steady state is what it buys.
/// </summary>
/// <param name="host">The host.</param>
/// <param name="warmupRound">Requests per warm-up round (each round ends with all of them answered).</param>
/// <param name="today">The host's date (its clock may be the development clock's); plans are discharged the day before.</param>
internal sealed class HttpIntakeBenchmark(HostProcess host, int warmupRound, LocalDate today)
{
    public static readonly TimeSpan WarmupTime = TimeSpan.FromSeconds(10);
    private readonly ConcurrentBag<string> warmupIds = [];
    private int answeredPastTheBound;
    private readonly string dischargeDate = LocalDatePattern.Iso.Format(today.PlusDays(-1));

    /// <summary>Events answered past the host's bound (202, then the status URI), warm-up included.</summary>
    public int AnsweredPastTheBound => answeredPastTheBound;

    /// <summary>How many warm-up plans have been posted (and not yet used by <see cref="EventsAsync"/>).</summary>
    public int WarmupPlans => warmupIds.Count;

    /// <summary>Plans for a host on the system clock.</summary>
    public HttpIntakeBenchmark(HostProcess host, int warmupRound)
        : this(host, warmupRound, Copenhagen.DateOf(RealClock.Instance.GetCurrentInstant()))
    {
    }

    /// <param name="plans">How many plans are measured.</param>
    /// <param name="clients">How many are posted at once.</param>
    /// <param name="run">Names this run's plans, so runs on one host post different plans.</param>
    public async Task<(HttpLoad Load, IReadOnlyList<string> CourseIds)> PlansAsync(int plans, int clients, string run)
    {
        using var hospital = host.Client("dev-hospital-a");
        await WarmUpAsync(clients, int.MaxValue, async i => warmupIds.Add(await PostPlanAsync(hospital, $"WARMUP-{run}-{i}", i)));
        var ids = new string[plans];
        var load = await RunAsync(plans, clients, async i => ids[i] = await PostPlanAsync(hospital, $"BENCH-{run}-{i}", i));
        return (load, ids);
    }

    public async Task<HttpLoad> EventsAsync(IReadOnlyList<string> courseIds, int clients)
    {
        using var municipality = host.Client("dev-rebild");
        var warm = warmupIds.ToList();
        warmupIds.Clear();
        await WarmUpAsync(clients, warm.Count, i => ContactAsync(municipality, warm[i]));
        return await RunAsync(courseIds.Count, clients, i => ContactAsync(municipality, courseIds[i]));
    }

    /// <summary>One event to each course, each after <paramref name="pause"/> without any request.</summary>
    public async Task<HttpLoad> SpacedEventsAsync(IReadOnlyList<string> courseIds, TimeSpan pause)
    {
        using var municipality = host.Client("dev-rebild");
        var latencies = new double[courseIds.Count];
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < courseIds.Count; i++)
        {
            await Task.Delay(pause);
            var started = Stopwatch.GetTimestamp();
            await ContactAsync(municipality, courseIds[i]);
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        return new HttpLoad(courseIds.Count, 1, courseIds.Count / watch.Elapsed.TotalSeconds, Percentiles.Of(latencies, 50), Percentiles.Of(latencies, 99), host.PeakWorkingSetBytes());
    }

    /// <summary>Rounds of requests, not counted, until <see cref="WarmupTime"/> has passed or <paramref name="limit"/> are sent.</summary>
    private async Task WarmUpAsync(int clients, int limit, Func<int, Task> send)
    {
        var watch = Stopwatch.StartNew();
        for (var sent = 0; sent < limit && watch.Elapsed < WarmupTime; sent += warmupRound)
        {
            var from = sent;
            await RunAsync(Math.Min(warmupRound, limit - from), clients, i => send(from + i));
        }
    }

    private async Task<HttpLoad> RunAsync(int requests, int clients, Func<int, Task> send)
    {
        var latencies = new double[requests];
        var peak = host.WorkingSetBytes();
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, host.WorkingSetBytes());
                await Task.Delay(100);
            }
        });
        var watch = Stopwatch.StartNew();
        try
        {
            await Parallel.ForAsync(0, requests, new ParallelOptions { MaxDegreeOfParallelism = clients }, async (i, _) =>
            {
                var started = Stopwatch.GetTimestamp();
                await send(i);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            });
        }
        finally
        {
            await sampling.CancelAsync();
            await sampler;
        }

        return new HttpLoad(requests, clients, requests / watch.Elapsed.TotalSeconds, Percentiles.Of(latencies, 50), Percentiles.Of(latencies, 99), peak);
    }

    private async Task<string> PostPlanAsync(HttpClient hospital, string planId, int i)
    {
        var plan = $$"""
            { "sender": "5790000000001", "planId": "{{planId}}", "municipality": "rebild", "cpr": "{{Cpr(i)}}", "dischargeDate": "{{dischargeDate}}",
              "planType": "almen", "level": "basal", "startNotBefore": null, "receivedAt": null,
              "text": "Genoptræning efter knæalloplastik: gangfunktion, styrke og balance." }
            """;
        using var content = new StringContent(plan, Encoding.UTF8, "application/json");
        using var response = await hospital.PostAsync(new Uri("/api/plans", UriKind.Relative), content);
        await ExpectAsync(response, HttpStatusCode.Accepted);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>
    /// The event and its answer: 200 within the host's bound (10 s), or 202 past it, and then the
    /// request's status URI polled as a client would, until it answers 200; the latency is the whole wait.
    /// </summary>
    private async Task ContactAsync(HttpClient municipality, string courseId)
    {
        using var response = await municipality.PostAsync(new Uri($"/api/courses/{courseId}/events/CitizenContacted", UriKind.Relative), null);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            await ExpectAsync(response, HttpStatusCode.OK);
            return;
        }

        Interlocked.Increment(ref answeredPastTheBound);
        var status = new Uri((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("statusQueryGetUri").GetString()!);
        while (true)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250));
            using var poll = await municipality.GetAsync(status);
            if (poll.StatusCode != HttpStatusCode.Accepted)
            {
                await ExpectAsync(poll, HttpStatusCode.OK);
                return;
            }
        }
    }

    /// <summary>A CPR number with a real date of birth in the 1900s (serial numbers 1000–3999).</summary>
    private static string Cpr(int i) => $"{1 + (i % 28):D2}{1 + (i / 28 % 12):D2}{50 + (i / 336 % 40):D2}{1000 + (i % 3000):D4}";

    private static async Task ExpectAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException(
                $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode}, expected {(int)expected}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
