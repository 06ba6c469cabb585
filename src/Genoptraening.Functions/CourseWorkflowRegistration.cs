using Genoptraening.Workflows.Catalog;
using Genoptraening.Workflows.Hosting;
using Genoptraening.Workflows.Storage.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Genoptraening.Functions;

/// <summary>
/// What the Functions app's activities need: the catalog, the wall clock, and the stores on the
/// storage account of <c>AzureWebJobsStorage</c> (the task hub's own). The Durable extension runs
/// the worker; the HTTP triggers come with the shared handlers.
/// </summary>
public static class CourseWorkflowRegistration
{
    public static IServiceCollection AddCourseWorkflow(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration["AzureWebJobsStorage"]
            ?? throw new InvalidOperationException("AzureWebJobsStorage is not set: the app's storage account holds the task hub, the tables and the queues.");
        services.AddSingleton(_ => CatalogDirectory.Load(CatalogDirectory.Default));
        services.AddSingleton<IClock>(WallClock());
        return services.AddCourseStores(AzureCourseStores.For(connectionString)).AddCourseSteps();
    }

#pragma warning disable RS0030 // The Functions app's composition root chooses the system clock.
    private static SystemClock WallClock() => SystemClock.Instance; // clock-root
#pragma warning restore RS0030
}
