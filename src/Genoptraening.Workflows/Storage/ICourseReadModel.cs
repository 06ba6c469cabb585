using Genoptraening.Domain.Reports;
using NodaTime;

namespace Genoptraening.Workflows.Storage;

/// <summary>The courses' read-model rows, published by every step.</summary>
public interface ICourseReadModel
{
    /// <summary>Writes the row unless a row of a later step is already there.</summary>
    Task PublishAsync(CourseSummary summary, CancellationToken cancellationToken = default);

    /// <summary>A page of a municipality's courses, most urgent first, without reading the whole municipality.</summary>
    Task<CoursePage> ListAsync(CourseListQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The first <paramref name="top"/> of a municipality's active courses with an open alert, the most urgent alert
    /// first (<see cref="CourseOrder.InboxKeyOf"/>): one range read of just those courses.
    /// </summary>
    Task<IReadOnlyList<CourseSummary>> ListInboxAsync(string municipality, int top, CancellationToken cancellationToken = default);

    /// <summary>A municipality's courses received in [<paramref name="from"/>, <paramref name="to"/>), counted by standard version and report facts.</summary>
    Task<IReadOnlyList<FactsCount>> CountFactsAsync(string municipality, Instant from, Instant to, CancellationToken cancellationToken = default);

    /// <summary>Deletes the course's rows; safe to repeat.</summary>
    Task DeleteAsync(string municipality, Guid courseId, CancellationToken cancellationToken = default);

    /// <summary>A course's row, read in its municipality's partition.</summary>
    Task<CourseSummary?> FindAsync(string municipality, Guid courseId, CancellationToken cancellationToken = default);
}
