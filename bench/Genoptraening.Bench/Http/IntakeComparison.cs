using Genoptraening.Bench.Floor;
using Genoptraening.Workflows.Store.Postgres;

namespace Genoptraening.Bench.Http;

/// <summary>Intake and events over HTTP next to the SQL floor writing the same rows, on one kind of store.</summary>
internal sealed record IntakeResult(HttpLoad Plans, HttpLoad Events, double FloorPlansPerSecond, double FloorEventsPerSecond);

/// <summary>Runs (a) and (b) against a real host on a fresh database, then the floor on another fresh database; both warmed up alike.</summary>
internal sealed class IntakeComparison(BenchStore kind, TextWriter log)
{
    public async Task<IntakeResult> RunAsync(int plans, int clients)
    {
        await using var database = await kind.CreateAsync(1);
        PlanRows template, contacted;
        HttpLoad plansLoad, eventsLoad;
        await using (var host = await HostProcess.StartAsync(kind.Kind, database.ConnectionString, log))
        {
            var intake = new HttpIntakeBenchmark(host);
            (plansLoad, var ids) = await intake.PlansAsync(plans, clients);
            await using (var connection = await database.OpenConnectionAsync())
            {
                template = await PlanRows.ReadAsync(connection, ids[0]);
            }

            eventsLoad = await intake.EventsAsync(ids, clients);
            await using (var connection = await database.OpenConnectionAsync())
            {
                contacted = await PlanRows.ReadAsync(connection, ids[0]);
            }
        }

        await using var floorDatabase = await kind.CreateAsync(1);
        await using var floor = floorDatabase[0] is PostgresCourseStore postgres
            ? SqlFloor.Postgres(postgres.DataSource)
            : SqlFloor.Sqlite(floorDatabase.ConnectionString);
        await floor.WarmUpAsync(template, contacted, clients, HttpIntakeBenchmark.WarmupTime);
        var (floorPlans, floorIds) = await floor.IntakeAsync(template, plans, clients);
        var floorEvents = await floor.EventsAsync(template, contacted, floorIds, clients);
        return new IntakeResult(plansLoad, eventsLoad, floorPlans, floorEvents);
    }
}
