using System.Security.Claims;

namespace Genoptraening.Web.Security;

/// <summary>Who is calling, as the API key says: a role and its scope.</summary>
public sealed record Caller(string Name, string Role, string? Sender, string? Municipality)
{
    public const string Hospital = "hospital";
    public const string MunicipalityRole = "municipality";
    public const string Admin = "admin";

    private const string SenderClaim = "genoptraening:sender";
    private const string MunicipalityClaim = "genoptraening:municipality";

    public bool IsAdmin => Role == Admin;

    public ClaimsPrincipal ToPrincipal(string scheme)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, Name), new(ClaimTypes.Role, Role) };
        if (Sender is not null)
        {
            claims.Add(new Claim(SenderClaim, Sender));
        }

        if (Municipality is not null)
        {
            claims.Add(new Claim(MunicipalityClaim, Municipality));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    public static Caller From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new Caller(
            user.FindFirstValue(ClaimTypes.Name) ?? string.Empty,
            user.FindFirstValue(ClaimTypes.Role) ?? string.Empty,
            user.FindFirstValue(SenderClaim),
            user.FindFirstValue(MunicipalityClaim));
    }
}
