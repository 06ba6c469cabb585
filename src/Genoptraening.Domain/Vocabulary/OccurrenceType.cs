namespace Genoptraening.Domain.Vocabulary;

/// <summary>The events of RULES.md § 4 that municipal staff record on a course; the names are the wire names.</summary>
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
}
