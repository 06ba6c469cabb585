namespace Genoptraening.Api.Tests.Support;

/// <summary>The repository the tests run from: the folder holding the solution, above their output folder.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    /// <summary>The committed development settings, in Azure Functions' format.</summary>
    public static string SampleSettings => Path.Combine(Root, "local.settings.sample.json");

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Genoptraening.Workflows.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found.");
    }
}
