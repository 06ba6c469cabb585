using Genoptraening.Bench.Wiring.Backends;
using Genoptraening.Bench.Wiring.Synthetic;

namespace Genoptraening.Bench.Wiring.Wirings;

/// <summary>One way of running the orchestrations in our host: its worker side and its client, over one backend.</summary>
internal interface IWiring : IAsyncDisposable
{
    string Name { get; }

    Backend Backend { get; }

    Task StartInstanceAsync(string instanceId, RequestLoopInput input);

    Task RaiseRequestAsync(string instanceId, string payload);

    Task<InstanceState?> GetStateAsync(string instanceId);

    /// <summary>Stops the worker side without waiting for its work items, then starts a new one on the same backend.</summary>
    Task ReplaceWorkerAsync(HangSwitch hang);
}

/// <summary>What a client sees of an instance (the SDK's and Core's status names are the same).</summary>
internal sealed record InstanceState(string Status, string? Output, string? CustomStatus, string? Failure)
{
    public bool IsTerminal => Status is "Completed" or "Failed" or "Terminated" or "Canceled";
}

internal static class WiringNames
{
    public const string Sidecar = "sidecar";
    public const string Core = "core";
}
