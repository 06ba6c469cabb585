namespace Genoptraening.Domain.Courses;

/// <summary>The specialisation level granted at visitation (basal or avanceret genoptræning).</summary>
public enum TrainingLevel
{
    Basal,
    Avanceret,
}
