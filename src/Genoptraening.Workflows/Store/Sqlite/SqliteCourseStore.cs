using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Genoptraening.Workflows.Store.Sqlite;

/// <summary>
/// The embedded store: one file (or memory), no server. SQLite has a single writer, so the store
/// keeps one connection and lets one operation use it at a time.
/// </summary>
public sealed class SqliteCourseStore : SqlCourseStore
{
    // WAL lets readers of other processes work beside the writer; NORMAL syncs at checkpoints, not at every commit;
    // secure_delete overwrites what a purge deletes, so no CPR number lingers in free pages.
    public const string Pragmas =
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA cache_size = -65536; PRAGMA secure_delete = ON;";

    private readonly SqliteConnection connection;
    private readonly SemaphoreSlim gate = new(1, 1);

    private SqliteCourseStore(SqliteConnection connection) => this.connection = connection;

    /// <summary>Opens a store on <c>Data Source=...</c>; WAL journaling for a file.</summary>
    public static async Task<SqliteCourseStore> OpenAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        var store = new SqliteCourseStore(connection);
        await ExecuteAsync(connection, null, Pragmas, cancellationToken).ConfigureAwait(false);
        return store;
    }

    /// <summary>Opens a store synchronously, for a host's service registration.</summary>
    public static SqliteCourseStore Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var pragmas = connection.CreateCommand();
        pragmas.CommandText = Pragmas;
        pragmas.ExecuteNonQuery();
        return new SqliteCourseStore(connection);
    }

    /// <summary>A private in-memory database, gone when the store is disposed (what <c>simulate</c> uses).</summary>
    public static Task<SqliteCourseStore> InMemoryAsync(CancellationToken cancellationToken = default) =>
        OpenAsync("Data Source=:memory:", cancellationToken);

    protected override IReadOnlyList<string> Migrations => SqliteSchema.Migrations;

    protected override string ClaimLockClause => string.Empty;

    protected override async Task<ConnectionLease> AcquireAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new ConnectionLease(connection, () =>
        {
            gate.Release();
            return ValueTask.CompletedTask;
        });
    }

    protected override bool IsUniqueViolation(DbException exception, out bool onReferralKey)
    {
        // SQLITE_CONSTRAINT_PRIMARYKEY (1555) or SQLITE_CONSTRAINT_UNIQUE (2067).
        var unique = exception is SqliteException { SqliteExtendedErrorCode: 1555 or 2067 };
        onReferralKey = unique && exception.Message.Contains("courses.referral_key", StringComparison.Ordinal);
        return unique;
    }

    protected override async ValueTask DisposeCoreAsync()
    {
        await connection.DisposeAsync().ConfigureAwait(false);
        gate.Dispose();
    }
}
