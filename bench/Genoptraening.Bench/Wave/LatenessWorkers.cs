using System.Collections.Concurrent;
using System.Diagnostics;
using Genoptraening.Domain.Catalog;
using Genoptraening.Workflows.Runtime;
using Genoptraening.Workflows.Store.Postgres;
using NodaTime;

namespace Genoptraening.Bench.Wave;

/// <summary>
/// Timer workers on a benchmark database, woken as a host's are (a shared signal and, on PostgreSQL,
/// <c>LISTEN/NOTIFY</c>), recording each firing's lateness: the end of its step minus its due instant.
/// </summary>
internal sealed class LatenessWorkers : IAsyncDisposable
{
    private readonly ConcurrentBag<double> lateness = [];
    private readonly CancellationTokenSource stop = new();
    private readonly List<Task> running;

    /// <param name="owner">The workers' lease owner names are this with the worker's number.</param>
    /// <param name="batchSize">Timers claimed per batch (<see cref="WorkerOptions.BatchSize"/>).</param>
    public LatenessWorkers(BenchDatabase database, ServiceCatalog catalog, IClock clock, int workers, string owner, int batchSize = 100)
    {
        running = [.. Enumerable.Range(0, workers).Select(w =>
        {
            var options = new WorkerOptions
            {
                Owner = $"{owner}-{w}",
                BatchSize = batchSize,
                OnFired = (timer, at) => lateness.Add((at - timer.DueAt).TotalMilliseconds),
            };
            var worker = new TimerWorker(database[w], new CourseRuntime(database[w], catalog, clock, Signal), clock, options, Signal);
            return Task.Run(() => worker.RunAsync(stop.Token));
        })];
        if (database[0] is PostgresCourseStore postgres)
        {
            running.Add(new PostgresTimerListener(postgres.DataSource, Signal).RunAsync(stop.Token));
        }
    }

    /// <summary>Wakes the workers, as a step that writes an earlier timer does.</summary>
    public TimerSignal Signal { get; } = new();

    /// <summary>Waits until <paramref name="expected"/> timers have fired or <paramref name="timeout"/> has passed.</summary>
    public async Task WaitForAsync(int expected, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (lateness.Count < expected && waited.Elapsed < timeout)
        {
            await Task.Delay(20);
        }
    }

    /// <summary>Stops the workers; returns the lateness of every firing, in milliseconds.</summary>
    public async Task<IReadOnlyList<double>> StopAsync()
    {
        await stop.CancelAsync();
        await Task.WhenAll(running.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
        return [.. lateness];
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Signal.Dispose();
        stop.Dispose();
    }
}
