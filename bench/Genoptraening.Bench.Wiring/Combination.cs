using Genoptraening.Bench.Wiring.Backends;
using Genoptraening.Bench.Wiring.Infrastructure;
using Genoptraening.Bench.Wiring.Synthetic;
using Genoptraening.Bench.Wiring.Wirings;
using Microsoft.Extensions.Logging;

namespace Genoptraening.Bench.Wiring;

/// <summary>
/// One wiring on one backend, with its own step log and captured logs. On Azure Storage it owns its own Azurite
/// process: Azurite's queue store scans every message of a queue on each dequeue, so one combination's backlog of
/// pending timer messages would otherwise slow the next one down.
/// </summary>
internal sealed class Combination : IAsyncDisposable
{
    private readonly ILoggerFactory loggers;

    private Combination(IWiring wiring, StepLog steps, LogCapture logs, ILoggerFactory loggers, Azurite? azurite)
    {
        Wiring = wiring;
        Steps = steps;
        Logs = logs;
        this.loggers = loggers;
        Azurite = azurite;
    }

    /// <summary>The Azurite process of an Azure Storage combination.</summary>
    public Azurite? Azurite { get; }

    public IWiring Wiring { get; }

    public StepLog Steps { get; }

    public LogCapture Logs { get; }

    public string Label => $"{Wiring.Name} / {Wiring.Backend.Name}";

    /// <summary>Starts the wiring on a fresh backend (on Azure Storage: a fresh Azurite and task hub).</summary>
    public static async Task<Combination> StartAsync(string wiring, string backend)
    {
        var azurite = backend == BackendFactory.InMemoryName ? null : await Azurite.StartAsync();
        var logs = new LogCapture();
        var loggers = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Information));
        var steps = new StepLog();
        var store = backend == BackendFactory.InMemoryName
            ? BackendFactory.InMemory(loggers)
            : await BackendFactory.AzureStorageAsync(azurite!.ConnectionString, $"bench{wiring}", loggers);
        var started = await WiringFactory.StartAsync(wiring, store, steps, logs, loggers, HangSwitch.Off);
        return new Combination(started, steps, logs, loggers, azurite);
    }

    public async ValueTask DisposeAsync()
    {
        await Wiring.DisposeAsync();
        await Wiring.Backend.Raw.StopAsync(isForced: true);
        loggers.Dispose();
        if (Azurite is not null)
        {
            await Azurite.DisposeAsync();
        }
    }
}
