using Genoptraening.Bench.Wiring.Backends;
using Genoptraening.Bench.Wiring.Checks;
using Genoptraening.Bench.Wiring.Infrastructure;
using Genoptraening.Bench.Wiring.Synthetic;
using Genoptraening.Bench.Wiring.Wirings;
using Microsoft.Extensions.Logging;

namespace Genoptraening.Bench.Wiring;

/// <summary>
/// The child mode of the program: one host (sidecar and SDK worker, or Core's TaskHubWorker) on an Azure Storage
/// task hub, printing "activity-start" lines; it runs until killed or until its standard input closes.
/// </summary>
internal static class WorkerHostProgram
{
    public const string Verb = "worker-host";
    public const string ReadyLine = "ready";

    public static async Task<int> RunAsync(string wiringName, string taskHub, bool hang)
    {
        var connection = Environment.GetEnvironmentVariable(ChildHost.ConnectionVariable)
            ?? throw new InvalidOperationException($"{ChildHost.ConnectionVariable} is not set.");
        var logs = new LogCapture(e => Console.Error.WriteLine($"{e.Level} {e.Category}: {e.Message}"));
        using var loggers = LoggerFactory.Create(b => b.AddProvider(logs));
        var steps = new StepLog(Console.Out.WriteLine);
        var backend = await BackendFactory.AzureStorageAsync(connection, taskHub, loggers);
        await using var wiring = await WiringFactory.StartAsync(wiringName, backend, steps, logs, loggers, hang ? HangSwitch.On : HangSwitch.Off);
        Console.Out.WriteLine(ReadyLine);
        await Console.In.ReadLineAsync();
        return 0;
    }
}
