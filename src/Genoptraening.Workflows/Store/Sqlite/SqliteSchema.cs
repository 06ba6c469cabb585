namespace Genoptraening.Workflows.Store.Sqlite;

/// <summary>The SQLite schema, one script per version.</summary>
internal static class SqliteSchema
{
    public static IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE courses (
            id TEXT PRIMARY KEY,
            standard TEXT NOT NULL,
            standard_version INTEGER NOT NULL,
            municipality TEXT NOT NULL,
            referral_key TEXT UNIQUE,
            version INTEGER NOT NULL,
            outcome TEXT,
            next_due_at INTEGER,
            received_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        );
        CREATE INDEX courses_by_municipality_next_due ON courses (municipality, next_due_at);
        CREATE TABLE course_events (
            course_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            type TEXT NOT NULL,
            at INTEGER NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (course_id, version)
        );
        CREATE TABLE timers (
            course_id TEXT PRIMARY KEY,
            timer_id TEXT NOT NULL,
            due_at INTEGER NOT NULL,
            lease_owner TEXT,
            lease_until INTEGER
        );
        CREATE INDEX timers_by_due ON timers (due_at);
        CREATE TABLE outbox (
            id TEXT PRIMARY KEY,
            course_id TEXT NOT NULL,
            destination TEXT NOT NULL,
            type TEXT NOT NULL,
            body TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            attempts INTEGER NOT NULL,
            next_attempt_at INTEGER NOT NULL,
            status TEXT NOT NULL,
            last_error TEXT,
            lease_owner TEXT,
            lease_until INTEGER,
            delivered_at INTEGER
        );
        CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
        """,
        """
        CREATE TABLE personal_data (
            course_id TEXT PRIMARY KEY,
            cpr TEXT NOT NULL,
            plan_text TEXT
        );
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at INTEGER NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            course_id TEXT NOT NULL
        );
        CREATE INDEX courses_by_next_due ON courses (COALESCE(next_due_at, 9223372036854775807), id);
        """,
        """
        ALTER TABLE courses ADD COLUMN facts TEXT;
        DROP INDEX courses_by_municipality_next_due;
        CREATE INDEX courses_by_municipality_next_due ON courses (municipality, COALESCE(next_due_at, 9223372036854775807), id);
        CREATE INDEX courses_by_municipality_received ON courses (municipality, received_at, standard, standard_version, facts);
        CREATE INDEX outbox_pending_in_order ON outbox (created_at, id) WHERE status = 'pending';
        """,
        """
        -- The start-up backfill finds courses without report facts without reading every course.
        CREATE INDEX courses_without_facts ON courses (id) WHERE facts IS NULL;
        """,
    ];
}
