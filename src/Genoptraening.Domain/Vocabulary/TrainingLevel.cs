namespace Genoptraening.Domain.Vocabulary;

/// <summary>The specialisation level granted at visitation (basal or avanceret genoptræning).</summary>
public enum TrainingLevel
{
    Basal,
    Avanceret,
}
