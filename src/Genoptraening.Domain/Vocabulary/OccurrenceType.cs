namespace Genoptraening.Domain.Vocabulary;

/// <summary>
/// The events of RULES.md § 4 recorded on a course: by municipal staff, and the hospital's corrections and
/// cancellations of its plan (§ 9); the names are the wire names.
/// </summary>
public enum OccurrenceType
{
    CitizenContacted,
    Visitated,
    ProviderContacted,
    InitialExaminationHeld,
    StartOffered,
    StartOfferDeclined,
    CitizenMissedResponseDeadline,
    TrainingStarted,
    MidwayEvaluationHeld,
    ExtensionGranted,
    NoShow,
    CourseCompleted,
    CourseCancelled,
    ExtendedFreeChoiceExercised,
    CitizenInformedOfFreeChoice,
    CitizenReplied,
    FreeChoiceDeclined,
    TransferredToOtherMunicipality,
    PlanCorrected,
    PlanCancelled,
    PlanMisdirected,
}
