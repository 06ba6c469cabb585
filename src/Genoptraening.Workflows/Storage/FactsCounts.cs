using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Reports;

namespace Genoptraening.Workflows.Storage;

/// <summary>Read-model rows counted by standard version and report facts, for the quality report.</summary>
public static class FactsCounts
{
    public static IReadOnlyList<FactsCount> Of(IEnumerable<CourseSummary> rows) => Of(rows.Select(r => (r.Standard, r.StandardVersion, r.Facts)));

    /// <summary>Counts rows read with the three properties the report needs only; equal facts are counted together.</summary>
    public static IReadOnlyList<FactsCount> Of(IEnumerable<(string Standard, int StandardVersion, CourseFacts Facts)> rows)
    {
        var counts = new List<FactsCount>();
        foreach (var group in rows.GroupBy(r => r))
        {
            if (StandardId.TryParse(group.Key.Standard, out var standard))
            {
                counts.Add(new FactsCount(standard, group.Key.StandardVersion, group.Key.Facts, group.Count()));
            }
        }

        return counts;
    }
}
