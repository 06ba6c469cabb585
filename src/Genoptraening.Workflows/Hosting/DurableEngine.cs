using DurableTask.AzureStorage;
using DurableTask.Core;
using Genoptraening.Workflows.Clock;
using Genoptraening.Workflows.Operations;
using Genoptraening.Workflows.Orchestration;
using Genoptraening.Workflows.Storage.Azure;
using Genoptraening.Workflows.TimeSkipping;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Genoptraening.Workflows.Hosting;

/// <summary>
/// The durable engine on one Azure Storage account (Azurite locally): the task hub on Durable
/// Functions' default provider, the course tables, the alert queues, and the worker as a hosted
/// service. With the development clock, the time-skipping decorator sits over the task hub and keeps
/// its held timers in a table.
/// </summary>
public static class DurableEngine
{
    /// <summary>On Azure Storage a durable timer is split in chunks of at most 3 days (its queues hide a message for at most 7).</summary>
    public static readonly TimeSpan AzureStorageTimerChunk = TimeSpan.FromDays(3);

    /// <summary>Under the development clock timers are whole: a chunk would be timed by the wall clock, which the virtual one never meets.</summary>
    public static readonly TimeSpan VirtualTimerChunk = TimeSpan.FromDays(3650);

    public static IServiceCollection AddDurableCourseEngine(this IServiceCollection services, DurableEngineOptions options, IClock systemClock)
    {
        ArgumentNullException.ThrowIfNull(options);
        return services.AddDurableCourseEngine(_ => options, systemClock);
    }

    /// <param name="services">The host's services.</param>
    /// <param name="options">Where and on which clock, read when first needed (a host's settings are complete only then).</param>
    /// <param name="systemClock">The wall clock, from the composition root; unused under the development clock.</param>
    public static IServiceCollection AddDurableCourseEngine(this IServiceCollection services, Func<IServiceProvider, DurableEngineOptions> options, IClock systemClock)
    {
        services.AddSingleton(options);
        services.AddSingleton(sp => AzureCourseStores.For(Options(sp).ConnectionString, Options(sp).TablePrefix)).AddCourseStores();
        services.AddSingleton(sp => AzureStorageTaskHub.Settings(
            StorageAccount.FromConnectionString(Options(sp).ConnectionString), Options(sp).TaskHub, sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton(sp => new AzureStorageOrchestrationService(sp.GetRequiredService<AzureStorageOrchestrationServiceSettings>()));
        services.AddSingleton(sp => new VirtualClock(Options(sp).VirtualClockStart
            ?? throw new InvalidOperationException("The development clock exists only when the engine is given its start.")));
        services.AddSingleton<IClock>(sp => Options(sp).VirtualClockStart is null ? systemClock : sp.GetRequiredService<VirtualClock>());
        services.AddSingleton(sp => TableHeldTimerStore.For(Options(sp).ConnectionString, Options(sp).TablePrefix + Options(sp).TaskHub.HubName));
        services.AddSingleton(sp => new TimeSkippingOrchestrationService(
            sp.GetRequiredService<AzureStorageOrchestrationService>(), sp.GetRequiredService<AzureStorageOrchestrationService>(), sp.GetRequiredService<VirtualClock>(),
            store: sp.GetRequiredService<TableHeldTimerStore>(), logger: sp.GetRequiredService<ILogger<TimeSkippingOrchestrationService>>()));
        services.AddSingleton<IOrchestrationService>(sp => Options(sp).VirtualClockStart is null
            ? sp.GetRequiredService<AzureStorageOrchestrationService>()
            : sp.GetRequiredService<TimeSkippingOrchestrationService>());
        services.AddSingleton(sp => new CourseOrchestrations((IOrchestrationServiceClient)sp.GetRequiredService<IOrchestrationService>()));
        services.AddSingleton<CourseWorkerService>().AddHostedService(sp => sp.GetRequiredService<CourseWorkerService>());
        services.AddSingleton(sp => new TaskHubReadiness(_ => Task.FromResult(sp.GetRequiredService<CourseWorkerService>().IsRunning)));
        services.AddOperations(systemClock).AddCourseSteps().AddHostedService<Retention.RetentionSweepStarter>();
        return services;
    }

    private static DurableEngineOptions Options(IServiceProvider services) => services.GetRequiredService<DurableEngineOptions>();
}
