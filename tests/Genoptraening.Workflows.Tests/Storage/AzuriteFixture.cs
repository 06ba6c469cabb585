using Azure.Data.Tables;
using Genoptraening.Tests.Shared;
using Xunit;

namespace Genoptraening.Workflows.Tests.Storage;

/// <summary>One Azurite (blob, queue, table) for a test class; each test takes tables of its own.</summary>
public sealed class AzuriteFixture : IAsyncLifetime, IAsyncDisposable
{
    private readonly AzuriteProcess azurite = new();
    private int tables;

    public string ConnectionString => azurite.ConnectionString;

    public async Task<TableClient> NewTableAsync()
    {
        var table = new TableServiceClient(ConnectionString).GetTableClient($"t{Interlocked.Increment(ref tables)}x{Environment.ProcessId}");
        await table.CreateIfNotExistsAsync();
        return table;
    }

    public Task InitializeAsync() => azurite.StartAsync();

    public async Task DisposeAsync() => await azurite.DisposeAsync();

    async ValueTask IAsyncDisposable.DisposeAsync() => await azurite.DisposeAsync();
}
