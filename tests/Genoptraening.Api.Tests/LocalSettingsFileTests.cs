using Genoptraening.Api.Engine;
using Genoptraening.Api.Extensions;
using Genoptraening.Api.Tests.Support;
using Xunit;

namespace Genoptraening.Api.Tests;

/// <summary>The local host reads local.settings.json in Azure Functions' format, the committed sample included.</summary>
public sealed class LocalSettingsFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("genoptraening-settings-").FullName;

    [Fact]
    public void TheCommittedSample_GivesTheHostItsStorageKeysAndReceivers()
    {
        var settings = LocalSettingsFile.Read(Repository.SampleSettings);

        Assert.Equal("UseDevelopmentStorage=true", settings[SettingKeys.StorageConnection]);
        Assert.Equal("dotnet-isolated", settings["FUNCTIONS_WORKER_RUNTIME"]);
        Assert.Equal("dev-hospital-a", settings["ApiKeys:0:Name"]);
        Assert.Equal("5790000000001", settings["ApiKeys:0:Sender"]);
        Assert.Equal("rebild", settings["Intake:Receivers:5790000100001"]);
    }

    [Fact]
    public void ValuesWrittenAsEnvironmentVariables_AndNumbers_AreRead()
    {
        var settings = LocalSettingsFile.Read(Write("""{ "Values": { "Clock__Mode": "Virtual", "Demo:Seed": true, "Port": 7071 }, "Host": { "LocalHttpPort": 7071 } }"""));

        Assert.Equal("Virtual", settings["Clock:Mode"]);
        Assert.Equal("true", settings["Demo:Seed"]);
        Assert.Equal("7071", settings["Port"]);
        Assert.False(settings.ContainsKey("Host:LocalHttpPort"));
    }

    [Theory]
    [InlineData("""{ "Values": { "ApiKeys": [ { "Name": "x" } ] } }""", "\"Values\".\"ApiKeys\"")]
    [InlineData("""{ "Values": [] }""", "\"Values\" must be an object")]
    [InlineData("""{ "Values": { """, "is not valid JSON")]
    [InlineData("[]", "must be a JSON object")]
    [InlineData("""{ "ConnectionStrings": { "Storage": "UseDevelopmentStorage=true" }, "ApiKeys": [ { "Name": "x" } ] }""", "\"ApiKeys\" is not a section")]
    public void AFileTheHostCannotRead_StopsItWithTheFileAndTheReason(string json, string reason)
    {
        var path = Write(json);

        var error = Assert.Throws<InvalidDataException>(() => LocalSettingsFile.Read(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string json)
    {
        var path = Path.Combine(folder, "local.settings.json");
        File.WriteAllText(path, json);
        return path;
    }
}
