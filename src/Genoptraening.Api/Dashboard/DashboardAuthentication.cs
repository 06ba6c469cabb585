using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Genoptraening.Web.Reports;

namespace Genoptraening.Api.Dashboard;

/// <summary>
/// Who uses the dashboard: a visitator of one municipality. In Development a sign-in page lets you
/// pick the municipality (a cookie remembers it); in production the platform's authentication names
/// it: Azure's built-in sign-in with Entra ID app roles (<see cref="AppServiceAuthentication"/>), or a
/// header of another platform's (<see cref="PlatformHeaderAuthentication"/>).
/// </summary>
public static class DashboardAuthentication
{
    public const string Scheme = "Dashboard";
    public const string Policy = "dashboard";
    private const string MunicipalityClaim = "genoptraening:dashboard-municipality";

    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddRazorPages(options => options.Conventions.AuthorizeFolder("/", Policy).AllowAnonymousToPage("/SignIn"));
        builder.Services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, PlatformHeaderAuthentication>(PlatformHeaderAuthentication.SchemeName, null)
            .AddScheme<AuthenticationSchemeOptions, AppServiceAuthentication>(AppServiceAuthentication.SchemeName, null)
            .AddCookie(Scheme, options =>
        {
            options.LoginPath = "/SignIn";
            options.Cookie.Name = "genoptraening-dashboard";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        builder.Services.AddAuthorizationBuilder().AddPolicy(Policy, p => p
            .AddAuthenticationSchemes(PlatformHeaderAuthentication.SchemeName, AppServiceAuthentication.SchemeName, Scheme)
            .RequireClaim(MunicipalityClaim));
        return builder;
    }

    public static Task SignInAsync(HttpContext context, string municipality) => context.SignInAsync(Scheme, PrincipalFor(municipality, Scheme));

    public static ClaimsPrincipal PrincipalFor(string municipality, string scheme) =>
        new(new ClaimsIdentity([new Claim(MunicipalityClaim, municipality)], scheme));

    public static string MunicipalityOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(MunicipalityClaim) ?? string.Empty;
    }
}
