using Genoptraening.Workflows.Storage.Azure;
using Microsoft.Extensions.Hosting;

namespace Genoptraening.Functions;

/// <summary>
/// Creates the course tables that are missing when the app starts, as the local host does: infra/
/// creates them in Azure, and `func start` on a fresh Azurite finds them too.
/// </summary>
internal sealed class CourseTablesAtStart(AzureCourseStores stores) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => stores.CreateTablesAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
