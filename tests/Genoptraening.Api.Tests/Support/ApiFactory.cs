using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Genoptraening.Api.Tests.Support;

/// <summary>The real host in memory: Development settings and keys, a store of its own, the virtual clock, and escalation queues only when given.</summary>
public sealed class ApiFactory(string provider, string connectionString, string clockStart, string escalationQueues = "") : WebApplicationFactory<Program>
{
    public string Provider => provider;

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
            ["Store:Provider"] = provider,
            ["ConnectionStrings:Courses"] = connectionString,
            ["Clock:Mode"] = "Virtual",
            ["Clock:Start"] = clockStart,
            ["ConnectionStrings:EscalationQueues"] = escalationQueues,
        }));
    }
}
