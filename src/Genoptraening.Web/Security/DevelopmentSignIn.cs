using Genoptraening.Web.Http;

namespace Genoptraening.Web.Security;

/// <summary>
/// The development sign-in (pick a municipality, no password): only where a host offers it (the local host registers this
/// service; the Functions app never does) and <c>Dashboard:Authentication</c> is <see cref="Mode"/>, set explicitly (the
/// development settings, <c>local.settings.sample.json</c>, do). A host with it refuses to start in an Azure app.
/// </summary>
public sealed class DevelopmentSignIn
{
    public const string Mode = "Development";

    /// <summary>Whether the request's host offers the development sign-in now.</summary>
    public static bool IsOpen(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetService<DevelopmentSignIn>() is not null && IsChosen(services.GetRequiredService<IConfiguration>());
    }

    /// <summary>Throws where the development sign-in is set and <c>WEBSITE_SITE_NAME</c> says this is an Azure app.</summary>
    public static void RefuseInAzure(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (IsChosen(configuration) && !string.IsNullOrEmpty(configuration[WebSettingKeys.AzureSiteName]))
        {
            throw new InvalidOperationException(
                $"{WebSettingKeys.DashboardAuthentication}={Mode} opens the dashboard to anyone; it may not be set in an Azure app ({WebSettingKeys.AzureSiteName} is set). Use AppService.");
        }
    }

    private static bool IsChosen(IConfiguration configuration) =>
        string.Equals(configuration[WebSettingKeys.DashboardAuthentication], Mode, StringComparison.OrdinalIgnoreCase);
}
