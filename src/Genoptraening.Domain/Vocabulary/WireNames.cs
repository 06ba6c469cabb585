
namespace Genoptraening.Domain.Vocabulary;

/// <summary>
/// The names the catalog, the API, <c>simulate</c> and the stored histories use for the domain's enums,
/// written out (<see cref="NameTable{TEnum}"/>): fixed for good, since stored courses and clients use them.
/// </summary>
public static class WireNames
{
    public static readonly NameTable<DeadlineKind> DeadlineKinds = new(
        (DeadlineKind.Contact, "contact"),
        (DeadlineKind.Decision, "decision"),
        (DeadlineKind.ProviderContact, "providerContact"),
        (DeadlineKind.InitialExamination, "initialExamination"),
        (DeadlineKind.Start, "start"),
        (DeadlineKind.StartGuarantee, "startGuarantee"),
        (DeadlineKind.MidwayEvaluation, "midwayEvaluation"),
        (DeadlineKind.End, "end"),
        (DeadlineKind.CitizenReply, "citizenReply"),
        (DeadlineKind.FreeChoiceNotice, "freeChoiceNotice"));

    public static readonly NameTable<DeadlineStatus> DeadlineStatuses = new(
        (DeadlineStatus.Pending, "pending"),
        (DeadlineStatus.Met, "met"),
        (DeadlineStatus.Breached, "breached"),
        (DeadlineStatus.MetLate, "metLate"),
        (DeadlineStatus.Waived, "waived"),
        (DeadlineStatus.Cancelled, "cancelled"));

    public static readonly NameTable<OffsetUnit> OffsetUnits = new(
        (OffsetUnit.Days, "days"),
        (OffsetUnit.Weeks, "weeks"),
        (OffsetUnit.Months, "months"),
        (OffsetUnit.WorkingDays, "workingDays"));

    public static readonly NameTable<CourseOutcome> Outcomes = new(
        (CourseOutcome.Completed, "completed"),
        (CourseOutcome.Rejected, "rejected"),
        (CourseOutcome.NoShows, "noShows"),
        (CourseOutcome.Cancelled, "cancelled"),
        (CourseOutcome.Transferred, "transferred"),
        (CourseOutcome.OtherMunicipality, "otherMunicipality"),
        (CourseOutcome.Withdrawn, "withdrawn"),
        (CourseOutcome.Misdirected, "misdirected"));

    public static readonly NameTable<QualityMetric> QualityMetrics = new(
        (QualityMetric.DeadlineMetOnTime, "deadlineMetOnTime"),
        (QualityMetric.ExaminationWithGoalsAtStart, "examinationWithGoalsAtStart"),
        (QualityMetric.FinalEvaluation, "finalEvaluation"),
        (QualityMetric.ContinuationRegistered, "continuationRegistered"));

    /// <summary>The events staff record (RULES.md § 4), as the API's routes and bodies name them.</summary>
    public static readonly NameTable<OccurrenceType> OccurrenceTypes = new(
        (OccurrenceType.CitizenContacted, "CitizenContacted"),
        (OccurrenceType.Visitated, "Visitated"),
        (OccurrenceType.ProviderContacted, "ProviderContacted"),
        (OccurrenceType.InitialExaminationHeld, "InitialExaminationHeld"),
        (OccurrenceType.StartOffered, "StartOffered"),
        (OccurrenceType.StartOfferDeclined, "StartOfferDeclined"),
        (OccurrenceType.CitizenMissedResponseDeadline, "CitizenMissedResponseDeadline"),
        (OccurrenceType.TrainingStarted, "TrainingStarted"),
        (OccurrenceType.MidwayEvaluationHeld, "MidwayEvaluationHeld"),
        (OccurrenceType.ExtensionGranted, "ExtensionGranted"),
        (OccurrenceType.NoShow, "NoShow"),
        (OccurrenceType.CourseCompleted, "CourseCompleted"),
        (OccurrenceType.CourseCancelled, "CourseCancelled"),
        (OccurrenceType.ExtendedFreeChoiceExercised, "ExtendedFreeChoiceExercised"),
        (OccurrenceType.CitizenInformedOfFreeChoice, "CitizenInformedOfFreeChoice"),
        (OccurrenceType.CitizenReplied, "CitizenReplied"),
        (OccurrenceType.FreeChoiceDeclined, "FreeChoiceDeclined"),
        (OccurrenceType.TransferredToOtherMunicipality, "TransferredToOtherMunicipality"),
        (OccurrenceType.PlanCorrected, "PlanCorrected"),
        (OccurrenceType.PlanCancelled, "PlanCancelled"),
        (OccurrenceType.PlanMisdirected, "PlanMisdirected"));

    public static readonly NameTable<InformationChannel> InformationChannels = new(
        (InformationChannel.DigitalPost, "digitalPost"),
        (InformationChannel.Letter, "letter"),
        (InformationChannel.Phone, "phone"),
        (InformationChannel.InPerson, "inPerson"));

    public static readonly NameTable<TrainingLevel> TrainingLevels = new(
        (TrainingLevel.Basal, "basal"),
        (TrainingLevel.Avanceret, "avanceret"));

    /// <summary>What a course's next timer does, as the API's <c>nextDue.step</c> says it.</summary>
    public static readonly NameTable<TimerKind> TimerKinds = new(
        (TimerKind.Warning, "Warning"),
        (TimerKind.Breach, "Breach"),
        (TimerKind.Level2Escalation, "Level2Escalation"));

    public static readonly NameTable<ReferralKind> ReferralKinds = new(
        (ReferralKind.Plan, "plan"),
        (ReferralKind.Application, "application"));

    public static readonly NameTable<PlanType> PlanTypes = new(
        (PlanType.Almen, "almen"),
        (PlanType.Specialiseret, "specialiseret"),
        (PlanType.Rehabilitering, "rehabilitering"));

    public static string ToWireName(this DeadlineKind kind) => DeadlineKinds.NameOf(kind);

    public static string ToWireName(this DeadlineStatus status) => DeadlineStatuses.NameOf(status);

    public static string ToWireName(this OffsetUnit unit) => OffsetUnits.NameOf(unit);

    public static string ToWireName(this CourseOutcome outcome) => Outcomes.NameOf(outcome);

    public static string ToWireName(this QualityMetric metric) => QualityMetrics.NameOf(metric);

    public static string ToWireName(this OccurrenceType type) => OccurrenceTypes.NameOf(type);

    public static string ToWireName(this TrainingLevel level) => TrainingLevels.NameOf(level);

    public static string ToWireName(this TimerKind kind) => TimerKinds.NameOf(kind);

    public static string ToWireName(this ReferralKind kind) => ReferralKinds.NameOf(kind);

    public static string ToWireName(this PlanType type) => PlanTypes.NameOf(type);

    public static string ToWireName(this InformationChannel channel) => InformationChannels.NameOf(channel);

    /// <summary>Parses a wire name exactly (no numbers, no other casing).</summary>
    public static bool TryParse<TEnum>(string? wireName, out TEnum value)
        where TEnum : struct, Enum =>
        TableOf<TEnum>().TryParse(wireName, out value);

    /// <summary>All wire names of an enum, for error messages.</summary>
    public static string ListOf<TEnum>()
        where TEnum : struct, Enum =>
        string.Join(", ", TableOf<TEnum>().Names);

    private static NameTable<TEnum> TableOf<TEnum>()
        where TEnum : struct, Enum =>
        (NameTable<TEnum>)(object)(typeof(TEnum) switch
        {
            var t when t == typeof(DeadlineKind) => DeadlineKinds,
            var t when t == typeof(DeadlineStatus) => DeadlineStatuses,
            var t when t == typeof(OffsetUnit) => OffsetUnits,
            var t when t == typeof(CourseOutcome) => Outcomes,
            var t when t == typeof(QualityMetric) => QualityMetrics,
            var t when t == typeof(OccurrenceType) => OccurrenceTypes,
            var t when t == typeof(TrainingLevel) => TrainingLevels,
            var t when t == typeof(TimerKind) => TimerKinds,
            var t when t == typeof(ReferralKind) => ReferralKinds,
            var t when t == typeof(PlanType) => PlanTypes,
            var t when t == typeof(InformationChannel) => InformationChannels,
            var t => throw new ArgumentException($"{t.Name} has no wire names."),
        });
}
