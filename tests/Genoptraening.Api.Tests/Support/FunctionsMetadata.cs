using System.Text.Json;

namespace Genoptraening.Api.Tests.Support;

/// <summary>The Functions app's <c>functions.metadata</c>, from its output folder in the tests' own configuration.</summary>
internal static class FunctionsMetadata
{
    public static JsonElement Read()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var path = Path.Combine(Repository.Root, "src", "Genoptraening.Functions", "bin", configuration, "net10.0", "functions.metadata");
        return File.Exists(path)
            ? JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone()
            : throw new FileNotFoundException($"The Functions app's functions.metadata was not found: build src/Genoptraening.Functions in {configuration}.", path);
    }
}
