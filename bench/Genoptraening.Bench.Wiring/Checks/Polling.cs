using Genoptraening.Bench.Wiring.Wirings;

namespace Genoptraening.Bench.Wiring.Checks;

internal static class Polling
{
    /// <summary>Polls the instance until <paramref name="done"/> holds or the timeout passes; returns the last state seen.</summary>
    public static async Task<InstanceState?> UntilAsync(IWiring wiring, string instanceId, Func<InstanceState, bool> done, TimeSpan timeout)
    {
        using var expiry = new CancellationTokenSource(timeout);
        InstanceState? state = null;
        while (!expiry.IsCancellationRequested)
        {
            state = await wiring.GetStateAsync(instanceId);
            if (state is not null && done(state))
            {
                return state;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), CancellationToken.None);
        }

        return state;
    }

    public static Task<InstanceState?> UntilRunningAsync(IWiring wiring, string instanceId) =>
        UntilAsync(wiring, instanceId, s => s.Status != "Pending", TimeSpan.FromSeconds(60));

    public static Task<InstanceState?> UntilTerminalAsync(IWiring wiring, string instanceId, TimeSpan timeout) =>
        UntilAsync(wiring, instanceId, s => s.IsTerminal, timeout);
}
