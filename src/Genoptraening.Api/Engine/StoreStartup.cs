using Genoptraening.Api.Security;
using Genoptraening.Domain.Catalog;
using Genoptraening.Workflows.Store;

namespace Genoptraening.Api.Engine;

/// <summary>
/// Before the host takes requests: the catalog and the API keys are loaded and checked (a mistake
/// stops the host with every problem listed), and the schema migrations are applied.
/// </summary>
internal sealed class StoreStartup(ICourseStore store, ServiceCatalog catalog, ApiKeyRegistry keys) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = (catalog, keys);
        return store.MigrateAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
