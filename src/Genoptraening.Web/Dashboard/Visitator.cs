using Genoptraening.Domain.Catalog;
using Genoptraening.Web.Http;
using Genoptraening.Web.Security;

namespace Genoptraening.Web.Dashboard;

/// <summary>
/// The dashboard's user: a visitator of one municipality. Named by the platform's sign-in in
/// production: Azure's built-in authentication with Entra ID app roles (<see cref="AppServicePrincipal"/>,
/// when <c>Dashboard:Authentication</c> is <c>AppService</c>), or a header another platform sets
/// (<c>Dashboard:MunicipalityHeader</c>). With the development sign-in a page lets you pick the municipality,
/// remembered in a cookie. Only the dashboard trusts these: the API keeps its own keys.
/// </summary>
/// <param name="Municipality">The catalog's id of the municipality, e.g. <c>rebild</c>.</param>
/// <param name="Who">The user as the sign-in names them, for the audit trail of CPR displays.</param>
public sealed record Visitator(string Municipality, string Who)
{
    public const string AppService = "AppService";
    public const string DevelopmentCookie = "genoptraening-visitator";

    /// <summary>The request's visitator, or null when no sign-in names one municipality of the catalog.</summary>
    public static Visitator? Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.RequestServices;
        var configuration = services.GetRequiredService<IConfiguration>();
        var catalog = services.GetRequiredService<ServiceCatalog>();
        var request = context.Request;
        if (IsAppService(configuration)
            && AppServicePrincipal.MunicipalityOf(request.Headers[AppServicePrincipal.Header], catalog) is { } signedIn)
        {
            var who = AppServicePrincipal.NameOf(request.Headers[AppServicePrincipal.Header])
                ?? (request.Headers[AppServicePrincipal.NameHeader].ToString() is { Length: > 0 } name ? name : $"Entra ID-bruger uden navn ({signedIn})");
            return new(signedIn, who);
        }

        if (configuration[WebSettingKeys.DashboardHeader] is { Length: > 0 } header
            && request.Headers[header].ToString() is { Length: > 0 } named && catalog.Municipalities.Contains(named))
        {
            return new(named, $"bruger logget ind via {header} ({named})");
        }

        return MayPickMunicipality(context) && request.Cookies[DevelopmentCookie] is { } picked && catalog.Municipalities.Contains(picked)
            ? new(picked, $"udviklingslogin ({picked})")
            : null;
    }

    /// <summary>
    /// Where App Service authentication signs a user in, when it is the dashboard's sign-in and the
    /// request has not been through it; it comes back to <paramref name="context"/>'s page.
    /// </summary>
    public static string? AppServiceSignIn(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var configuration = context.RequestServices.GetRequiredService<IConfiguration>();
        var request = context.Request;
        return IsAppService(configuration)
            && !request.Headers.ContainsKey(AppServicePrincipal.Header)
            ? "/.auth/login/aad?post_login_redirect_uri=" + Uri.EscapeDataString(LocalPath(request))
            : null;
    }

    /// <summary>Where App Service authentication ends the user's session, when it is the dashboard's sign-in; back to the dashboard after.</summary>
    public static string? AppServiceSignOut(HttpContext context, PageFrame frame)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(frame);
        var configuration = context.RequestServices.GetRequiredService<IConfiguration>();
        return IsAppService(configuration)
            ? "/.auth/logout?post_logout_redirect_uri=" + Uri.EscapeDataString(frame.Root)
            : null;
    }

    /// <summary>The request's own path and query, and never another site's (<c>//host</c> is one): the sign-in returns there.</summary>
    private static string LocalPath(HttpRequest request)
    {
        var path = (request.PathBase + request.Path).ToString();
        return path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal) && !path.StartsWith("/\\", StringComparison.Ordinal)
            ? path + request.QueryString
            : "/";
    }

    /// <summary>Whether the development sign-in page is open (<see cref="DevelopmentSignIn"/>).</summary>
    public static bool MayPickMunicipality(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return DevelopmentSignIn.IsOpen(context.RequestServices);
    }

    /// <summary>Whether Azure's built-in sign-in names the visitator (<c>Dashboard:Authentication=AppService</c>).</summary>
    private static bool IsAppService(IConfiguration configuration) =>
        string.Equals(configuration[WebSettingKeys.DashboardAuthentication], AppService, StringComparison.OrdinalIgnoreCase);
}
