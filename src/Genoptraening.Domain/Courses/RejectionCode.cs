namespace Genoptraening.Domain.Courses;

/// <summary>
/// Why the decider refused a command: a code, with the arguments its text needs in <see cref="Decision.Rejected"/>.
/// The API's English text (<see cref="RejectionText"/>) and the dashboard's Danish text are looked up by it.
/// </summary>
public enum RejectionCode
{
    // The start (RULES.md § 5).
    AlreadyStarted,
    ReceivedInTheFuture,
    StandardTakesApplications,
    StandardTakesPlans,
    DischargeTooLate,
    PlanDatesOnApplication,
    StartNotBeforeTooLate,

    // When an event may be recorded (RULES.md § 4).
    NotStarted,
    Ended,
    AtInTheFuture,
    AtBeforeLastEvent,

    // Whether an event fits the course (RULES.md § 4).
    TrainingAlreadyStarted,
    NeedsTrainingStarted,
    FreeChoiceNotTriggered,
    StartDateBeforeOffer,
    NotFromAPlan,
    ReplyByBeforeContact,
    DateOutsideCalendar,
    ProviderNotOnList,
    ProviderLacksLevel,
    ProviderNotApproved,

    // Acknowledgements.
    CommentRequired,
    NoSuchAlert,
    AlreadyAcknowledged,

    // Extensions.
    ExtensionTooShort,
    NoExtensionAllowed,
    EndBreached,
    EndNotPending,
    ExtensionBeyondMaximum,

    /// <summary>A request the step cannot read (never stored, or unreadable); its one argument says which.</summary>
    UnreadableRequest,

    /// <summary>A request to a course whose start step has not been taken yet.</summary>
    StillStarting,

    /// <summary>A referral received on a date its standard has no version for: arguments the standard and the date.</summary>
    NoVersionInEffect,

    /// <summary>A referral whose course was purged: its id is never used again. Argument: the course id.</summary>
    Purged,

    /// <summary>An answer written before refusals had codes, refusing bad input: its one argument is the English text it was written with.</summary>
    UncodedInvalidInput,

    /// <summary>An answer written before refusals had codes, refusing what the course could not take: its one argument is the English text.</summary>
    UncodedNotAllowed,
}
