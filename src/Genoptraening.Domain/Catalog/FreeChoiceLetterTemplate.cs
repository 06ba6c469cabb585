namespace Genoptraening.Domain.Catalog;

/// <summary>
/// A municipality's letter telling a citizen of the extended free choice (RULES.md § 10), as its catalog file gives
/// it: the sender's lines, the subject, and paragraphs whose <see cref="Placeholders"/> the course fills in. The
/// paragraph that is exactly <see cref="ProviderList"/> becomes the providers the citizen may choose from.
/// </summary>
public sealed record FreeChoiceLetterTemplate(IReadOnlyList<string> Sender, string Subject, IReadOnlyList<string> Paragraphs)
{
    /// <summary>The municipality's name, e.g. "Rebild Kommune".</summary>
    public const string Municipality = "{kommune}";

    /// <summary>The date of discharge the guarantee runs from (the date of receipt when the plan gives none).</summary>
    public const string Discharge = "{udskrevet}";

    /// <summary>The last day on which training should have been offered: the start guarantee's due date.</summary>
    public const string MissedDeadline = "{frist}";

    /// <summary>The day the free choice was triggered.</summary>
    public const string Triggered = "{udløst}";

    /// <summary>The training the plan asks for: "genoptræning på basalt niveau", "... på avanceret niveau", or "genoptræning".</summary>
    public const string Training = "{genoptræning}";

    /// <summary>A paragraph of its own: the providers on the national list that offer the plan's level.</summary>
    public const string ProviderList = "{leverandører}";

    public static IReadOnlyList<string> Placeholders { get; } = [Municipality, Discharge, MissedDeadline, Triggered, Training, ProviderList];

    /// <summary>The placeholders every letter must use: the deadline that was missed and the providers to choose from.</summary>
    public static IReadOnlyList<string> Required { get; } = [MissedDeadline, ProviderList];

    public bool Equals(FreeChoiceLetterTemplate? other) =>
        other is not null && Subject == other.Subject && Sender.SequenceEqual(other.Sender) && Paragraphs.SequenceEqual(other.Paragraphs);

    public override int GetHashCode() => HashCode.Combine(Subject, Sender.Count, Paragraphs.Count);
}
