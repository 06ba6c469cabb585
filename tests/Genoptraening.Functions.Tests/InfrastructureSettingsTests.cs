using System.Text.Json;
using System.Text.RegularExpressions;
using Genoptraening.Workflows.Storage.Azure;
using Xunit;

namespace Genoptraening.Functions.Tests;

/// <summary>
/// The application settings infra/ gives the Function App (<c>local.app_settings</c> in settings.tf, the
/// only settings the site gets) are exactly keys the Functions app reads (<see cref="AppSettingKeys"/>),
/// include the required ones, and hold no connection string or account key; the tables the app writes
/// are created by infra/ (the Functions app does not create them), and so is a queue for every
/// municipality of the catalog the app ships.
/// </summary>
public sealed partial class InfrastructureSettingsTests
{
    private static readonly string Infra = Path.Combine(RepositoryRoot(), "infra");

    [Fact]
    public void EverySettingTheInfrastructureSets_IsReadByTheApp()
    {
        var known = AppSettingKeys.All.Select(Pattern).ToList();

        Assert.All(SettingsInTerraform(), key => Assert.True(known.Any(p => p.IsMatch(key)), $"infra/ sets {key}, which the Functions app does not read"));
    }

    [Fact]
    public void EveryRequiredSetting_IsSetByTheInfrastructure()
    {
        var set = SettingsInTerraform();

        Assert.All(AppSettingKeys.Required, key => Assert.True(set.Any(Pattern(key).IsMatch), $"infra/ does not set {key}"));
    }

    [Fact]
    public void TheCheck_WouldCatchAKeyTheAppDoesNotRead()
    {
        var known = AppSettingKeys.All.Select(Pattern).ToList();

        Assert.All(
            ["ConnectionStrings:Storage", "Dashboard:MunicipalityHeader", "ApiKeys:{n}:Secret", "ApiKeys:{n}", "Intake:Receivers", "FUNCTIONS_WORKER_RUNTIME"],
            key => Assert.DoesNotContain(known, p => p.IsMatch(key)));
    }

    [Fact]
    public void TheFunctionApp_GetsTheSettingsOfSettingsTfAndNoOthers()
    {
        var files = Directory.GetFiles(Infra, "*.tf").ToDictionary(f => Path.GetFileName(f), File.ReadAllText, StringComparer.Ordinal);

        var appSettings = files.SelectMany(f => AppSettingsAttribute().Matches(f.Value)).ToList();
        Assert.Single(appSettings);
        Assert.Contains("local.app_settings", appSettings[0].Value, StringComparison.Ordinal);
        Assert.Equal(["settings.tf"], files.Where(f => f.Value.Contains("app_settings = ", StringComparison.Ordinal)).Select(f => f.Key));

        // A setting written anywhere else would escape the check above.
        Assert.All(
            files.Where(f => f.Key != "settings.tf"),
            f => Assert.DoesNotContain(QuotedKeys(f.Value), key => key.Contains("__", StringComparison.Ordinal) || key.StartsWith("APPLICATIONINSIGHTS", StringComparison.Ordinal)));
    }

    [Fact]
    public void TheInfrastructure_UsesNoConnectionStringOrAccountKey()
    {
        var settings = SettingsInTerraform();
        var terraform = string.Concat(Directory.GetFiles(Infra, "*.tf").Select(File.ReadAllText));

        Assert.DoesNotContain("AzureWebJobsStorage", settings);
        Assert.Contains("AzureWebJobsStorage:accountName", settings);
        Assert.DoesNotMatch(@"primary_connection_string|secondary_connection_string|primary_access_key|secondary_access_key|AccountKey=", terraform);
        Assert.Matches(@"shared_access_key_enabled\s*=\s*false", terraform);
        Assert.Matches(@"""ApiKeys__\$\{i\}__Sha256""\s*=\s*""@Microsoft\.KeyVault\(SecretUri=", File.ReadAllText(Path.Combine(Infra, "settings.tf")));
    }

    [Fact]
    public void EveryCourseTable_IsCreatedByTheInfrastructure()
    {
        var storage = File.ReadAllText(Path.Combine(Infra, "storage.tf"));

        Assert.All(AzureCourseStores.For("UseDevelopmentStorage=true").Tables, table => Assert.Contains($"\"{table.Name}\"", storage, StringComparison.Ordinal));
    }

    [Fact]
    public void TheAuditTrailsContainer_IsImmutableWithAppendsOnly_AndTheDataPlanesAreLogged()
    {
        var audit = File.ReadAllText(Path.Combine(Infra, "audit.tf"));

        Assert.Contains($"name                  = \"{BlobAuditLog.Container}\"", audit, StringComparison.Ordinal);
        Assert.Contains("protected_append_writes_enabled       = true", audit, StringComparison.Ordinal);
        Assert.Contains("toset([\"blobServices\", \"queueServices\", \"tableServices\"])", audit, StringComparison.Ordinal);
        Assert.All(new[] { "StorageRead", "StorageWrite", "StorageDelete", "AuditEvent" }, category => Assert.Contains($"category = \"{category}\"", audit, StringComparison.Ordinal));
    }

    [Fact]
    public void TheDefaultMunicipalities_AreTheCatalogs()
    {
        var variables = File.ReadAllText(Path.Combine(Infra, "variables.tf"));
        var list = MunicipalitiesDefault().Match(variables);
        Assert.True(list.Success, "variables.tf: variable \"municipalities\" has no default list");

        // Every municipality's file; the national free-choice list (free-choice-providers.json) names none.
        var catalog = Directory.GetFiles(Path.Combine(RepositoryRoot(), "catalog"), "*.json")
            .Select(file => JsonDocument.Parse(File.ReadAllText(file)).RootElement)
            .Where(root => root.TryGetProperty("municipality", out _))
            .Select(root => root.GetProperty("municipality").GetString());
        Assert.Equal(catalog.Order(StringComparer.Ordinal), QuotedString().Matches(list.Groups[1].Value).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal));
    }

    /// <summary>The keys of settings.tf (quoted, before <c>=</c> or <c>=&gt;</c>), with <c>:</c> for <c>__</c> and <c>{n}</c> for a template part.</summary>
    private static HashSet<string> SettingsInTerraform()
    {
        var settings = QuotedKeys(File.ReadAllText(Path.Combine(Infra, "settings.tf")))
            .Select(key => TemplatePart().Replace(key, "{n}").Replace("__", ":", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(settings);
        return settings;
    }

    private static IEnumerable<string> QuotedKeys(string terraform) => QuotedKey().Matches(terraform).Select(m => m.Groups[1].Value);

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

    // "AzureWebJobsStorage__accountName" = ..., "ApiKeys__${i}__Sha256" = ..., "Intake__Receivers__${ean}" => ...
    [GeneratedRegex("\"([^\"\\s]+)\"\\s*(?:=(?!=)|=>)")]
    private static partial Regex QuotedKey();

    // appSettings = [for name, value in local.app_settings : ...]
    [GeneratedRegex(@"\bappSettings\s*=\s*[^\n]*")]
    private static partial Regex AppSettingsAttribute();

    [GeneratedRegex(@"variable ""municipalities"" \{[^}]*?default\s*=\s*\[([^\]]*)\]")]
    private static partial Regex MunicipalitiesDefault();

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex QuotedString();

    [GeneratedRegex(@"\$\{[^}]+\}")]
    private static partial Regex TemplatePart();
}
