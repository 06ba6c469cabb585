using Genoptraening.Domain.Catalog;
using Genoptraening.Workflows.Storage;

namespace Genoptraening.Workflows.Reads;

/// <summary>
/// Lists courses across municipalities (an administrator's or a hospital's view): each
/// municipality's partition is read as one page from the same order key, and the pages are merged.
/// The order key is global (next due, then course id), so one continuation token serves them all.
/// </summary>
public sealed class CourseLists(ICourseReadModel readModel, ServiceCatalog catalog)
{
    /// <summary>
    /// A page of the courses of <paramref name="municipality"/>, or of every municipality of the catalog when null; a
    /// <paramref name="standard"/> reads its own municipality's partition only (none when it names another municipality).
    /// </summary>
    public async Task<CoursePage> ListAsync(
        string? municipality, string? standard, string? status, string? referralKeyPrefix, int top, string? continuationToken,
        CancellationToken cancellationToken = default)
    {
        if (StandardId.TryParse(standard, out var filtered))
        {
            if (municipality is not null && municipality != filtered.Municipality)
            {
                return new CoursePage([], null);
            }

            municipality = filtered.Municipality;
        }

        IEnumerable<string> municipalities = municipality is null ? catalog.Municipalities : [municipality];
        var pages = await Task.WhenAll(municipalities.Select(m =>
            readModel.ListAsync(new CourseListQuery(m, standard, status, top, continuationToken, referralKeyPrefix), cancellationToken))).ConfigureAwait(false);
        if (pages.Length == 1)
        {
            return pages[0];
        }

        var merged = pages.SelectMany(p => p.Items).OrderBy(CourseOrder.KeyOf, StringComparer.Ordinal).ToList();
        var items = merged.Take(top).ToList();
        var more = merged.Count > top || pages.Any(p => p.ContinuationToken is not null);
        return new CoursePage(items, more && items.Count > 0 ? PageToken.From(CourseOrder.KeyOf(items[^1])) : null);
    }
}
