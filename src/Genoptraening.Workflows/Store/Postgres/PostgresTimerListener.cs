using Genoptraening.Workflows.Runtime;
using Npgsql;

namespace Genoptraening.Workflows.Store.Postgres;

/// <summary>Turns <c>NOTIFY genoptraening_timers</c> from any process into wake-ups of this process's workers.</summary>
public sealed class PostgresTimerListener(NpgsqlDataSource dataSource, TimerSignal signal)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                connection.Notification += (_, _) => signal.Notify();
                await using (var listen = new NpgsqlCommand($"LISTEN {PostgresCourseStore.TimerChannel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                while (!cancellationToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            catch (NpgsqlException)
            {
                // The connection dropped: wake the workers (they re-read the next due timer) and listen again.
                signal.Notify();
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
