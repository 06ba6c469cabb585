namespace Genoptraening.Workflows.Storage;

/// <summary>The citizens' CPR numbers and plan texts, keyed by course id, apart from everything else.</summary>
public interface IPersonalDataStore
{
    Task SaveAsync(Guid courseId, PersonalData data, CancellationToken cancellationToken = default);

    Task<PersonalData?> LoadAsync(Guid courseId, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid courseId, CancellationToken cancellationToken = default);
}
