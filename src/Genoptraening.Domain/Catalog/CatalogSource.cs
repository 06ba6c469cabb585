namespace Genoptraening.Domain.Catalog;

/// <summary>The text of one catalog file and its name; reading the file is the caller's business.</summary>
public sealed record CatalogSource(string FileName, string Json);
