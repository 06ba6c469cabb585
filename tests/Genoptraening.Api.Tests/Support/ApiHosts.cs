using Genoptraening.Tests.Shared;
using Xunit;

namespace Genoptraening.Api.Tests.Support;

/// <summary>Hosts on SQLite and on a throwaway PostgreSQL; each <see cref="CreateAsync"/> gets a fresh database and clock.</summary>
#pragma warning disable CA1001 // xunit disposes fixtures through IAsyncLifetime.DisposeAsync.
public sealed class ApiHosts : IAsyncLifetime
#pragma warning restore CA1001
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    private readonly PostgresCluster cluster = new();
    private readonly List<ApiFactory> factories = [];
    private readonly string folder = Directory.CreateTempSubdirectory("genoptraening-api-").FullName;

    public Task InitializeAsync() => cluster.StartAsync();

    public async Task<ApiFactory> CreateAsync(string provider, string clockStart = "2026-05-08T08:00:00+02:00", string escalationQueues = "")
    {
        var connectionString = provider == Postgres
            ? await cluster.CreateDatabaseAsync()
            : $"Data Source={Path.Combine(folder, $"{Guid.NewGuid():N}.db")}";
        var factory = new ApiFactory(provider, connectionString, clockStart, escalationQueues);
        factories.Add(factory);
        return factory;
    }

    public async Task DisposeAsync()
    {
        foreach (var factory in factories)
        {
            await factory.DisposeAsync();
        }

        await cluster.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiHosts>
{
    public const string Name = "API";
}
