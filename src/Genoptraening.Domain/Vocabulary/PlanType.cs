namespace Genoptraening.Domain.Vocabulary;

/// <summary>
/// The kind of genoptræningsplan a hospital issues (the executive order on training plans): general
/// training (almen, at the basal or advanced level), specialised training, or rehabilitation at the
/// specialised level.
/// </summary>
public enum PlanType
{
    Almen,
    Specialiseret,
    Rehabilitering,
}
