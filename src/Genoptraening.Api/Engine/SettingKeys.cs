namespace Genoptraening.Api.Engine;

/// <summary>
/// The configuration keys of this host's own (README.md "Settings"); the API's handlers read theirs
/// from <see cref="Web.WebSettingKeys"/>, the task hub's from <see cref="Workflows.Hosting.TaskHubConfiguration"/>.
/// </summary>
public static class SettingKeys
{
    public const string StorageConnection = "ConnectionStrings:Storage";
    public const string TablePrefix = "Storage:TablePrefix";
    public const string CatalogPath = "Catalog:Path";
    public const string DemoSeed = "Demo:Seed";
}
