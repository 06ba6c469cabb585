using System.Text.Json;
using Genoptraening.Workflows.Hosting;
using Genoptraening.Workflows.Orchestration;
using Genoptraening.Workflows.Steps;
using Xunit;

namespace Genoptraening.Functions.Tests;

/// <summary>
/// What the Azure Functions host will read from the built app (contracts/functions-app.md): the
/// course orchestrator and its activities as triggers, and the task hub settings both hosts share.
/// </summary>
public class FunctionsMetadataTests
{
    [Fact]
    public void Metadata_ListsTheOrchestratorAndEachActivityItCalls()
    {
        var functions = BuiltFile("functions.metadata").RootElement.EnumerateArray()
            .ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("bindings")[0].GetProperty("type").GetString());

        Assert.Equal("orchestrationTrigger", functions[nameof(CourseOrchestrator)]);
        Assert.Equal("activityTrigger", functions[nameof(CourseStepActivity)]);
        Assert.Equal("activityTrigger", functions[nameof(CourseFaultActivity)]);
        Assert.Equal("orchestrationTrigger", functions[nameof(Workflows.Retention.RetentionSweepOrchestrator)]);
        Assert.Equal("activityTrigger", functions[nameof(Workflows.Retention.RetentionSweepActivity)]);
    }

    [Fact]
    public void HostJson_DurableTaskSettings_AreTheLocalHostsTaskHubSettings()
    {
        var durable = BuiltFile("host.json").RootElement.GetProperty("extensions").GetProperty("durableTask");
        var storage = durable.GetProperty("storageProvider");
        var local = new TaskHubSettings();

        Assert.Equal(local.HubName, durable.GetProperty("hubName").GetString());
        Assert.Equal(local.MaxConcurrentActivities, durable.GetProperty("maxConcurrentActivityFunctions").GetInt32());
        Assert.Equal(local.MaxConcurrentOrchestrations, durable.GetProperty("maxConcurrentOrchestratorFunctions").GetInt32());
        Assert.Equal("AzureStorage", storage.GetProperty("type").GetString());
        Assert.Equal(local.PartitionCount, storage.GetProperty("partitionCount").GetInt32());
        Assert.Equal(local.MaxQueuePollingInterval, TimeSpan.Parse(storage.GetProperty("maxQueuePollingInterval").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(local.VisibilityTimeout, TimeSpan.Parse(storage.GetProperty("controlQueueVisibilityTimeout").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(local.VisibilityTimeout, TimeSpan.Parse(storage.GetProperty("workItemQueueVisibilityTimeout").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A file of the Functions app's output folder, built in the tests' own configuration.</summary>
    private static JsonDocument BuiltFile(string name)
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = output.Parent!.Name;
        for (var folder = output; folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "src", "Genoptraening.Functions", "bin", configuration, "net10.0", name);
            if (File.Exists(candidate))
            {
                return JsonDocument.Parse(File.ReadAllText(candidate));
            }
        }

        throw new FileNotFoundException($"The Functions app's {name} was not found: build src/Genoptraening.Functions in {configuration}.");
    }
}
