namespace Genoptraening.Web.Security;

/// <summary>
/// One API key as configured (<c>ApiKeys</c>): only its SHA-256 hash is stored, with the caller's role
/// and scope (a hospital's sender id, a municipality's id).
/// </summary>
public sealed class ApiKeyEntry
{
    /// <summary>A name for logs and audit entries, e.g. <c>dev-rebild</c>.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Lower-case hex SHA-256 of the key.</summary>
    public string Sha256 { get; set; } = string.Empty;

    /// <summary><c>hospital</c>, <c>municipality</c> or <c>admin</c>.</summary>
    public string Role { get; set; } = string.Empty;

    /// <summary>Hospitals: the sender id (EAN/GLN) of their plans.</summary>
    public string? Sender { get; set; }

    /// <summary>Municipalities: the municipality's id, e.g. <c>rebild</c>.</summary>
    public string? Municipality { get; set; }
}
