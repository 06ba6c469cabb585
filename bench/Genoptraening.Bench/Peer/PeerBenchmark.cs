namespace Genoptraening.Bench.Peer;

/// <summary>Ours against the textbook peer, on the same backend and driver.</summary>
internal sealed record PeerComparison(
    LifeFigures OursLife, LifeFigures PeerLife, WaveFigures OursWave, WaveFigures PeerWave, DeploymentFigures OursDeployment, DeploymentFigures PeerDeployment);

/// <summary>
/// (d) of issue 20: the same standard courses run by our engine and by <see cref="PeerCourseOrchestrator"/>,
/// each on its own Azurite: transactions and history per course over whole lives, a wave's steps per
/// second, and a deployment of changed decider code while the courses are in flight.
/// </summary>
internal static class PeerBenchmark
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(30);

    /// <param name="courses">Courses living their twelve weeks (half on time).</param>
    /// <param name="wave">Courses in the wave.</param>
    /// <param name="change">The decider's change (<see cref="DeciderChange"/>).</param>
    /// <param name="deploymentDay">When it is deployed: 5 is mid-life, after the start offer and before training starts, the left-alone half warned.</param>
    /// <param name="catalog">The standards.</param>
    /// <param name="log">Progress.</param>
    public static async Task<PeerComparison> RunAsync(int courses, int wave, string change, int deploymentDay, Domain.Catalog.ServiceCatalog catalog, TextWriter log)
    {
        SystemFactory ours = async (storage, start) => await OursSystem.StartAsync(storage, "oursbench", start, catalog);
        SystemFactory peer = async (storage, start) => await PeerSystem.StartAsync(storage, "peerbench", start, catalog);
        var oursLife = await LifeRun.RunAsync(ours, courses, Idle, log);
        var peerLife = await LifeRun.RunAsync(peer, courses, Idle, log);
        var oursWave = await WaveRun.RunAsync(ours, wave, log);
        var peerWave = await WaveRun.RunAsync(peer, wave, log);
        var oursDeployment = await DeploymentRun.RunAsync(ours, courses, change, deploymentDay, log);
        var peerDeployment = await DeploymentRun.RunAsync(peer, courses, change, deploymentDay, log);
        return new PeerComparison(oursLife, peerLife, oursWave, peerWave, oursDeployment, peerDeployment);
    }
}
