using Genoptraening.Domain.Vocabulary;
using NodaTime;

namespace Genoptraening.Domain.Courses;

/// <summary>Something that happened in a citizen's course, as recorded by municipal staff or sent by the hospital (RULES.md §§ 4, 9).</summary>
public abstract record Occurrence
{
    private Occurrence(Instant at) => At = at;

    /// <summary>When it happened.</summary>
    public Instant At { get; }

    public abstract OccurrenceType Type { get; }

    /// <summary>The municipality made contact; <paramref name="ReplyBy"/> is the reply deadline it set the citizen, if any (RULES.md § 10).</summary>
    public sealed record CitizenContacted(Instant At, LocalDate? ReplyBy = null) : Occurrence(At)
    {
        public override OccurrenceType Type => OccurrenceType.CitizenContacted;
    }

    /// <summary>The visitator's decision; a refusal ends the course with outcome <c>rejected</c>.</summary>
    public sealed record Visitated(Instant At, bool Granted, TrainingLevel? Level) : Occurrence(At)
    {
        public override OccurrenceType Type => OccurrenceType.Visitated;
    }

    /// <summary>The municipality contacted the provider that will train the citizen: one of its own approved providers, when <paramref name="Provider"/> names it (RULES.md § 10).</summary>
    public sealed record ProviderContacted(Instant At, string? Provider = null) : Occurrence(At)
    {
        public override OccurrenceType Type => OccurrenceType.ProviderContacted;
    }

    public sealed record InitialExaminationHeld(Instant At, bool GoalsSet = true) : Occurrence(At)
    {
        public override OccurrenceType Type => OccurrenceType.InitialExaminationHeld;
    }

    /// <summary>The municipality offers the citizen to start training on <paramref name="StartDate"/>.</summary>
    public sealed record StartOffered(Instant At, LocalDate StartDate) : Occurrence(At)
    {
        public override OccurrenceType Type => OccurrenceType.StartOffered;
    }

    /// <summary>The citizen prefers to wait: waives the start guarantee.</summary>
    public sealed record StartOfferDeclined(Instant At) : Occurrence(At)
    {
        public override OccurrenceType Type => OccurrenceType.StartOfferDeclined;
    }

    /// <summary>The citizen did not answer the municipality in time: waives the start guarantee.</summary>
    public sealed record CitizenMissedResponseDeadline(Instant At) : Occurrence(At)
    {
        public override OccurrenceType Type => OccurrenceType.CitizenMissedResponseDeadline;
    }

    public sealed record TrainingStarted(Instant At) : Occurrence(At)
    {
        public override OccurrenceType Type => OccurrenceType.TrainingStarted;
    }

    public sealed record MidwayEvaluationHeld(Instant At) : Occurrence(At)
    {
        public override OccurrenceType Type => OccurrenceType.MidwayEvaluationHeld;
    }

    public sealed record ExtensionGranted(Instant At, int Weeks) : Occurrence(At)
    {
        public override OccurrenceType Type => OccurrenceType.ExtensionGranted;
    }

    public sealed record NoShow(Instant At) : Occurrence(At)
    {
        public override OccurrenceType Type => OccurrenceType.NoShow;
    }

    /// <summary>
    /// The final evaluation: whether the goals were attained (null when not recorded) and
    /// <paramref name="Continuation"/>, where the citizen trains on.
    /// </summary>
    public sealed record CourseCompleted(Instant At, bool? GoalsAttained, string? Continuation) : Occurrence(At)
    {
        public override OccurrenceType Type => OccurrenceType.CourseCompleted;
    }

    public sealed record CourseCancelled(Instant At, string? Reason) : Occurrence(At)
    {
        public override OccurrenceType Type => OccurrenceType.CourseCancelled;
    }

    /// <summary>The citizen chose a private provider from the national list (udvidet frit valg).</summary>
    public sealed record ExtendedFreeChoiceExercised(Instant At, string? Provider) : Occurrence(At)
    {
        public override OccurrenceType Type => OccurrenceType.ExtendedFreeChoiceExercised;
    }

    /// <summary>The municipality told the citizen of the extended free choice (RULES.md § 10), by <paramref name="Channel"/>.</summary>
    public sealed record CitizenInformedOfFreeChoice(Instant At, InformationChannel Channel) : Occurrence(At)
    {
        public override OccurrenceType Type => OccurrenceType.CitizenInformedOfFreeChoice;
    }

    /// <summary>The citizen answered the municipality: meets the citizen's reply deadline.</summary>
    public sealed record CitizenReplied(Instant At) : Occurrence(At)
    {
        public override OccurrenceType Type => OccurrenceType.CitizenReplied;
    }

    /// <summary>The citizen prefers to wait for the municipality's own offer (KL: "FritValg afslået"); the course goes on.</summary>
    public sealed record FreeChoiceDeclined(Instant At) : Occurrence(At)
    {
        public override OccurrenceType Type => OccurrenceType.FreeChoiceDeclined;
    }

    /// <summary>The citizen trains in another municipality (<paramref name="Municipality"/>, as given): outcome <c>otherMunicipality</c>.</summary>
    public sealed record TransferredToOtherMunicipality(Instant At, string Municipality) : Occurrence(At)
    {
        public override OccurrenceType Type => OccurrenceType.TransferredToOtherMunicipality;
    }

    /// <summary>
    /// The hospital corrected its plan (a <c>rettetbrev</c>, RULES.md § 9): from <see cref="Occurrence.At"/> on, the corrected
    /// plan's fields replace the plan's, all of them (one it leaves out is absent); the citizen and the municipality stay.
    /// </summary>
    public sealed record PlanCorrected(Instant At, LocalDate? DischargeDate, LocalDate? StartNotBefore, PlanType? PlanType, TrainingLevel? Level) : Occurrence(At)
    {
        public override OccurrenceType Type => OccurrenceType.PlanCorrected;
    }

    /// <summary>The hospital cancelled its plan (an <c>annulleretbrev</c>): the course ends <c>withdrawn</c>.</summary>
    public sealed record PlanCancelled(Instant At, string? Reason) : Occurrence(At)
    {
        public override OccurrenceType Type => OccurrenceType.PlanCancelled;
    }

    /// <summary>The municipality found the plan was sent to the wrong municipality (KL: "Fejlafsendt"): the course ends <c>misdirected</c>.</summary>
    public sealed record PlanMisdirected(Instant At) : Occurrence(At)
    {
        public override OccurrenceType Type => OccurrenceType.PlanMisdirected;
    }
}
