using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Clock;
using Genoptraening.Workflows.Hosting;
using Genoptraening.Workflows.Requests;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Storage;
using Genoptraening.Workflows.Tests.Storage;
using Genoptraening.Workflows.Tests.Support;
using Genoptraening.Workflows.TimeSkipping;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using Xunit;
using static Genoptraening.Workflows.Tests.Support.CourseScenario;

namespace Genoptraening.Workflows.Tests.Hosting;

/// <summary>The engine as a host composes it (<see cref="DurableEngine"/>), on Azurite with the development clock.</summary>
public class DurableEngineTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Engine_InAHost_RunsACourse_AndTheNextHostGoesOnWhereItStopped()
    {
        var scenario = Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", "2026-05-08", "2026-06-01T00:00:00+02:00");
        var options = new DurableEngineOptions
        {
            ConnectionString = azurite.ConnectionString,
            TaskHub = new TaskHubSettings { HubName = "hubengine" },
            VirtualClockStart = scenario.Referral.ReceivedAt,
            TablePrefix = "engine",
        };
        var stopped = At("2026-05-11T12:00:00+02:00");
        Guid courseId;
        using (var first = await StartHostAsync(options))
        {
            var started = await first.Services.GetRequiredService<CourseIntake>().StartAsync(new StartCourseRequest(scenario.Standard, scenario.Referral, "sender/engine"));
            courseId = started.CourseId!.Value;
            var answer = await first.Services.GetRequiredService<CourseService>().AwaitAnswerAsync(courseId, RaisedRequest.Start, TimeSpan.FromSeconds(30));
            Assert.True(answer!.Accepted);
            await AdvanceAsync(first, stopped);
            await first.StopAsync();
        }

        using var second = await StartHostAsync(options);
        Assert.Equal(stopped, second.Services.GetRequiredService<VirtualClock>().GetCurrentInstant());
        await AdvanceAsync(second, scenario.Until);

        var history = (await second.Services.GetRequiredService<ICourseEventStore>().LoadAsync(courseId))!;
        var state = CourseDecider.Fold(history.Events.Select(e => Workflows.Serialization.CourseEventJson.Deserialize(e.Type, e.Data, (id, v) => TestCatalog.Instance.Version(id, v)!)));
        Assert.Equal(Summary(DeciderRun.Run(scenario).State), Summary(state));
        Assert.NotNull(await second.Services.GetRequiredService<ICourseReadModel>().FindAsync("rebild", courseId));
        await second.StopAsync();
    }

    private static async Task<IHost> StartHostAsync(DurableEngineOptions options)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(TestCatalog.Instance).AddDurableCourseEngine(options, new VirtualClock(Instant.FromUnixTimeSeconds(0)));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static async Task AdvanceAsync(IHost host, Instant to)
    {
        var backend = host.Services.GetRequiredService<TimeSkippingOrchestrationService>();
        await backend.AdvanceToAsync(to);
        await backend.WaitForIdleAsync().WaitAsync(TimeSpan.FromSeconds(60));
    }
}
