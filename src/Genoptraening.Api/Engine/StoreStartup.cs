using Genoptraening.Workflows.Store;

namespace Genoptraening.Api.Engine;

/// <summary>Applies the schema migrations before the host takes requests.</summary>
internal sealed class StoreStartup(ICourseStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
