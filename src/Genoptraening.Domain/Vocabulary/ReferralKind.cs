namespace Genoptraening.Domain.Vocabulary;

public enum ReferralKind
{
    /// <summary>Genoptræningsplan from a hospital, Sundhedsloven § 140.</summary>
    Plan,

    /// <summary>Henvendelse or ansøgning from the citizen, Serviceloven § 86.</summary>
    Application,
}
