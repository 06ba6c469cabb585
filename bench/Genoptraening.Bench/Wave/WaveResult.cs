namespace Genoptraening.Bench.Wave;

/// <summary>What <see cref="EngineBenchmarks.FiringsAndLatenessAsync"/> measured on one store.</summary>
/// <param name="WarningsPerSecond">The courses' warnings fired at once (untimed clock): timer firings per second.</param>
/// <param name="StreamP50Ms">Steady state: median lateness of timers coming due in real time while the breaches are pending.</param>
/// <param name="StreamP99Ms">Steady state: 99th percentile of that lateness.</param>
/// <param name="StreamMeasured">How many stream timers fired (of those asked for).</param>
/// <param name="Breach">The breach wave: every pending course's deadline breached at one instant.</param>
/// <param name="Delivery">The wave's escalations delivered to Azure Storage queues (Azurite).</param>
internal sealed record WaveResult(double WarningsPerSecond, double StreamP50Ms, double StreamP99Ms, int StreamMeasured, BreachWaveResult Breach, DeliveryResult Delivery);

/// <summary>The breach wave's timer firings, measured from the instant D they all came due.</summary>
/// <param name="Fired">Timers fired in the wave (one per pending course).</param>
/// <param name="Workers">Timer workers that fired them.</param>
/// <param name="FiringsPerSecond">Fired / (last firing − D).</param>
/// <param name="P50Ms">Median lateness (end of a timer's step − its due instant D).</param>
/// <param name="P99Ms">99th percentile of that lateness.</param>
/// <param name="LastFiringSeconds">From D to the end of the last step.</param>
internal sealed record BreachWaveResult(int Fired, int Workers, double FiringsPerSecond, double P50Ms, double P99Ms, double LastFiringSeconds);

/// <summary>The wave's escalation messages (<c>deadline.breached</c>) through the outbox dispatchers to the queue.</summary>
/// <param name="Dispatchers">Outbox dispatchers delivering concurrently with the wave (host's poll interval, 1 s).</param>
/// <param name="Breaches">Breach messages the wave wrote to the outbox.</param>
/// <param name="Delivered">Messages the queue service accepted (each once; equals <paramref name="Breaches"/> unless a delivery was retried).</param>
/// <param name="DeliveredPerSecond">Delivered / (last delivery − first delivery).</param>
/// <param name="FirstDeliverySeconds">From D until the first escalation was in the queue.</param>
/// <param name="LastDeliverySeconds">From D until the last escalation was in the queue.</param>
/// <param name="FailedAttempts">Deliveries that failed and were left to the dispatcher's retry.</param>
/// <param name="InQueue">The queue's approximate message count afterwards.</param>
/// <param name="Sampled">Messages peeked from the queue and checked to be the wave's breaches.</param>
internal sealed record DeliveryResult(
    int Dispatchers, int Breaches, int Delivered, double DeliveredPerSecond, double FirstDeliverySeconds, double LastDeliverySeconds, int FailedAttempts, long InQueue, int Sampled);
