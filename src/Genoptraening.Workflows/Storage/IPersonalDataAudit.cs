using NodaTime;

namespace Genoptraening.Workflows.Storage;

/// <summary>
/// The audit trail of CPR displays: each is recorded before the number is shown, and kept when the
/// course is purged (it holds no CPR); an administrator reads it by period.
/// </summary>
public interface IPersonalDataAudit
{
    Task RecordAsync(PersonalDataView view, CancellationToken cancellationToken = default);

    /// <summary>The displays in [<paramref name="from"/>, <paramref name="to"/>), oldest first.</summary>
    Task<IReadOnlyList<PersonalDataView>> ListAsync(Instant from, Instant to, CancellationToken cancellationToken = default);
}
