using System.Text.Json;
using DurableTask.Core;
using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Catalog;
using Genoptraening.Workflows.Clock;
using Genoptraening.Workflows.Hosting;
using Genoptraening.Workflows.Orchestration;
using Genoptraening.Workflows.Requests;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Simulation;
using Genoptraening.Workflows.Steps;
using Genoptraening.Workflows.Storage;
using Genoptraening.Workflows.TimeSkipping;
using Genoptraening.Workflows.Views;
using Microsoft.DurableTask.Testing.Sidecar;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;
using Xunit;
using static Genoptraening.Domain.Courses.Occurrence;

namespace Genoptraening.Functions.Tests;

/// <summary>
/// The Functions app's orchestration and activity triggers, called as the Durable extension calls
/// them, run a whole course on Durable Task's in-memory backend with time skipping: the same course
/// as <c>simulate</c> gives.
/// </summary>
public class TriggerWrappersTests
{
    private static readonly ServiceCatalog Catalog = CatalogDirectory.Load(CatalogDirectory.Default);

    [Fact]
    public async Task TriggerWrappers_RunTheContractExample_AsSimulateDoes()
    {
        var scenario = new Scenario(
            StandardId.TryParse("rebild/sul140", out var id) ? id : throw new InvalidOperationException(),
            Referral.Plan(At("2026-05-08T10:00:00+02:00"), new LocalDate(2026, 5, 8)),
            [new CitizenContacted(At("2026-05-11T09:30:00+02:00")), new StartOffered(At("2026-05-12T13:00:00+02:00"), new LocalDate(2026, 5, 18))],
            At("2026-08-01T00:00:00+02:00"));
        var memory = new InMemoryOrchestrationService();
        var backend = new TimeSkippingOrchestrationService(memory, memory, new VirtualClock(scenario.Referral.ReceivedAt));
        await using var services = new ServiceCollection().AddLogging().AddSingleton<IClock>(backend.Clock).AddSingleton(Catalog)
            .AddInMemoryCourseStores().AddCourseSteps().AddSingleton(new CourseOrchestrations(backend)).BuildServiceProvider();
        var worker = WorkerOfTheTriggers(backend, services);
        await worker.StartAsync();

        var courseId = (await services.GetRequiredService<CourseIntake>().StartAsync(new StartCourseRequest(scenario.Standard, scenario.Referral, "sender/functions"))).CourseId!.Value;
        var courses = services.GetRequiredService<CourseService>();
        Assert.True((await courses.AwaitAnswerAsync(courseId, RaisedRequest.Start, TimeSpan.FromSeconds(30)))!.Accepted);
        foreach (var occurrence in scenario.Events)
        {
            await backend.AdvanceToAsync(occurrence.At);
            await backend.WaitForIdleAsync().WaitAsync(TimeSpan.FromSeconds(30));
            var sent = (await courses.SubmitAsync(courseId, new CourseCommand.Record(occurrence), "visitator"))!;
            Assert.True((sent.RefusedAtOnce ?? await courses.AwaitAnswerAsync(courseId, sent.RequestId, TimeSpan.FromSeconds(30)))!.Accepted);
        }

        await backend.AdvanceToAsync(scenario.Until);
        await backend.WaitForIdleAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await worker.StopAsync(isForced: true);

        var history = (await services.GetRequiredService<ICourseEventStore>().LoadAsync(courseId))!;
        var state = CourseDecider.Fold(history.Events.Select(e => Workflows.Serialization.CourseEventJson.Deserialize(e.Type, e.Data, (s, v) => Catalog.Version(s, v)!)));
        Assert.Equal(Summary((await new Simulator(Catalog).RunAsync(scenario)).State), Summary(state));
    }

    /// <summary>A worker whose orchestrator and activities are the Functions app's trigger methods.</summary>
    private static TaskHubWorker WorkerOfTheTriggers(TimeSkippingOrchestrationService backend, IServiceProvider services)
    {
        var shims = new DurableTaskShimFactory(new DurableTaskWorkerOptions { MaximumTimerInterval = TimeSpan.FromDays(3650) });
        var invocation = new ServicesOnlyFunctionContext(services);
        var worker = new TaskHubWorker(backend);
        worker.AddTaskOrchestrations(new TaskCreator<TaskOrchestration>(nameof(CourseOrchestrator),
            () => shims.CreateOrchestration<string, string>(nameof(CourseOrchestrator), async (context, _) => await CourseTriggers.RunCourseOrchestrator(context))));
        worker.AddTaskActivities(
            new TaskCreator<TaskActivity>(nameof(CourseStepActivity),
                () => shims.CreateActivity<StepInput, StepOutcome>(nameof(CourseStepActivity), async (_, input) => await CourseTriggers.RunCourseStep(input!, invocation))),
            new TaskCreator<TaskActivity>(nameof(CourseFaultActivity),
                () => shims.CreateActivity<CourseFault, DateTimeOffset>(nameof(CourseFaultActivity), async (_, input) => await CourseTriggers.RunCourseFault(input!, invocation))));
        return worker;
    }

    private static Instant At(string text) => OffsetDateTimePattern.ExtendedIso.Parse(text).GetValueOrThrow().ToInstant();

    private static string Summary(CourseState state)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            CourseViewWriter.WriteFields(w, state);
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
