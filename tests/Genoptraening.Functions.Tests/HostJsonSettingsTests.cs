using Genoptraening.Workflows.Hosting;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace Genoptraening.Functions.Tests;

/// <summary>The app's task-hub client reads the hub as the Functions host does: host.json, then the host's overrides.</summary>
public sealed class HostJsonSettingsTests : IDisposable
{
    private const string Override = "AzureFunctionsJobHost__extensions__durableTask__hubName";
    private readonly string folder = Directory.CreateTempSubdirectory("genoptraening-hostjson-").FullName;

    public HostJsonSettingsTests() =>
        File.WriteAllText(Path.Combine(folder, "host.json"), """{ "version": "2.0", "extensions": { "durableTask": { "hubName": "fromfile", "storageProvider": { "partitionCount": 4 } } } }""");

    [Fact]
    public void HubName_IsHostJsons()
    {
        var settings = TaskHubConfiguration.Read(new ConfigurationBuilder().AddHostJson(folder).Build());

        Assert.Equal(("fromfile", 4), (settings.HubName, settings.PartitionCount));
    }

    [Fact]
    public void HubName_OverriddenForTheHost_IsOverriddenForTheClientToo()
    {
        Environment.SetEnvironmentVariable(Override, "fromenvironment");
        try
        {
            var settings = TaskHubConfiguration.Read(new ConfigurationBuilder().AddHostJson(folder).Build());

            Assert.Equal("fromenvironment", settings.HubName);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Override, null);
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
