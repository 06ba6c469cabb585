using System.Text.RegularExpressions;
using Genoptraening.Api.Extensions;
using Xunit;

namespace Genoptraening.Api.Tests;

/// <summary>The settings infra/ gives the container apps are exactly keys the host reads, and include the required ones.</summary>
public sealed partial class InfrastructureSettingsTests
{
    private static readonly string Infra = Path.Combine(RepositoryRoot(), "infra");

    [Fact]
    public void EverySettingTheInfrastructureSets_IsReadByTheHost()
    {
        var known = SettingKeys.All.Select(Pattern).ToList();

        Assert.All(SettingsInTerraform(), key => Assert.True(known.Any(p => p.IsMatch(key)), $"infra/ sets {key}, which the host does not read"));
    }

    [Fact]
    public void EveryRequiredSetting_IsSetByTheInfrastructure()
    {
        var set = SettingsInTerraform();

        Assert.All(SettingKeys.Required, key => Assert.Contains(key, set));
        Assert.Contains("ApiKeys:{n}:Sha256", set);
    }

    [Fact]
    public void TheCheck_WouldCatchAKeyTheHostDoesNotRead() =>
        Assert.DoesNotContain(SettingKeys.All.Select(Pattern), p => p.IsMatch("Store:Engine") || p.IsMatch("ApiKeys:{n}:Secret"));

    /// <summary>Setting names in the Terraform files: quoted keys with a double underscore, templates written as {n}.</summary>
    private static HashSet<string> SettingsInTerraform()
    {
        var settings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Infra, "*.tf"))
        {
            foreach (Match match in SettingName().Matches(File.ReadAllText(file)))
            {
                var name = TemplatePart().Replace(match.Groups[1].Value, "{n}").Replace("__", ":", StringComparison.Ordinal);
                settings.Add(name);
            }
        }

        Assert.NotEmpty(settings);
        return settings;
    }

    private static Regex Pattern(string key) =>
        new("^" + Regex.Escape(key).Replace(@"\{n}", "[^:]+", StringComparison.Ordinal).Replace(@"\{ean}", "[^:]+", StringComparison.Ordinal) + "$");

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

    // "ASPNETCORE_ENVIRONMENT" = ..., "Store__Provider" = ..., "ApiKeys__${i}__Name" = ..., "ApiKeys__${i}__Sha256" => ...
    [GeneratedRegex("\"((?:ASPNETCORE_ENVIRONMENT)|(?:[A-Za-z]+__[A-Za-z0-9_${}]+))\"\\s*(?:=|=>)")]
    private static partial Regex SettingName();

    [GeneratedRegex(@"\$\{[^}]+\}")]
    private static partial Regex TemplatePart();
}
