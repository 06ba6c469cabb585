using System.Text.Json;

namespace Genoptraening.Api.Tests.Support;

/// <summary>The Functions app's <c>functions.metadata</c>, from its output folder in the tests' own configuration.</summary>
internal static class FunctionsMetadata
{
    public static JsonElement Read()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = output.Parent!.Name;
        for (var folder = output; folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "src", "Genoptraening.Functions", "bin", configuration, "net10.0", "functions.metadata");
            if (File.Exists(candidate))
            {
                return JsonDocument.Parse(File.ReadAllText(candidate)).RootElement.Clone();
            }
        }

        throw new FileNotFoundException($"The Functions app's functions.metadata was not found: build src/Genoptraening.Functions in {configuration}.");
    }
}
