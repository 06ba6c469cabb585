using System.Text.Encodings.Web;
using Genoptraening.Domain.Catalog;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Genoptraening.Api.Dashboard;

/// <summary>
/// Behind a platform's sign-in, the authentication in front of the host (with a rule that maps a
/// user's group to a municipality) sets a header naming the visitator's municipality. The host trusts it only when <c>Dashboard:MunicipalityHeader</c> names it,
/// and only for the dashboard: the API keeps its own keys.
/// </summary>
public sealed class PlatformHeaderAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IConfiguration configuration, ServiceCatalog catalog)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "DashboardHeader";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (configuration[Extensions.SettingKeys.DashboardHeader] is not { Length: > 0 } header
            || Request.Headers[header].ToString() is not { Length: > 0 } municipality)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        return Task.FromResult(catalog.Municipalities.Contains(municipality)
            ? AuthenticateResult.Success(new AuthenticationTicket(DashboardAuthentication.PrincipalFor(municipality, SchemeName), SchemeName))
            : AuthenticateResult.Fail($"The platform named an unknown municipality in {header}."));
    }
}
