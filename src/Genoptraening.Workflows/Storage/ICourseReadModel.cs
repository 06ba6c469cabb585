namespace Genoptraening.Workflows.Storage;

/// <summary>The courses' read-model rows, published by every step.</summary>
public interface ICourseReadModel
{
    /// <summary>Writes the row unless a row of a later step is already there.</summary>
    Task PublishAsync(CourseSummary summary, CancellationToken cancellationToken = default);

    Task<CourseSummary?> FindAsync(Guid courseId, CancellationToken cancellationToken = default);
}
