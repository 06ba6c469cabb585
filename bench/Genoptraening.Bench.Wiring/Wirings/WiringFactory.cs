using Genoptraening.Bench.Wiring.Backends;
using Genoptraening.Bench.Wiring.Synthetic;
using Microsoft.Extensions.Logging;

namespace Genoptraening.Bench.Wiring.Wirings;

internal static class WiringFactory
{
    public static async Task<IWiring> StartAsync(
        string wiring, Backend backend, StepLog steps, ILoggerProvider logs, ILoggerFactory loggers, HangSwitch hang) => wiring switch
        {
            WiringNames.Sidecar => await SidecarWiring.StartAsync(backend, steps, logs, hang),
            WiringNames.Core => await CoreWiring.StartAsync(backend, steps, loggers, hang),
            _ => throw new ArgumentOutOfRangeException(nameof(wiring), wiring, "Unknown wiring."),
        };
}
