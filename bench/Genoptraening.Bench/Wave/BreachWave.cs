using System.Data.Common;
using System.Diagnostics;
using Genoptraening.Domain.Catalog;
using Genoptraening.Tests.Shared;
using Genoptraening.Workflows.Outbox;
using Genoptraening.Workflows.Queues;
using NodaTime;

namespace Genoptraening.Bench.Wave;

/// <summary>
/// Every course's timer due at one instant D in real time (a deadline breached for all at midnight), fired
/// by timer workers while outbox dispatchers deliver the escalations to a real Azurite, as a host does.
/// </summary>
internal sealed class BreachWave(BenchDatabase database, ServiceCatalog catalog, string municipality)
{
    private static readonly Duration Lead = Duration.FromSeconds(3);
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1); // the host's (OutboxDispatcherService)

    /// <summary>
    /// Moves every timer to <paramref name="breachAt"/> and runs the clock so that it comes due 3 s from now;
    /// waits until <paramref name="expected"/> timers fired and their breach messages are in the queue.
    /// </summary>
    public async Task<(BreachWaveResult Breach, DeliveryResult Delivery)> RunAsync(Instant breachAt, int expected, int workers, int dispatchers)
    {
        await database.RescheduleAllTimersAsync(breachAt);
        await using var azurite = new AzuriteProcess();
        await azurite.StartAsync();
        using var http = new HttpClient();
        var account = StorageAccount.Parse(azurite.ConnectionString);

        // Steps are decided at the timer's due instant, breachAt: on this clock that is D, real now + 3 s.
        var clock = new ShiftedClock(breachAt - Lead);
        var sink = new TimedSink(new AzureQueueSink(new StorageQueueClient(http, account, RealClock.Instance)), clock);
        await using var firing = new LatenessWorkers(database, catalog, clock, workers, "wave");
        using var stop = new CancellationTokenSource();
        var dispatching = Enumerable.Range(0, dispatchers).Select(d => Task.Run(() => DispatchAsync(
            new OutboxDispatcher(database[workers + d], sink, clock, new OutboxOptions { Owner = $"dispatcher-{d}" }), stop.Token))).ToList();

        await firing.WaitForAsync(expected, Timeout);
        var breaches = (int)await database.CountAsync("SELECT count(*) FROM outbox WHERE type = @value", EscalationMessage.Breached);
        await UntilAsync(() => sink.Delivered >= breaches);
        await stop.CancelAsync();
        await Task.WhenAll(dispatching.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));

        var values = await firing.StopAsync();
        var lastFiring = values.Count == 0 ? double.NaN : values.Max() / 1000;
        var breach = new BreachWaveResult(values.Count, workers, values.Count / lastFiring, Percentiles.Of(values, 50), Percentiles.Of(values, 99), lastFiring);

        var queue = new EscalationQueue(http, account, EscalationMessage.QueueFor(municipality));
        var (first, last) = sink.Span;
        var delivery = new DeliveryResult(
            dispatchers, breaches, sink.Delivered,
            first is { } f && last is { } l && l > f ? sink.Delivered / (l - f).TotalSeconds : double.NaN,
            first is { } firstAt ? (firstAt - breachAt).TotalSeconds : double.NaN,
            last is { } lastAt ? (lastAt - breachAt).TotalSeconds : double.NaN,
            sink.Failed, await queue.ApproximateCountAsync(), await queue.CheckSampleAsync(municipality));
        return (breach, delivery);
    }

    /// <summary>A dispatcher polling as the host's does, and starting again 1 s after a database error (the host waits 5 s after any error).</summary>
    private static async Task DispatchAsync(OutboxDispatcher dispatcher, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.RunAsync(PollInterval, cancellationToken);
            }
            catch (DbException)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    private static async Task UntilAsync(Func<bool> done)
    {
        var waited = Stopwatch.StartNew();
        while (!done() && waited.Elapsed < Timeout)
        {
            await Task.Delay(20);
        }
    }
}
