namespace Genoptraening.Domain.Vocabulary;

/// <summary>How the municipality told the citizen something in writing or in person (RULES.md § 4).</summary>
public enum InformationChannel
{
    /// <summary>Digital Post (e-Boks, mit.dk), the municipality's default for a written notice.</summary>
    DigitalPost,

    Letter,

    Phone,

    InPerson,
}
