using System.Data.Common;
using Npgsql;

namespace Genoptraening.Workflows.Store.Postgres;

/// <summary>
/// The production store: any number of workers share one database. Timers and messages are claimed
/// with <c>FOR UPDATE SKIP LOCKED</c>; a step that writes a timer notifies listening workers.
/// </summary>
public sealed partial class PostgresCourseStore(NpgsqlDataSource dataSource) : SqlCourseStore
{
    /// <summary>The channel of <c>LISTEN/NOTIFY</c> wake-ups.</summary>
    public const string TimerChannel = "genoptraening_timers";

    // Any constant: serialises schema migrations of processes starting together.
    private const long MigrationLockKey = 7_140_140;

    /// <summary>Opens a store; statements are prepared automatically and connections are not reset between uses.</summary>
    public static PostgresCourseStore Open(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 32, AutoPrepareMinUsages = 2, NoResetOnClose = true };
        return new(NpgsqlDataSource.Create(builder.ConnectionString));
    }

    public NpgsqlDataSource DataSource => dataSource;

    protected override IReadOnlyList<string> Migrations => PostgresSchema.Migrations;

    protected override string ClaimLockClause => "FOR UPDATE SKIP LOCKED";

    protected override async Task<ConnectionLease> AcquireAsync(CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return new ConnectionLease(connection, connection.DisposeAsync);
    }

    protected override bool IsUniqueViolation(DbException exception, out bool onReferralKey)
    {
        var unique = exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
        onReferralKey = unique && ((PostgresException)exception).ConstraintName == "courses_referral_key_key";
        return unique;
    }

    protected override async Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT pg_advisory_xact_lock(@key)", ("key", MigrationLockKey));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override ValueTask DisposeCoreAsync() => dataSource.DisposeAsync();
}
