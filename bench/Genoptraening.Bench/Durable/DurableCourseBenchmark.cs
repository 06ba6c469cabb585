using System.Diagnostics;
using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Clock;
using Genoptraening.Workflows.Hosting;
using Genoptraening.Workflows.Orchestration;
using Genoptraening.Workflows.Requests;
using Genoptraening.Workflows.Storage;
using Genoptraening.Workflows.TimeSkipping;
using Microsoft.DurableTask.Testing.Sidecar;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Genoptraening.Bench.Durable;

/// <summary>
/// Twelve-week courses of every standard on the durable orchestration, in-memory backend with time
/// skipping: half of them with staff acting on time, half left alone; the clock moved a day at a time.
/// </summary>
internal static class DurableCourseBenchmark
{
    public sealed record Result(int Courses, long Steps, long HistoryEvents, double Seconds);

    public static async Task<Result> RunAsync(int courses, ServiceCatalog catalog)
    {
        var start = Instant.FromUtc(2026, 9, 7, 8, 0);
        var memory = new InMemoryOrchestrationService();
        var backend = new TimeSkippingOrchestrationService(memory, memory, new VirtualClock(start));
        long historyEvents = 0;
        backend.EpisodeSaved += state => Interlocked.Add(ref historyEvents, state.NewEvents.Count);
        await using var services = new ServiceCollection().AddLogging().AddSingleton<IClock>(backend.Clock).AddSingleton(catalog)
            .AddInMemoryCourseStores().AddCourseSteps().AddSingleton(new CourseOrchestrations(backend)).BuildServiceProvider();
        var worker = CourseWorker.Create(backend, services, TimeSpan.FromDays(3650));
        await worker.StartAsync();
        var intake = services.GetRequiredService<CourseIntake>();
        var commands = services.GetRequiredService<CourseService>();
        var standards = catalog.Standards.ToList();

        var watch = Stopwatch.StartNew();
        var ids = new List<Guid>(courses);
        for (var i = 0; i < courses; i++)
        {
            var standard = standards[i % standards.Count];
            var referral = standard.IsHealthAct ? Referral.Plan(start, Copenhagen.DateOf(start)) : Referral.Application(start);
            ids.Add((await intake.StartAsync(new StartCourseRequest(standard, referral, $"bench/{i}"))).CourseId!.Value);
        }

        // Every other course has staff acting on time; the others are left alone and breach.
        for (var day = 1; day <= 12 * 7; day++)
        {
            var at = start + Duration.FromDays(day);
            await backend.AdvanceToAsync(at);
            await backend.WaitForIdleAsync();
            if (OnTime.For(day, at) is { } occurrence)
            {
                for (var i = 0; i < ids.Count; i += 2)
                {
                    await commands.SubmitAsync(ids[i], new CourseCommand.Record(occurrence), "bench");
                }

                await backend.WaitForIdleAsync();
            }
        }

        var seconds = watch.Elapsed.TotalSeconds;
        await worker.StopAsync(isForced: true);
        var events = services.GetRequiredService<ICourseEventStore>();
        long steps = 0;
        foreach (var id in ids)
        {
            steps += (await events.LoadAsync(id))!.LastStep;
        }

        return new Result(courses, steps, Interlocked.Read(ref historyEvents), seconds);
    }
}
