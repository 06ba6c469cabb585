namespace Genoptraening.Workflows.Store.Postgres;

/// <summary>The PostgreSQL schema, one script per version.</summary>
internal static class PostgresSchema
{
    public static IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE courses (
            id text PRIMARY KEY,
            standard text NOT NULL,
            standard_version integer NOT NULL,
            municipality text NOT NULL,
            referral_key text UNIQUE,
            version integer NOT NULL,
            outcome text,
            next_due_at bigint,
            received_at bigint NOT NULL,
            updated_at bigint NOT NULL
        );
        CREATE INDEX courses_by_municipality_next_due ON courses (municipality, next_due_at);
        CREATE TABLE course_events (
            course_id text NOT NULL,
            version integer NOT NULL,
            type text NOT NULL,
            at bigint NOT NULL,
            data text NOT NULL,
            PRIMARY KEY (course_id, version)
        );
        CREATE TABLE timers (
            course_id text PRIMARY KEY,
            timer_id text NOT NULL,
            due_at bigint NOT NULL,
            lease_owner text,
            lease_until bigint
        );
        CREATE INDEX timers_by_due ON timers (due_at);
        CREATE TABLE outbox (
            id text PRIMARY KEY,
            course_id text NOT NULL,
            destination text NOT NULL,
            type text NOT NULL,
            body text NOT NULL,
            created_at bigint NOT NULL,
            attempts integer NOT NULL,
            next_attempt_at bigint NOT NULL,
            status text NOT NULL,
            last_error text,
            lease_owner text,
            lease_until bigint,
            delivered_at bigint
        );
        CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE status = 'pending';
        """,
        """
        CREATE TABLE personal_data (
            course_id text PRIMARY KEY,
            cpr text NOT NULL,
            plan_text text
        );
        CREATE TABLE audit (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            at bigint NOT NULL,
            actor text NOT NULL,
            action text NOT NULL,
            course_id text NOT NULL
        );
        CREATE INDEX courses_by_next_due ON courses (COALESCE(next_due_at, 9223372036854775807), id);
        """,
        """
        ALTER TABLE courses ADD COLUMN facts text;
        DROP INDEX courses_by_municipality_next_due;
        CREATE INDEX courses_by_municipality_next_due ON courses (municipality, COALESCE(next_due_at, 9223372036854775807), id);
        CREATE INDEX courses_by_municipality_received ON courses (municipality, received_at) INCLUDE (standard, standard_version, facts);
        CREATE INDEX outbox_pending_in_order ON outbox (created_at, id) WHERE status = 'pending';
        """,
        """
        -- The start-up backfill finds courses without report facts without reading every course.
        CREATE INDEX courses_without_facts ON courses (id) WHERE facts IS NULL;
        """,
    ];
}
