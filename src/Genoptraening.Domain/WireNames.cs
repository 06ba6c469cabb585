using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Deadlines;

namespace Genoptraening.Domain;

/// <summary>The camelCase names the catalog, the API and <c>simulate</c> use for the domain's enums.</summary>
public static class WireNames
{
    public static string ToWireName(this DeadlineKind kind) => Camel(kind.ToString());

    public static string ToWireName(this DeadlineStatus status) => Camel(status.ToString());

    public static string ToWireName(this OffsetUnit unit) => Camel(unit.ToString());

    public static string ToWireName(this CourseOutcome outcome) => Camel(outcome.ToString());

    public static string ToWireName(this Catalog.QualityMetric metric) => Camel(metric.ToString());

    /// <summary>Parses a camelCase name exactly (no numbers, no other casing).</summary>
    public static bool TryParse<TEnum>(string? wireName, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (Camel(candidate.ToString()) == wireName)
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>All wire names of an enum, for error messages.</summary>
    public static string ListOf<TEnum>()
        where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetValues<TEnum>().Select(v => Camel(v.ToString())));

    private static string Camel(string pascal) => char.ToLowerInvariant(pascal[0]) + pascal[1..];
}
