using System.Text;
using System.Text.Json;
using Genoptraening.Domain.Catalog;

namespace Genoptraening.Web.Security;

/// <summary>
/// The signed-in user as Azure App Service authentication (Entra ID) hands it to the app: the header
/// <c>X-MS-CLIENT-PRINCIPAL</c>, base64 of JSON with the token's claims. A visitator has the app role
/// <c>visitator.&lt;municipality&gt;</c> of exactly one municipality of the catalog. The platform sets
/// the header and strips a caller's own, so it is trusted only where that authentication is on.
/// </summary>
public static class AppServicePrincipal
{
    public const string Header = "X-MS-CLIENT-PRINCIPAL";
    public const string VisitatorRolePrefix = "visitator.";

    /// <summary>The visitator's municipality, or null when the header is absent, unreadable or names none (or more than one).</summary>
    public static string? MunicipalityOf(string? header, ServiceCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var municipalities = Roles(header)
            .Where(r => r.StartsWith(VisitatorRolePrefix, StringComparison.Ordinal))
            .Select(r => r[VisitatorRolePrefix.Length..])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return municipalities is [var one] && catalog.Municipalities.Contains(one) ? one : null;
    }

    /// <summary>The header in which the platform names the signed-in user (their user principal name for Entra ID).</summary>
    public const string NameHeader = "X-MS-CLIENT-PRINCIPAL-NAME";

    /// <summary>
    /// The user for the audit trail: Entra ID's <c>preferred_username</c> (unique in the tenant), else the
    /// claim the principal's <c>name_typ</c> names; null when the principal has neither.
    /// </summary>
    public static string? NameOf(string? header)
    {
        var principal = Read(header);
        return principal?.Claims.FirstOrDefault(c => c.Type == "preferred_username").Value
            ?? principal?.Claims.FirstOrDefault(c => c.Type == principal.NameType).Value;
    }

    /// <summary>The principal's role claims (the claim type its <c>role_typ</c> names, <c>roles</c> for Entra ID).</summary>
    private static IEnumerable<string> Roles(string? header) =>
        Read(header) is { } principal ? principal.Claims.Where(c => c.Type == principal.RoleType || c.Type == "roles").Select(c => c.Value) : [];

    private static Principal? Read(string? header)
    {
        if (string.IsNullOrEmpty(header))
        {
            return null;
        }

        try
        {
            using var principal = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(header)));
            var root = principal.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var claims = root.TryGetProperty("claims", out var list) && list.ValueKind == JsonValueKind.Array
                ? [.. list.EnumerateArray()
                    .Where(c => c.ValueKind == JsonValueKind.Object && Text(c, "typ") is not null && Text(c, "val") is not null)
                    .Select(c => (Text(c, "typ")!, Text(c, "val")!))]
                : new List<(string, string)>();
            return new Principal(Text(root, "role_typ") ?? "roles", Text(root, "name_typ") ?? "name", claims);
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or DecoderFallbackException)
        {
            return null;
        }
    }

    private sealed record Principal(string RoleType, string NameType, List<(string Type, string Value)> Claims);

    private static string? Text(JsonElement claim, string name) =>
        claim.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
