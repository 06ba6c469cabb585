using NodaTime;

namespace Genoptraening.Workflows.Storage;

/// <summary>
/// The audit trail of the citizen's personal data: every display of a CPR number, recorded before the number is
/// shown, and every purge, recorded before the data goes; kept when the course is purged (it holds no CPR); an
/// administrator reads it by period.
/// </summary>
public interface IPersonalDataAudit
{
    Task RecordAsync(PersonalDataView view, CancellationToken cancellationToken = default);

    /// <summary>The displays in [<paramref name="from"/>, <paramref name="to"/>), oldest first.</summary>
    Task<IReadOnlyList<PersonalDataView>> ListAsync(Instant from, Instant to, CancellationToken cancellationToken = default);
}
