using Genoptraening.Web.Http;

namespace Genoptraening.Functions;

/// <summary>
/// Every application setting the Functions app reads, for the deployment's check (infra/ may set no
/// other key on the Function App). Written with <c>:</c>; App Service settings write <c>__</c>.
/// <c>{n}</c> stands for a list index, <c>{ean}</c> for a receiver's EAN number.
/// </summary>
public static class AppSettingKeys
{
    /// <summary>A connection string: Azurite locally (<c>UseDevelopmentStorage=true</c>).</summary>
    public const string StorageConnection = "AzureWebJobsStorage";

    /// <summary>In Azure: the storage account's name, reached with the app's managed identity.</summary>
    public const string StorageAccountName = "AzureWebJobsStorage:accountName";

    public const string ApplicationInsights = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string CatalogPath = "Catalog:Path";
    public const string Receivers = WebSettingKeys.Receivers;
    public const string ApiKeys = WebSettingKeys.ApiKeys;

    /// <summary><c>AppService</c> in Azure: the dashboard's visitator from App Service authentication (Entra ID).</summary>
    public const string DashboardAuthentication = WebSettingKeys.DashboardAuthentication;

    /// <summary>What a deployment to Azure must set.</summary>
    public static IReadOnlyList<string> Required { get; } = [StorageAccountName, ApplicationInsights, $"{ApiKeys}:{{n}}:Sha256", DashboardAuthentication];

    public static IReadOnlyList<string> All { get; } =
    [
        StorageConnection,
        StorageAccountName,
        ApplicationInsights,
        CatalogPath,
        DashboardAuthentication,
        WebSettingKeys.LimitPerSecond,
        WebSettingKeys.LimitBurst,
        $"{Receivers}:{{ean}}",
        $"{ApiKeys}:{{n}}:Name",
        $"{ApiKeys}:{{n}}:Sha256",
        $"{ApiKeys}:{{n}}:Role",
        $"{ApiKeys}:{{n}}:Sender",
        $"{ApiKeys}:{{n}}:Municipality",
    ];
}
