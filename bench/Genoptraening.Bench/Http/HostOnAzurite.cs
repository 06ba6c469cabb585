using Genoptraening.Bench.Floors;
using Genoptraening.Tests.Shared;

namespace Genoptraening.Bench.Http;

/// <summary>
/// What a hospital and a visitator wait for: intake of one plan and one event's round trip, alone and
/// under load; and beside intake under load, its two floors on the same Azurite.
/// </summary>
internal sealed record HostLatencies(
    HttpLoad PlansAlone, HttpLoad EventsAlone, HttpLoad EventsAfterQuiet, HttpLoad Plans, HttpLoad Events, int EventsPastTheBound, FloorLoad DirectStarts, FloorLoad BareWrites);

/// <summary>
/// The product's host on a fresh Azurite, as in production (task hub, course tables and queues on one
/// storage account): plans posted one at a time (intake time per plan: the claim, the CPR row, the
/// course's first list row and the instance's start), events one at a time (the round trip of
/// a request through the orchestration and the step activity), events after a quiet spell (the task
/// hub's queues polled less often, up to host.json's 2 s), then both by concurrent clients.
/// </summary>
internal static class HostOnAzurite
{
    private static readonly TimeSpan QuietSpell = TimeSpan.FromSeconds(10);
    private const int AfterQuiet = 10;

    public static async Task<HostLatencies> RunAsync(int plans, int clients, TextWriter log)
    {
        await using var azurite = new AzuriteProcess();
        await azurite.StartAsync();
        await using var host = await HostProcess.StartAsync(azurite.ConnectionString, log);
        // Small warm-up rounds: every plan is a course whose orchestration then works on Azurite, one Node process.
        var intake = new HttpIntakeBenchmark(host, warmupRound: 20);
        var alone = Math.Max(1, plans / 10);
        var (plansAlone, aloneIds) = await intake.PlansAsync(alone, 1, "ALONE");
        var eventsAlone = await intake.EventsAsync(aloneIds, 1);
        var (_, quietIds) = await intake.PlansAsync(AfterQuiet, 1, "QUIET");
        var eventsAfterQuiet = await intake.SpacedEventsAsync(quietIds, QuietSpell);
        var (plansLoad, ids) = await intake.PlansAsync(plans, clients, "LOAD");
        var eventsLoad = await intake.EventsAsync(ids, clients);
        var directStarts = await IntakeFloors.DirectStartsAsync(azurite.ConnectionString, plans, clients);
        var bareWrites = await IntakeFloors.BareWritesAsync(azurite.ConnectionString, plans, clients);
        return new HostLatencies(plansAlone, eventsAlone, eventsAfterQuiet, plansLoad, eventsLoad, intake.AnsweredPastTheBound, directStarts, bareWrites);
    }
}
