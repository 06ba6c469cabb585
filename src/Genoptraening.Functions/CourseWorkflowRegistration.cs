using Azure.Identity;
using DurableTask.AzureStorage;
using Genoptraening.Web;
using Genoptraening.Web.Dashboard;
using Genoptraening.Web.Endpoints;
using Genoptraening.Workflows.Catalog;
using Genoptraening.Workflows.Hosting;
using Genoptraening.Workflows.Operations;
using Genoptraening.Workflows.Orchestration;
using Genoptraening.Workflows.Storage.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Genoptraening.Functions;

/// <summary>
/// What the Functions app's triggers need: the catalog, the wall clock, the stores on the storage
/// account of <c>AzureWebJobsStorage</c> (its connection string locally, its name and the app's
/// managed identity in Azure), and a client of the task hub that the Durable extension runs
/// (host.json's <c>extensions.durableTask</c>, the same hub the extension's worker serves), through
/// which the HTTP triggers start courses and raise requests exactly as the local host does.
/// </summary>
public static class CourseWorkflowRegistration
{
    public static IServiceCollection AddCourseWorkflow(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(_ => CatalogDirectory.Load(configuration[AppSettingKeys.CatalogPath] ?? CatalogDirectory.Default));
        services.AddSingleton<IClock>(WallClock());
        var account = Account(configuration);
        services.AddSingleton(sp => AzureStorageTaskHub.Settings(account, TaskHubConfiguration.Read(configuration), sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton(sp => new AzureStorageOrchestrationService(sp.GetRequiredService<AzureStorageOrchestrationServiceSettings>()));
        services.AddOperations(WallClock());
        services.AddSingleton(sp => new TaskHubReadiness(sp.GetRequiredService<TaskHubHealth>().IsProvisionedAsync));
        services.AddSingleton(sp => new CourseOrchestrations(sp.GetRequiredService<AzureStorageOrchestrationService>()));
        services.AddHostedService<CourseTablesAtStart>();
        services.AddHostedService<Workflows.Retention.RetentionSweepStarter>();
        services.AddSingleton(provider => new DashboardEndpoints(provider, "/" + ApiRoute.Prefix + DashboardRoute.FunctionsRoot + "/"));
        return services.AddCourseStores(AzureCourseStores.For(account)).AddCourseSteps().AddApiHandlers();
    }

    /// <summary>The Functions host's own rule: a connection string if one is set, else the account by identity.</summary>
    public static StorageAccount Account(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration[AppSettingKeys.StorageConnection] is { Length: > 0 } connectionString)
        {
            return StorageAccount.FromConnectionString(connectionString);
        }

        return configuration[AppSettingKeys.StorageAccountName] is { Length: > 0 } accountName
            ? StorageAccount.FromIdentity(accountName, new DefaultAzureCredential())
            : throw new InvalidOperationException(
                $"Neither {AppSettingKeys.StorageConnection} nor {AppSettingKeys.StorageAccountName} is set: the app's storage account holds the task hub, the tables and the queues.");
    }

#pragma warning disable RS0030 // The Functions app's composition root chooses the system clock.
    private static SystemClock WallClock() => SystemClock.Instance; // clock-root
#pragma warning restore RS0030
}
