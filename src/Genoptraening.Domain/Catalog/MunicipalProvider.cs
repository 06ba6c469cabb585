namespace Genoptraening.Domain.Catalog;

/// <summary>
/// One of the municipality's own approved providers (its training centres, or providers it has approved), which
/// <c>ProviderContacted</c> may name (RULES.md § 10). The citizen's free choice among them is the ordinary one; the
/// extended free choice is among the national list's (<see cref="FreeChoiceProvider"/>).
/// </summary>
public sealed record MunicipalProvider(string Id, string Name);
