using Genoptraening.Api.Security;
using Genoptraening.Domain.Catalog;
using Genoptraening.Workflows.Runtime;
using Genoptraening.Workflows.Store;

namespace Genoptraening.Api.Engine;

/// <summary>
/// Before the host takes requests: the catalog and the API keys are loaded and checked (a mistake
/// stops the host with every problem listed), the schema migrations are applied, and courses from
/// before report facts existed get theirs.
/// </summary>
internal sealed class StoreStartup(ICourseStore store, ServiceCatalog catalog, ApiKeyRegistry keys, CourseRuntime runtime) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _ = (catalog, keys);
        await store.MigrateAsync(cancellationToken);
        await ReportFactsBackfill.RunAsync(store, runtime, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
