using Xunit;

namespace Genoptraening.Tests.Shared;

/// <summary>The tests' PostgreSQL: one throwaway cluster per test run, a database per test.</summary>
#pragma warning disable CA1001 // xunit disposes fixtures through IAsyncLifetime.DisposeAsync.
public sealed class PostgresServer : IAsyncLifetime
#pragma warning restore CA1001
{
    private readonly PostgresCluster cluster = new();

    public Task InitializeAsync() => cluster.StartAsync();

    /// <summary>A new, empty database and its connection string.</summary>
    public Task<string> CreateDatabaseAsync() => cluster.CreateDatabaseAsync();

    public async Task DisposeAsync() => await cluster.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
