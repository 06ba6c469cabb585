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

    /// <summary>The principal's role claims (the claim type its <c>role_typ</c> names, <c>roles</c> for Entra ID).</summary>
    private static IEnumerable<string> Roles(string? header)
    {
        if (string.IsNullOrEmpty(header))
        {
            return [];
        }

        try
        {
            using var principal = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(header)));
            var root = principal.RootElement;
            var roleType = root.TryGetProperty("role_typ", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() : "roles";
            return root.TryGetProperty("claims", out var claims) && claims.ValueKind == JsonValueKind.Array
                ? [.. claims.EnumerateArray()
                    .Where(c => c.ValueKind == JsonValueKind.Object && Text(c, "typ") is { } typ && (typ == roleType || typ == "roles"))
                    .Select(c => Text(c, "val"))
                    .OfType<string>()]
                : [];
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or DecoderFallbackException)
        {
            return [];
        }
    }

    private static string? Text(JsonElement claim, string name) =>
        claim.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
