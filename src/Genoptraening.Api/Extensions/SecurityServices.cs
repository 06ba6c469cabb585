using Genoptraening.Api.Security;
using Microsoft.AspNetCore.Authentication;

namespace Genoptraening.Api.Extensions;

/// <summary>API keys (<c>x-api-key</c>) and one policy per role.</summary>
public static class SecurityServices
{
    public const string Hospitals = "hospitals";
    public const string Municipalities = "municipalities";
    public const string Administrators = "administrators";
    public const string Readers = "readers";

    public static WebApplicationBuilder AddApiKeys(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<ApiKeyRegistry>();
        builder.Services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Hospitals, p => p.RequireRole(Caller.Hospital))
            .AddPolicy(Municipalities, p => p.RequireRole(Caller.MunicipalityRole))
            .AddPolicy(Administrators, p => p.RequireRole(Caller.Admin))
            .AddPolicy(Readers, p => p.RequireAuthenticatedUser());
        return builder;
    }
}
