using Genoptraening.Api.Engine;
using Genoptraening.Web;
using Genoptraening.Workflows.Hosting;
using Genoptraening.Web.Security;

namespace Genoptraening.Api.Extensions;

/// <summary>
/// Every configuration key the host reads, for the deployment's check (infra/ may set no other key).
/// The options sections are listed by reflection, so a new option property is a new key at once.
/// <c>{n}</c> stands for a list index, <c>{ean}</c> for a receiver's EAN number.
/// </summary>
public static class SettingKeys
{
    public const string StorageConnection = "ConnectionStrings:Storage";
    public const string TablePrefix = "Storage:TablePrefix";
    public const string CatalogPath = "Catalog:Path";
    public const string Receivers = WebSettingKeys.Receivers;
    public const string DashboardHeader = "Dashboard:MunicipalityHeader";
    public const string DemoSeed = "Demo:Seed";
    public const string ApiKeys = WebSettingKeys.ApiKeys;

    /// <summary>What a production deployment must set.</summary>
    public static IReadOnlyList<string> Required { get; } = ["ASPNETCORE_ENVIRONMENT", StorageConnection];

    public static IReadOnlyList<string> All { get; } =
    [
        "ASPNETCORE_ENVIRONMENT",
        "urls",
        StorageConnection,
        TablePrefix,
        TaskHubConfiguration.HubNameKey,
        CatalogPath,
        $"{Receivers}:{{ean}}",
        DashboardHeader,
        DemoSeed,
        .. Section(ClockOptions.Section, typeof(ClockOptions)),
        .. Section($"{ApiKeys}:{{n}}", typeof(ApiKeyEntry)),
    ];

    private static IEnumerable<string> Section(string section, Type options) =>
        options.GetProperties().Where(p => p.CanWrite).Select(p => $"{section}:{p.Name}");
}
