using Genoptraening.Api.Engine;
using Genoptraening.Api.Security;

namespace Genoptraening.Api.Extensions;

/// <summary>
/// Every configuration key the host reads, for the deployment's check (infra/ may set no other key).
/// The options sections are listed by reflection, so a new option property is a new key at once.
/// <c>{n}</c> stands for a list index, <c>{ean}</c> for a receiver's EAN number.
/// </summary>
public static class SettingKeys
{
    public const string CoursesConnection = "ConnectionStrings:Courses";
    public const string EscalationQueuesConnection = "ConnectionStrings:EscalationQueues";
    public const string CatalogPath = "Catalog:Path";
    public const string Receivers = "Intake:Receivers";
    public const string DashboardHeader = "Dashboard:MunicipalityHeader";
    public const string DemoSeed = "Demo:Seed";
    public const string ApiKeys = "ApiKeys";

    /// <summary>What a production deployment must set.</summary>
    public static IReadOnlyList<string> Required { get; } =
        ["ASPNETCORE_ENVIRONMENT", $"{StoreOptions.Section}:Provider", CoursesConnection, EscalationQueuesConnection, $"{WorkerSettings.Section}:Enabled"];

    public static IReadOnlyList<string> All { get; } =
    [
        "ASPNETCORE_ENVIRONMENT",
        "urls",
        CoursesConnection,
        EscalationQueuesConnection,
        CatalogPath,
        $"{Receivers}:{{ean}}",
        DashboardHeader,
        DemoSeed,
        .. Section(StoreOptions.Section, typeof(StoreOptions)),
        .. Section(WorkerSettings.Section, typeof(WorkerSettings)),
        .. Section(ClockOptions.Section, typeof(ClockOptions)),
        .. Section($"{ApiKeys}:{{n}}", typeof(ApiKeyEntry)),
    ];

    private static IEnumerable<string> Section(string section, Type options) =>
        options.GetProperties().Where(p => p.CanWrite).Select(p => $"{section}:{p.Name}");
}
