namespace Genoptraening.Web.Http;

/// <summary>The settings the API's handlers and the dashboard read, in both hosts (each host lists them among its own keys).</summary>
public static class WebSettingKeys
{
    /// <summary><c>ApiKeys:{n}:Name</c>, <c>:Sha256</c>, <c>:Role</c>, <c>:Sender</c>, <c>:Municipality</c>.</summary>
    public const string ApiKeys = "ApiKeys";

    /// <summary><c>Intake:Receivers:{ean}</c>: a GGOP receiver's EAN number → its municipality.</summary>
    public const string Receivers = "Intake:Receivers";

    /// <summary>
    /// <c>AppService</c>: the visitator's municipality from Azure's built-in sign-in (<see cref="Security.AppServicePrincipal"/>);
    /// <c>Development</c> (<see cref="Security.DevelopmentSignIn"/>): the local host's sign-in page, set explicitly.
    /// </summary>
    public const string DashboardAuthentication = "Dashboard:Authentication";

    /// <summary>Set by Azure App Service on every app (the site's name): where the development sign-in may not run.</summary>
    public const string AzureSiteName = "WEBSITE_SITE_NAME";

    /// <summary>Requests a second one API key or one signed-in person may make, refilled each second (<see cref="Security.RequestLimits"/>); 0 turns the limit off.</summary>
    public const string LimitPerSecond = "Limits:RequestsPerSecond";

    /// <summary>How many requests one caller may make at once before the per-second limit applies.</summary>
    public const string LimitBurst = "Limits:Burst";

    /// <summary>A header in which another platform's sign-in names the visitator's municipality.</summary>
    public const string DashboardHeader = "Dashboard:MunicipalityHeader";
}
