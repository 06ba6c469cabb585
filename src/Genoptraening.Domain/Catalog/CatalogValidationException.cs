namespace Genoptraening.Domain.Catalog;

/// <summary>The catalog has mistakes; the host refuses to start and lists every one.</summary>
public sealed class CatalogValidationException : Exception
{
    public CatalogValidationException(IReadOnlyList<CatalogError> errors)
        : base("The service-level catalog is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public CatalogValidationException()
        : this([])
    {
    }

    public CatalogValidationException(string message)
        : base(message)
    {
        Errors = [];
    }

    public CatalogValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public IReadOnlyList<CatalogError> Errors { get; }
}
