using System.Diagnostics;
using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Tests.Shared;
using Genoptraening.Workflows.Catalog;
using Genoptraening.Workflows.Clock;
using Genoptraening.Workflows.Runtime;
using Genoptraening.Workflows.Store.Postgres;
using NodaTime;
using Npgsql;
using Xunit;

namespace Genoptraening.Cli.Tests;

/// <summary>Three <c>worker</c> processes on one PostgreSQL database, one of them killed with SIGKILL mid-run.</summary>
[Collection(PostgresCollection.Name)]
public sealed class WorkerProcessTests(PostgresServer server)
{
    // rebild/sel86-1 received Friday 27 March 2026: three timer steps per course (warning, breach, level 2),
    // all long due by the wall clock the workers run on.
    private static readonly Instant Received = Instant.FromUtc(2026, 3, 27, 13, 0);

    [Fact]
    public async Task ThreeWorkerProcesses_OneKilled_EveryStepTakesEffectExactlyOnce()
    {
        const int Courses = 10_000;
        var connectionString = await server.CreateDatabaseAsync();
        await CreateCoursesAsync(connectionString, Courses);

        var workers = Enumerable.Range(0, 3).Select(_ => StartWorker(connectionString)).ToList();
        await WaitForAsync(connectionString, "SELECT COUNT(*) FROM course_events WHERE type = 'WarningRaised'", atLeast: Courses / 5);
        workers[0].Kill();
        await Task.WhenAll(workers.Skip(1).Select(w => w.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(5)).Token)));

        Assert.All(workers.Skip(1), w => Assert.Equal(0, w.ExitCode));
        var counts = await CountsAsync(connectionString);
        Assert.Equal(Courses, counts["WarningRaised"]);
        Assert.Equal(Courses, counts["DeadlineBreached"]);
        Assert.Equal(2 * Courses, counts["EscalationRaised"]);
        Assert.Equal(3 * Courses, counts["outbox"]);
        Assert.Equal(0, counts["timers"]);
        Assert.Equal(Courses, counts["coursesWithAllFourTimerEvents"]);
        foreach (var worker in workers)
        {
            worker.Dispose();
        }
    }

    private static async Task CreateCoursesAsync(string connectionString, int courses)
    {
        await using var store = PostgresCourseStore.Open(connectionString);
        await store.MigrateAsync();
        var runtime = new CourseRuntime(store, CatalogDirectory.Load(CatalogDirectory.Default), new VirtualClock(Received));
        var standard = new StandardId("rebild", "sel86-1");
        await Parallel.ForAsync(0, courses, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (_, cancellationToken) =>
            Assert.IsType<StepResult.Accepted>(await runtime.StartAsync(new StartCourseRequest(standard, Referral.Application(Received)), cancellationToken)));
    }

    private static Process StartWorker(string connectionString)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "genoptraening.dll"), "worker", "--postgres", connectionString, "--lease-seconds", "3", "--batch", "50", "--exit-when-idle" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitForAsync(string connectionString, string countSql, int atLeast)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(countSql, connection);
            if ((long)(await command.ExecuteScalarAsync())! >= atLeast)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Never reached {atLeast}: {countSql}");
    }

    private static async Task<Dictionary<string, long>> CountsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT type, COUNT(*) FROM course_events GROUP BY type
            UNION ALL SELECT 'outbox', COUNT(*) FROM outbox
            UNION ALL SELECT 'timers', COUNT(*) FROM timers
            UNION ALL SELECT 'coursesWithAllFourTimerEvents', COUNT(*) FROM (
                SELECT course_id FROM course_events WHERE type IN ('WarningRaised', 'DeadlineBreached', 'EscalationRaised')
                GROUP BY course_id HAVING COUNT(*) = 4) AS c
            """, connection);
        var counts = new Dictionary<string, long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }
}
