using Microsoft.Extensions.Configuration;

namespace Genoptraening.Functions;

/// <summary>
/// host.json as the Functions host reads it, so the app's own task-hub client joins the hub the
/// Durable extension runs: the file beside the app, then the host's overrides from the environment
/// (<c>AzureFunctionsJobHost__extensions__durableTask__hubName</c> and the like).
/// </summary>
public static class HostJsonSettings
{
    public const string OverridePrefix = "AzureFunctionsJobHost__";

    public static IConfigurationBuilder AddHostJson(this IConfigurationBuilder configuration, string folder)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration
            .AddJsonFile(Path.Combine(folder, "host.json"), optional: false, reloadOnChange: false)
            .AddEnvironmentVariables(OverridePrefix);
    }
}
