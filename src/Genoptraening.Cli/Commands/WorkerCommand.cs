using System.CommandLine;
using Genoptraening.Cli.Composition;
using Genoptraening.Workflows.Catalog;
using Genoptraening.Workflows.Outbox;
using Genoptraening.Workflows.Queues;
using Genoptraening.Workflows.Runtime;
using Genoptraening.Workflows.Store.Postgres;
using NodaTime;

namespace Genoptraening.Cli.Commands;

/// <summary>
/// <c>worker</c>: a stateless timer worker on a PostgreSQL database. Run as many as you like; they
/// share the work through leases and wake each other with LISTEN/NOTIFY.
/// </summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var connection = new Option<string>("--postgres") { Description = "Npgsql connection string", Required = true };
        var batch = new Option<int>("--batch") { Description = "Timers claimed at a time", DefaultValueFactory = _ => 100 };
        var lease = new Option<int>("--lease-seconds") { Description = "How long a claim holds before others may take it", DefaultValueFactory = _ => 30 };
        var exitWhenIdle = new Option<bool>("--exit-when-idle") { Description = "Stop when no timer is due (instead of waiting for the next)" };
        var queues = new Option<string>("--escalation-queues")
        {
            Description = "Azure Storage connection string: also deliver escalations (default: ConnectionStrings__EscalationQueues; empty: leave them in the outbox)",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("ConnectionStrings__EscalationQueues") ?? string.Empty,
        };
        var command = new Command("worker", "Fire due timers of the courses in a PostgreSQL database, and deliver escalations.")
        {
            connection, batch, lease, exitWhenIdle, queues,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetValue(connection)!,
            new WorkerOptions { BatchSize = result.GetValue(batch), Lease = Duration.FromSeconds(result.GetValue(lease)) },
            result.GetValue(exitWhenIdle),
            result.GetValue(queues)!,
            result.InvocationConfiguration.Output,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        string connectionString, WorkerOptions options, bool exitWhenIdle, string escalationQueues, TextWriter output, CancellationToken cancellationToken)
    {
        var clock = SystemTime.Clock;
        var catalog = CatalogDirectory.Load(CatalogDirectory.Default);
        await using var store = PostgresCourseStore.Open(connectionString);
        await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
        using var signal = new TimerSignal();
        var runtime = new CourseRuntime(store, catalog, clock, signal);
        var worker = new TimerWorker(store, runtime, clock, options, signal);
        if (!exitWhenIdle)
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            using var http = new HttpClient();
            var listener = new PostgresTimerListener(store.DataSource, signal).RunAsync(stop.Token);
            var delivery = escalationQueues.Length == 0
                ? Task.CompletedTask
                : new OutboxDispatcher(store, new AzureQueueSink(new StorageQueueClient(http, StorageAccount.Parse(escalationQueues), clock)), clock, new OutboxOptions())
                    .RunAsync(TimeSpan.FromSeconds(1), stop.Token);
            await worker.RunAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(listener, delivery).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            return 0;
        }

        var fired = 0;
        while (true)
        {
            fired += await worker.FireDueAsync(clock.GetCurrentInstant(), cancellationToken).ConfigureAwait(false);
            // Timers still due are leased by another worker, which may die: wait for the lease to end.
            if (await store.NextTimerDueAsync(cancellationToken).ConfigureAwait(false) is not { } next || next > clock.GetCurrentInstant())
            {
                break;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken).ConfigureAwait(false);
        }

        await output.WriteLineAsync($"fired {fired}").ConfigureAwait(false);
        return 0;
    }
}
