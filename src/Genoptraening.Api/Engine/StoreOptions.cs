using System.ComponentModel.DataAnnotations;

namespace Genoptraening.Api.Engine;

/// <summary>The <c>Store</c> section: which database holds the courses (its connection string is <c>ConnectionStrings:Courses</c>).</summary>
public sealed class StoreOptions
{
    public const string Section = "Store";

    /// <summary><c>sqlite</c> (the default: one file, no server) or <c>postgres</c>.</summary>
    [RegularExpression("^(sqlite|postgres)$", ErrorMessage = "Store:Provider must be sqlite or postgres.")]
    public string Provider { get; set; } = "sqlite";
}
