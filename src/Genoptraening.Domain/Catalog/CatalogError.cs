namespace Genoptraening.Domain.Catalog;

/// <summary>One mistake in a catalog file, naming the file, the standard (when known) and the field.</summary>
public sealed record CatalogError(string File, string? Standard, string Field, string Message)
{
    public override string ToString() =>
        Standard is null ? $"{File}: {Field}: {Message}" : $"{File}: {Standard}: {Field}: {Message}";
}
