using System.Collections.Specialized;
using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Quartz;
using Quartz.Impl;

namespace Genoptraening.Bench.Peer;

/// <summary>What <see cref="QuartzPeer.RunAsync"/> measured.</summary>
/// <param name="Triggers">Triggers scheduled, all due at one instant T.</param>
/// <param name="ScheduleSeconds">Time to store them through <c>IScheduler.ScheduleJob</c> (batches of <see cref="QuartzPeer.ScheduleBatch"/>).</param>
/// <param name="FiringsPerSecond">Fired / (last execution − T).</param>
/// <param name="LatenessP50Ms">Median lateness (job execution − the trigger's scheduled fire time T).</param>
/// <param name="LatenessP99Ms">99th percentile of that lateness.</param>
/// <param name="Fired">Job executions seen (equals <paramref name="Triggers"/> unless the 10-minute wait ran out).</param>
internal sealed record QuartzResult(int Triggers, double ScheduleSeconds, double FiringsPerSecond, double LatenessP50Ms, double LatenessP99Ms, int Fired);

/// <summary>
/// The peer benchmark: Quartz.NET 3.x with its ADO.NET job store on the same PostgreSQL, a wave of one-shot
/// triggers all due at one instant, as the engine's breach wave is.
/// </summary>
internal static class QuartzPeer
{
    /// <summary>Triggers stored per <c>ScheduleJob</c> call (one job store transaction).</summary>
    public const int ScheduleBatch = 1000;

    private const string SchedulerName = "GenoptraeningQuartzPeer";
    private const string Group = "deadlines";
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Creates Quartz's tables in the (fresh, empty) PostgreSQL database, schedules <paramref name="triggers"/>
    /// simple triggers (fire once) all due at the same instant a few seconds ahead, and measures how fast Quartz
    /// with <paramref name="threads"/> worker threads fires them.
    /// </summary>
    public static async Task<QuartzResult> RunAsync(string connectionString, int triggers, int threads, TimeSpan patience, TextWriter log)
    {
        await QuartzSchema.CreateAsync(connectionString);
        var scheduler = await new StdSchedulerFactory(Settings(connectionString, threads)).GetScheduler();
        var firings = new QuartzFirings(triggers);
        scheduler.Context[QuartzFirings.ContextKey] = firings;
        try
        {
            // Stored with a start far ahead, so none is due while scheduling runs; moved to T afterwards.
            var parked = new DateTimeOffset(QuartzFirings.UtcNow.UtcTicks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero).AddDays(1);
            var scheduleSeconds = await ScheduleAsync(scheduler, triggers, parked);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  quartz: {triggers} triggers scheduled in {scheduleSeconds:F1} s ({triggers / scheduleSeconds:F0}/s)"));

            var due = await MoveToAsync(connectionString, triggers, parked);
            await scheduler.Start();
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  quartz: all due at T, scheduler started {(due - QuartzFirings.UtcNow).TotalSeconds:F1} s before T ({threads} threads)"));

            var waiting = Stopwatch.StartNew();
            while (!firings.All.IsCompleted && waiting.Elapsed < patience)
            {
                await Task.WhenAny(firings.All, Task.Delay(TimeSpan.FromSeconds(30)));
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  quartz: {firings.Fired} of {triggers} fired after {(QuartzFirings.UtcNow - due).TotalSeconds:F0} s"));
            }

            await scheduler.Shutdown(waitForJobsToComplete: true);
            if (firings.WithoutCourse > 0)
            {
                log.WriteLine($"  quartz: MISMATCH: {firings.WithoutCourse} executions without a course id in their job data map");
            }

            var lateness = firings.LatenessMs;
            var fired = firings.Fired;
            // All triggers are due at one instant, so the last firing is the largest lateness after it.
            var seconds = lateness.Count == 0 ? double.NaN : lateness.Max() / 1000;
            return new QuartzResult(triggers, scheduleSeconds, fired / seconds, Percentiles.Of(lateness, 50), Percentiles.Of(lateness, 99), fired);
        }
        finally
        {
            if (!scheduler.IsShutdown)
            {
                await scheduler.Shutdown(waitForJobsToComplete: false);
            }
        }
    }

    /// <summary>
    /// Quartz at its best for one node and a wave, by its own documentation:
    /// <list type="bullet">
    /// <item>a single, non-clustered scheduler: JobStoreTX locks with an in-process semaphore, not database rows;</item>
    /// <item><c>threads</c> worker threads (<c>quartz.threadPool.maxConcurrency</c>);</item>
    /// <item>batch trigger acquisition: up to 100 triggers per acquisition (Quartz takes the smaller of this and the
    /// free threads), acquired within the lock, as Quartz asks for batches;</item>
    /// <item>a misfire threshold of one hour, so the late end of a wave still fires rather than counts as misfired
    /// (and the triggers' misfire instruction is "fire now" anyway);</item>
    /// <item>the shortest idle wait Quartz accepts (1 s), the longest it sleeps without due triggers;</item>
    /// <item>job data stored as properties (string values), serialized as JSON by <see cref="JsonObjectSerializer"/>;</item>
    /// <item>PostgreSQL's JIT off for Quartz's sessions: the planner overestimates the cost of Quartz's trigger
    /// acquisition query (its preferred-node subquery), so with the default <c>jit_above_cost</c> every acquisition
    /// spent about 250 ms compiling once tens of thousands of triggers were due at one instant.</item>
    /// </list>
    /// </summary>
    private static NameValueCollection Settings(string connectionString, int threads) => new()
    {
        ["quartz.scheduler.instanceName"] = SchedulerName,
        ["quartz.scheduler.instanceId"] = "NON_CLUSTERED",
        ["quartz.scheduler.idleWaitTime"] = "1000",
        ["quartz.scheduler.batchTriggerAcquisitionMaxCount"] = "100",
        ["quartz.threadPool.type"] = "Quartz.Simpl.DefaultThreadPool, Quartz",
        ["quartz.threadPool.maxConcurrency"] = threads.ToString(CultureInfo.InvariantCulture),
        ["quartz.jobStore.type"] = "Quartz.Impl.AdoJobStore.JobStoreTX, Quartz",
        ["quartz.jobStore.driverDelegateType"] = "Quartz.Impl.AdoJobStore.PostgreSQLDelegate, Quartz",
        ["quartz.jobStore.tablePrefix"] = "qrtz_",
        ["quartz.jobStore.clustered"] = "false",
        ["quartz.jobStore.useProperties"] = "true",
        ["quartz.jobStore.acquireTriggersWithinLock"] = "true",
        ["quartz.jobStore.misfireThreshold"] = "3600000",
        ["quartz.jobStore.dataSource"] = "default",
        ["quartz.dataSource.default.provider"] = "Npgsql",
        ["quartz.dataSource.default.connectionString"] = new NpgsqlConnectionStringBuilder(connectionString) { Options = "-c jit=off" }.ConnectionString,
        ["quartz.serializer.type"] = typeof(JsonObjectSerializer).AssemblyQualifiedName,
    };

    private static async Task<double> ScheduleAsync(IScheduler scheduler, int triggers, DateTimeOffset start)
    {
        var job = JobBuilder.Create<EscalateDeadlineJob>().WithIdentity("escalate-deadline", Group).StoreDurably().Build();
        var watch = Stopwatch.StartNew();
        await scheduler.AddJob(job, replace: false);
        for (var from = 0; from < triggers; from += ScheduleBatch)
        {
            var batch = Enumerable.Range(from, Math.Min(ScheduleBatch, triggers - from)).Select(i => Trigger(job.Key, i, start)).ToList();
            await scheduler.ScheduleJob(job, batch, replace: true);
        }

        return watch.Elapsed.TotalSeconds;
    }

    private static ITrigger Trigger(JobKey job, int i, DateTimeOffset start) => TriggerBuilder.Create()
        .WithIdentity($"deadline-{i}", Group)
        .ForJob(job)
        .UsingJobData(EscalateDeadlineJob.CourseIdKey, $"course-{i:D7}")
        .StartAt(start)
        .WithSimpleSchedule(s => s.WithRepeatCount(0).WithMisfireHandlingInstructionFireNow())
        .Build();

    /// <summary>
    /// Checks that Quartz stored every trigger's next fire time as <see cref="DateTimeOffset.UtcTicks"/> of
    /// <paramref name="parked"/>, then moves them all (start and next fire time) to T = now + 3 s (or more, should the update take
    /// longer than 2 s); returns T.
    /// </summary>
    private static async Task<DateTimeOffset> MoveToAsync(string connectionString, int triggers, DateTimeOffset parked)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var check = new NpgsqlCommand("SELECT count(*) FROM qrtz_triggers WHERE next_fire_time = $1 AND start_time = $1 AND trigger_state = 'WAITING'", connection))
        {
            check.Parameters.Add(new NpgsqlParameter { Value = parked.UtcTicks });
            var stored = (long)(await check.ExecuteScalarAsync() ?? 0L);
            if (stored != triggers)
            {
                throw new InvalidOperationException($"{stored} of {triggers} Quartz triggers are waiting with next_fire_time = {parked:O} in UTC ticks.");
            }
        }

        // If the update itself ate most of the lead (a large wave), T is moved again with a longer lead.
        var lead = Lead;
        while (true)
        {
            var due = QuartzFirings.UtcNow + lead;
            await using var move = new NpgsqlCommand("UPDATE qrtz_triggers SET start_time = $1, next_fire_time = $1 WHERE sched_name = $2", connection) { CommandTimeout = 600 };
            move.Parameters.Add(new NpgsqlParameter { Value = due.UtcTicks });
            move.Parameters.Add(new NpgsqlParameter { Value = SchedulerName });
            await move.ExecuteNonQueryAsync();
            if (due - QuartzFirings.UtcNow >= TimeSpan.FromSeconds(1))
            {
                return due;
            }

            lead *= 2;
        }
    }
}
