using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Genoptraening.Api.Tests.Support;

/// <summary>
/// The real host in memory on a real Azurite: Development settings and keys, a task hub and course
/// tables of its own (named <paramref name="name"/>), the development clock starting at <paramref name="clockStart"/>.
/// </summary>
/// <remarks><paramref name="services"/>: a test's own additions to the host's services, after the host's (e.g. a store that fails on purpose).</remarks>
public sealed class ApiFactory(string storage, string name, string clockStart, Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    /// <summary>The storage account's connection string (Azurite).</summary>
    public string Storage => storage;

    /// <summary>The host's task hub, and the prefix of its course tables.</summary>
    public string Name => name;

    /// <summary>Where the development clock starts.</summary>
    public string ClockStart => clockStart;

    public HttpClient Client(string? apiKey)
    {
        var client = CreateClient();
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("x-api-key", apiKey);
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Storage"] = storage,
            ["DurableTask:HubName"] = name,
            ["Storage:TablePrefix"] = name,
            ["Clock:Mode"] = "Virtual",
            ["Clock:Start"] = clockStart,
        }));
        if (services is not null)
        {
            builder.ConfigureServices(services);
        }
    }
}
