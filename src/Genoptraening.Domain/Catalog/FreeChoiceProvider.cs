using Genoptraening.Domain.Vocabulary;

namespace Genoptraening.Domain.Catalog;

/// <summary>
/// A provider on the national free-choice list (a private provider with a KL agreement, RULES.md § 10): the citizen whose
/// extended free choice is triggered may choose it, when it offers the level the plan asks for.
/// </summary>
public sealed record FreeChoiceProvider(string Id, string Name, IReadOnlyList<TrainingLevel> Levels)
{
    public bool Equals(FreeChoiceProvider? other) => other is not null && (Id, Name) == (other.Id, other.Name) && Levels.SequenceEqual(other.Levels);

    public override int GetHashCode() => HashCode.Combine(Id, Name, Levels.Count);
}
