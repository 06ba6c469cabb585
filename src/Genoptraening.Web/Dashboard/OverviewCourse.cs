using Genoptraening.Domain.Catalog;
using Genoptraening.Workflows.Reads;
using Genoptraening.Workflows.Storage;
using NodaTime;

namespace Genoptraening.Web.Dashboard;

/// <summary>
/// A course as the overview lists it: from its read-model row, which the step publishes with what the
/// overview shows (<see cref="CourseProgress"/>), so a page is one range read of the municipality's rows.
/// A row published before rows carried that is read from the course's history instead, until its next step.
/// </summary>
public sealed record OverviewCourse(Guid Id, string? ReferralKey, Instant ReceivedAt, StandardVersion Rules, bool Ended, CourseProgress Progress)
{
    public static async Task<IReadOnlyList<OverviewCourse>> LoadAsync(
        IReadOnlyList<CourseSummary> rows, CourseReader reader, ServiceCatalog catalog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(catalog);
        var fromRows = rows.Select(r => FromRow(r, catalog)).ToList();
        var older = rows.Where((_, i) => fromRows[i] is null).Select(r => r.CourseId).ToList();
        var fromHistories = older.Count == 0
            ? []
            : (await reader.LoadManyAsync(older, cancellationToken).ConfigureAwait(false)).ToDictionary(c => c.Id, FromHistory);
        return [.. rows.Select((r, i) => fromRows[i] ?? fromHistories.GetValueOrDefault(r.CourseId)).OfType<OverviewCourse>()];
    }

    private static OverviewCourse? FromRow(CourseSummary row, ServiceCatalog catalog) =>
        row.Progress is { } progress && StandardId.TryParse(row.Standard, out var standard) && catalog.Version(standard, row.StandardVersion) is { } rules
            ? new OverviewCourse(row.CourseId, row.ReferralKey, row.ReceivedAt, rules, row.Outcome is not null, progress)
            : null;

    private static OverviewCourse FromHistory(CourseRecord course)
    {
        var state = course.State;
        return new OverviewCourse(course.Id, course.ReferralKey, state.Referral!.ReceivedAt, state.Rules!, state.IsEnded, CourseProgress.Of(state));
    }
}
