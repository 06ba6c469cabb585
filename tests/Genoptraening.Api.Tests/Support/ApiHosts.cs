using Genoptraening.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Genoptraening.Api.Tests.Support;

/// <summary>
/// One Azurite for the collection; each <see cref="CreateAsync"/> gives a host with a task hub, course
/// tables and a clock of its own. The collection's tests run one at a time, so a new host first stops
/// the earlier ones: idle hosts would go on polling Azurite's queues.
/// </summary>
#pragma warning disable CA1001 // xunit disposes fixtures through IAsyncLifetime.DisposeAsync.
public sealed class ApiHosts : IAsyncLifetime
#pragma warning restore CA1001
{
    private readonly List<ApiFactory> factories = [];
    private int created;
    private string? reusedFor;

    public AzuriteProcess Azurite { get; } = new();

    public Task InitializeAsync() => Azurite.StartAsync();

    public async Task<ApiFactory> CreateAsync(string clockStart = "2026-05-08T08:00:00+02:00", Action<IServiceCollection>? services = null)
    {
        await StopAllAsync();
        var factory = new ApiFactory(Azurite.ConnectionString, $"api{++created}", clockStart, services);
        factories.Add(factory);
        return factory;
    }

    /// <summary>
    /// The host the previous test of <paramref name="user"/> had, if it is still running; else a new
    /// one (<c>Fresh</c>). For tests that change nothing, such as the bad-input cases.
    /// </summary>
    public async Task<(ApiFactory Factory, bool Fresh)> ReuseAsync(string user, string clockStart)
    {
        if (reusedFor == user && factories.Count == 1)
        {
            return (factories[0], false);
        }

        var factory = await CreateAsync(clockStart);
        reusedFor = user;
        return (factory, true);
    }

    public async Task DisposeAsync()
    {
        await StopAllAsync();
        await Azurite.DisposeAsync();
    }

    /// <summary>Stops the hosts made so far, for a test that brings hosts of its own.</summary>
    public Task StopHostsAsync() => StopAllAsync();

    private async Task StopAllAsync()
    {
        foreach (var factory in factories)
        {
            await factory.DisposeAsync();
        }

        factories.Clear();
        reusedFor = null;
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiHosts>
{
    public const string Name = "API";
}

/// <summary>
/// Tests whose hosts are processes of their own on an Azurite of their own, run alone: two hosts sharing a task hub raise
/// each alert once only while nothing else competes for the cores (beside the API collection, partition leases and
/// message visibility ran out under the load, and a step was taken again: alerts sent twice, seen in 1 of 3 runs).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostProcessCollection
{
    public const string Name = "Host processes";
}
