using DurableTask.AzureStorage;
using Genoptraening.Workflows.Operations;
using Genoptraening.Workflows.Orchestration;
using Genoptraening.Workflows.Reads;
using Genoptraening.Workflows.Storage.Azure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Genoptraening.Workflows.Hosting;

/// <summary>What the operators' endpoints read: the faulted courses and the task hub's health, the same in both hosts.</summary>
public static class OperationsServices
{
    /// <param name="services">The host's services, with the task hub, the course stores and the courses' clock.</param>
    /// <param name="wallClock">The wall clock, from the composition root: queue ages are by the storage account's time, even under the development clock.</param>
    public static IServiceCollection AddOperations(this IServiceCollection services, IClock wallClock) => services
        .AddSingleton(sp => new TaskHubInstances(sp.GetRequiredService<AzureStorageOrchestrationService>()))
        .AddSingleton(sp => new FaultedCourses(
            sp.GetRequiredService<TaskHubInstances>(), sp.GetRequiredService<CourseOrchestrations>(), sp.GetRequiredService<CourseReader>(), sp.GetRequiredService<IClock>(),
            sp.GetRequiredService<ILogger<FaultedCourses>>()))
        .AddSingleton(sp => new TaskHubHealth(
            sp.GetRequiredService<AzureStorageOrchestrationService>(), Settings(sp).TaskHubName, Settings(sp).PartitionCount, sp.GetRequiredService<TaskHubInstances>(),
            sp.GetRequiredService<AzureCourseStores>().Queues, sp.GetRequiredService<IClock>(), wallClock));

    private static AzureStorageOrchestrationServiceSettings Settings(IServiceProvider services) => services.GetRequiredService<AzureStorageOrchestrationServiceSettings>();
}
