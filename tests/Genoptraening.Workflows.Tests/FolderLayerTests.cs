using System.Text.RegularExpressions;
using Xunit;

namespace Genoptraening.Workflows.Tests;

/// <summary>
/// The folders of each project depend on each other one way only (README, "Layout"): a folder's code names only
/// folders listed before it, by a <c>using</c> directive, a qualified name, or a sibling namespace's name. Files at a
/// project's root compose the rest and may use any folder.
/// </summary>
public partial class FolderLayerTests
{
    public static TheoryData<string, string[]> Layers => new()
    {
        { "Genoptraening.Domain", ["Vocabulary", "Calendar", "Deadlines", "Catalog", "Courses", "Reports"] },
        {
            "Genoptraening.Workflows",
            ["Clock", "Telemetry", "Catalog", "Serialization", "Views", "Alerts", "Storage", "Steps", "Orchestration", "Reads", "Requests", "Retention", "Operations", "TimeSkipping", "Simulation", "Hosting"]
        },
        { "Genoptraening.Web", ["Http", "Intake", "Security", "Reports", "Letters", "Dashboard", "Endpoints"] },
        { "Genoptraening.Api", ["Properties", "Engine", "Http", "Endpoints", "Dashboard", "Extensions"] },
    };

    [Theory]
    [MemberData(nameof(Layers))]
    public void EachFolder_UsesOnlyTheFoldersBeforeIt(string project, string[] layers)
    {
        var source = Path.Combine(RepositoryRoot(), "src", project);
        var folders = Directory.GetDirectories(source).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).Order().ToList();
        Assert.Equal(layers.Order(), folders);

        var wrong = new List<string>();
        foreach (var file in Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("obj", StringComparison.Ordinal) || relative.StartsWith("bin", StringComparison.Ordinal) || !relative.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            var folder = relative[..relative.IndexOf(Path.DirectorySeparatorChar, StringComparison.Ordinal)];
            var allowed = layers.TakeWhile(l => l != folder).ToHashSet();
            var text = Comment().Replace(File.ReadAllText(file), string.Empty);
            foreach (var used in layers.Where(l => l != folder && !allowed.Contains(l)))
            {
                if (Regex.IsMatch(text, $@"{Regex.Escape(project)}\.{used}\b") || Regex.IsMatch(text, $@"(?<![\w.""]){used}\.[A-Z]"))
                {
                    wrong.Add($"{relative} uses {used}");
                }
            }
        }

        Assert.Empty(wrong);
    }

    private static string RepositoryRoot()
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

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex Comment();
}
