using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Alerts;
using Genoptraening.Workflows.Orchestration;
using Genoptraening.Workflows.Reads;
using Genoptraening.Workflows.Requests;
using Genoptraening.Workflows.Steps;
using Genoptraening.Workflows.Storage;
using Genoptraening.Workflows.Storage.Azure;
using Genoptraening.Workflows.Storage.InMemory;
using Microsoft.Extensions.DependencyInjection;

namespace Genoptraening.Workflows.Hosting;

/// <summary>Registration of the course workflow's services, for every host.</summary>
public static class CourseWorkflowServices
{
    /// <summary>The step code and the commands; the host adds the clock, the catalog, the stores and <see cref="CourseOrchestrations"/>.</summary>
    public static IServiceCollection AddCourseSteps(this IServiceCollection services) =>
        services.AddSingleton<DecideCourse>(CourseDecider.Decide).AddSingleton<CourseStep>().AddSingleton<CourseIntake>().AddSingleton<CoursePurge>()
            .AddSingleton<CourseReader>().AddSingleton<CourseLists>().AddSingleton<CourseService>().AddSingleton<Retention.RetentionSweep>();

    /// <summary>The stores on Azure Tables and queues.</summary>
    public static IServiceCollection AddCourseStores(this IServiceCollection services, AzureCourseStores stores)
    {
        ArgumentNullException.ThrowIfNull(stores);
        return services.AddSingleton(stores).AddCourseStores();
    }

    /// <summary>The stores on Azure Tables and queues, from the <see cref="AzureCourseStores"/> registered.</summary>
    public static IServiceCollection AddCourseStores(this IServiceCollection services) => services
        .AddSingleton<ICourseEventStore>(sp => sp.GetRequiredService<AzureCourseStores>().Events)
        .AddSingleton<ICourseReadModel>(sp => sp.GetRequiredService<AzureCourseStores>().ReadModel)
        .AddSingleton<IPersonalDataStore>(sp => sp.GetRequiredService<AzureCourseStores>().PersonalData)
        .AddSingleton<IPersonalDataAudit>(sp => sp.GetRequiredService<AzureCourseStores>().PersonalDataAudit)
        .AddSingleton<IAlertSender>(sp => sp.GetRequiredService<AzureCourseStores>().Alerts);

    /// <summary>The stores in memory: for tests and benchmarks.</summary>
    public static IServiceCollection AddInMemoryCourseStores(this IServiceCollection services) => services
        .AddSingleton<ICourseEventStore, InMemoryCourseEventStore>()
        .AddSingleton<ICourseReadModel, InMemoryCourseReadModel>()
        .AddSingleton<IAlertSender, InMemoryAlertSender>()
        .AddSingleton<IPersonalDataStore, InMemoryPersonalDataStore>()
        .AddSingleton<IPersonalDataAudit, InMemoryPersonalDataAudit>();
}
