using Npgsql;

namespace Genoptraening.Bench.Peer;

/// <summary>
/// Quartz.NET's ADO.NET job store tables on PostgreSQL (table prefix <c>qrtz_</c>), after the layout Quartz
/// documents in <c>database/tables/tables_postgres.sql</c>: times are .NET ticks (UTC) in <c>bigint</c>s, job
/// data maps are bytes from the configured serializer. The trigger columns for misfire correction, execution
/// groups and node affinity are optional in Quartz 3.20 (it probes for them) and present here.
/// </summary>
internal static class QuartzSchema
{
    private const string Ddl = """
        -- Jobs: one row per stored job (a durable job may have no trigger).
        CREATE TABLE qrtz_job_details (
            sched_name          text    NOT NULL,
            job_name            text    NOT NULL,
            job_group           text    NOT NULL,
            description         text,
            job_class_name      text    NOT NULL,
            is_durable          boolean NOT NULL,
            is_nonconcurrent    boolean NOT NULL,
            is_update_data      boolean NOT NULL,
            requests_recovery   boolean NOT NULL,
            job_data            bytea,
            PRIMARY KEY (sched_name, job_name, job_group));

        -- Triggers of every kind; the kind's own fields are in the tables below.
        CREATE TABLE qrtz_triggers (
            sched_name              text     NOT NULL,
            trigger_name            text     NOT NULL,
            trigger_group           text     NOT NULL,
            job_name                text     NOT NULL,
            job_group               text     NOT NULL,
            description             text,
            next_fire_time          bigint,
            prev_fire_time          bigint,
            priority                integer,
            trigger_state           text     NOT NULL,
            trigger_type            text     NOT NULL,
            start_time              bigint   NOT NULL,
            end_time                bigint,
            calendar_name           text,
            misfire_instr           smallint,
            misfire_orig_fire_time  bigint,
            execution_group         varchar(200),
            preferred_node          varchar(200),
            preferred_node_auto     boolean  NOT NULL DEFAULT false,
            job_data                bytea,
            PRIMARY KEY (sched_name, trigger_name, trigger_group),
            FOREIGN KEY (sched_name, job_name, job_group) REFERENCES qrtz_job_details (sched_name, job_name, job_group));

        CREATE TABLE qrtz_simple_triggers (
            sched_name          text   NOT NULL,
            trigger_name        text   NOT NULL,
            trigger_group       text   NOT NULL,
            repeat_count        bigint NOT NULL,
            repeat_interval     bigint NOT NULL,
            times_triggered     bigint NOT NULL,
            PRIMARY KEY (sched_name, trigger_name, trigger_group),
            FOREIGN KEY (sched_name, trigger_name, trigger_group)
                REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE);

        -- Calendar-interval and daily-time-interval triggers keep their fields in generic properties.
        CREATE TABLE qrtz_simprop_triggers (
            sched_name      text    NOT NULL,
            trigger_name    text    NOT NULL,
            trigger_group   text    NOT NULL,
            str_prop_1      text,
            str_prop_2      text,
            str_prop_3      text,
            int_prop_1      integer,
            int_prop_2      integer,
            long_prop_1     bigint,
            long_prop_2     bigint,
            dec_prop_1      numeric,
            dec_prop_2      numeric,
            bool_prop_1     boolean,
            bool_prop_2     boolean,
            time_zone_id    text,
            PRIMARY KEY (sched_name, trigger_name, trigger_group),
            FOREIGN KEY (sched_name, trigger_name, trigger_group)
                REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE);

        CREATE TABLE qrtz_cron_triggers (
            sched_name          text NOT NULL,
            trigger_name        text NOT NULL,
            trigger_group       text NOT NULL,
            cron_expression     text NOT NULL,
            time_zone_id        text,
            PRIMARY KEY (sched_name, trigger_name, trigger_group),
            FOREIGN KEY (sched_name, trigger_name, trigger_group)
                REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE);

        CREATE TABLE qrtz_blob_triggers (
            sched_name      text NOT NULL,
            trigger_name    text NOT NULL,
            trigger_group   text NOT NULL,
            blob_data       bytea,
            PRIMARY KEY (sched_name, trigger_name, trigger_group),
            FOREIGN KEY (sched_name, trigger_name, trigger_group)
                REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE);

        CREATE TABLE qrtz_calendars (
            sched_name      text  NOT NULL,
            calendar_name   text  NOT NULL,
            calendar        bytea NOT NULL,
            PRIMARY KEY (sched_name, calendar_name));

        CREATE TABLE qrtz_paused_trigger_grps (
            sched_name      text NOT NULL,
            trigger_group   text NOT NULL,
            PRIMARY KEY (sched_name, trigger_group));

        -- Triggers acquired or executing right now (what recovery looks at after a crash).
        CREATE TABLE qrtz_fired_triggers (
            sched_name          text    NOT NULL,
            entry_id            text    NOT NULL,
            trigger_name        text    NOT NULL,
            trigger_group       text    NOT NULL,
            instance_name       text    NOT NULL,
            fired_time          bigint  NOT NULL,
            sched_time          bigint  NOT NULL,
            priority            integer NOT NULL,
            state               text    NOT NULL,
            job_name            text,
            job_group           text,
            is_nonconcurrent    boolean NOT NULL,
            requests_recovery   boolean,
            execution_group     varchar(200),
            PRIMARY KEY (sched_name, entry_id));

        -- Cluster check-ins (unused by a single, non-clustered scheduler).
        CREATE TABLE qrtz_scheduler_state (
            sched_name          text   NOT NULL,
            instance_name       text   NOT NULL,
            last_checkin_time   bigint NOT NULL,
            checkin_interval    bigint NOT NULL,
            PRIMARY KEY (sched_name, instance_name));

        -- Row locks (TRIGGER_ACCESS, STATE_ACCESS) when the store locks in the database.
        CREATE TABLE qrtz_locks (
            sched_name  text NOT NULL,
            lock_name   text NOT NULL,
            PRIMARY KEY (sched_name, lock_name));

        CREATE INDEX idx_qrtz_j_req_recovery      ON qrtz_job_details    (sched_name, requests_recovery);
        CREATE INDEX idx_qrtz_j_g_n               ON qrtz_job_details    (sched_name, job_group, job_name);
        CREATE INDEX idx_qrtz_t_next_fire_time    ON qrtz_triggers       (sched_name, next_fire_time);
        CREATE INDEX idx_qrtz_t_state             ON qrtz_triggers       (sched_name, trigger_state);
        CREATE INDEX idx_qrtz_t_nft_st            ON qrtz_triggers       (sched_name, trigger_state, next_fire_time);
        CREATE INDEX idx_qrtz_t_g_n               ON qrtz_triggers       (sched_name, trigger_group, trigger_name);
        CREATE INDEX idx_qrtz_ft_trig_name        ON qrtz_fired_triggers (trigger_name);
        CREATE INDEX idx_qrtz_ft_trig_group       ON qrtz_fired_triggers (trigger_group);
        CREATE INDEX idx_qrtz_ft_trig_nm_gp       ON qrtz_fired_triggers (sched_name, trigger_name, trigger_group);
        CREATE INDEX idx_qrtz_ft_trig_inst_name   ON qrtz_fired_triggers (sched_name, instance_name);
        CREATE INDEX idx_qrtz_ft_job_name         ON qrtz_fired_triggers (job_name);
        CREATE INDEX idx_qrtz_ft_job_group        ON qrtz_fired_triggers (job_group);
        CREATE INDEX idx_qrtz_ft_job_req_recovery ON qrtz_fired_triggers (requests_recovery);
        """;

    /// <summary>Creates the tables and their indexes in an empty database.</summary>
    public static async Task CreateAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(Ddl, connection);
        await command.ExecuteNonQueryAsync();
    }
}
