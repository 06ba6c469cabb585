using System.Text.Encodings.Web;
using Genoptraening.Domain.Catalog;
using Genoptraening.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Genoptraening.Api.Dashboard;

/// <summary>
/// Behind Azure's built-in authentication (App Service, Container Apps) with Entra ID: the visitator's
/// municipality from the app role in <see cref="AppServicePrincipal.Header"/>. Trusted only when
/// <c>Dashboard:Authentication</c> is <c>AppService</c> (the platform then strips a caller's own
/// header), and only for the dashboard: the API keeps its own keys.
/// </summary>
public sealed class AppServiceAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IConfiguration configuration, ServiceCatalog catalog)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "DashboardAppService";
    public const string Enabled = "AppService";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!string.Equals(configuration[Extensions.SettingKeys.DashboardAuthentication], Enabled, StringComparison.OrdinalIgnoreCase)
            || Request.Headers[AppServicePrincipal.Header].ToString() is not { Length: > 0 } header)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        return Task.FromResult(AppServicePrincipal.MunicipalityOf(header, catalog) is { } municipality
            ? AuthenticateResult.Success(new AuthenticationTicket(DashboardAuthentication.PrincipalFor(municipality, SchemeName), SchemeName))
            : AuthenticateResult.Fail($"The signed-in user has no {AppServicePrincipal.VisitatorRolePrefix}<municipality> role of one municipality."));
    }
}
