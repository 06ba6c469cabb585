using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;

namespace Genoptraening.Workflows.Serialization;

/// <summary>
/// The names a course's stored history uses for its event types and for the enums its events carry,
/// written out: fixed for good, since every stored course is read with them (a test holds them).
/// They are the names the first histories were written with, CLR names of the day among them.
/// </summary>
public static class StoredNames
{
    public const string CourseStarted = "CourseStarted";
    public const string OccurrenceRecorded = "OccurrenceRecorded";
    public const string DeadlineOpened = "DeadlineOpened";
    public const string DeadlineMet = "DeadlineMet";
    public const string DeadlineMetLate = "DeadlineMetLate";
    public const string DeadlineBreached = "DeadlineBreached";
    public const string DeadlineWaived = "DeadlineWaived";
    public const string DeadlineExtended = "DeadlineExtended";
    public const string DeadlineCancelled = "DeadlineCancelled";
    public const string DeadlineRescheduled = "DeadlineRescheduled";
    public const string WarningRaised = "WarningRaised";
    public const string EscalationRaised = "EscalationRaised";
    public const string FreeChoiceTriggered = "FreeChoiceTriggered";
    public const string CourseEnded = "CourseEnded";
    public const string AlertAcknowledged = "AlertAcknowledged";

    /// <summary>A request's command (<see cref="CommandJson"/>); requests stored before these were kept under the event names above.</summary>
    public const string StartCourseCommand = "StartCourse";
    public const string RecordCommand = "Record";
    public const string AcknowledgeCommand = "Acknowledge";

    /// <summary><c>CourseEnded.outcome</c>.</summary>
    public static readonly NameTable<CourseOutcome> Outcomes = new(
        (CourseOutcome.Completed, "Completed"),
        (CourseOutcome.Rejected, "Rejected"),
        (CourseOutcome.NoShows, "NoShows"),
        (CourseOutcome.Cancelled, "Cancelled"),
        (CourseOutcome.Transferred, "Transferred"),
        (CourseOutcome.OtherMunicipality, "OtherMunicipality"),
        (CourseOutcome.Withdrawn, "Withdrawn"),
        (CourseOutcome.Misdirected, "Misdirected"));

    /// <summary><c>CourseStarted.referral</c>.</summary>
    public static readonly NameTable<ReferralKind> ReferralKinds = new(
        (ReferralKind.Plan, "Plan"),
        (ReferralKind.Application, "Application"));

    /// <summary>An occurrence's <c>type</c> and <c>DeadlineWaived.waivedBy</c>: the API's names.</summary>
    public static NameTable<OccurrenceType> OccurrenceTypes => WireNames.OccurrenceTypes;

    /// <summary>Every <c>kind</c>: the catalog's and the API's names.</summary>
    public static NameTable<Domain.Vocabulary.DeadlineKind> DeadlineKinds => WireNames.DeadlineKinds;

    /// <summary><c>Visitated.level</c> and <c>CourseStarted.level</c>: the API's names.</summary>
    public static NameTable<TrainingLevel> TrainingLevels => WireNames.TrainingLevels;

    /// <summary><c>CourseStarted.planType</c> (written since 2026-12-07; older courses have none): the API's names.</summary>
    public static NameTable<PlanType> PlanTypes => WireNames.PlanTypes;

    /// <summary>A refusal's code in an answer row.</summary>
    public static readonly NameTable<RejectionCode> RejectionCodes = new(
        (RejectionCode.AlreadyStarted, "alreadyStarted"),
        (RejectionCode.ReceivedInTheFuture, "receivedInTheFuture"),
        (RejectionCode.StandardTakesApplications, "standardTakesApplications"),
        (RejectionCode.StandardTakesPlans, "standardTakesPlans"),
        (RejectionCode.DischargeTooLate, "dischargeTooLate"),
        (RejectionCode.PlanDatesOnApplication, "planDatesOnApplication"),
        (RejectionCode.StartNotBeforeTooLate, "startNotBeforeTooLate"),
        (RejectionCode.NotStarted, "notStarted"),
        (RejectionCode.Ended, "ended"),
        (RejectionCode.AtInTheFuture, "atInTheFuture"),
        (RejectionCode.AtBeforeLastEvent, "atBeforeLastEvent"),
        (RejectionCode.TrainingAlreadyStarted, "trainingAlreadyStarted"),
        (RejectionCode.NeedsTrainingStarted, "needsTrainingStarted"),
        (RejectionCode.FreeChoiceNotTriggered, "freeChoiceNotTriggered"),
        (RejectionCode.StartDateBeforeOffer, "startDateBeforeOffer"),
        (RejectionCode.NotFromAPlan, "notFromAPlan"),
        (RejectionCode.ReplyByBeforeContact, "replyByBeforeContact"),
        (RejectionCode.DateOutsideCalendar, "dateOutsideCalendar"),
        (RejectionCode.ProviderNotOnList, "providerNotOnList"),
        (RejectionCode.ProviderLacksLevel, "providerLacksLevel"),
        (RejectionCode.ProviderNotApproved, "providerNotApproved"),
        (RejectionCode.CommentRequired, "commentRequired"),
        (RejectionCode.NoSuchAlert, "noSuchAlert"),
        (RejectionCode.AlreadyAcknowledged, "alreadyAcknowledged"),
        (RejectionCode.ExtensionTooShort, "extensionTooShort"),
        (RejectionCode.NoExtensionAllowed, "noExtensionAllowed"),
        (RejectionCode.EndBreached, "endBreached"),
        (RejectionCode.EndNotPending, "endNotPending"),
        (RejectionCode.ExtensionBeyondMaximum, "extensionBeyondMaximum"),
        (RejectionCode.UnreadableRequest, "unreadableRequest"),
        (RejectionCode.StillStarting, "stillStarting"),
        (RejectionCode.NoVersionInEffect, "noVersionInEffect"),
        (RejectionCode.Purged, "purged"),
        (RejectionCode.UncodedInvalidInput, "uncodedInvalidInput"),
        (RejectionCode.UncodedNotAllowed, "uncodedNotAllowed"));

    /// <summary>The stored type name of an event.</summary>
    public static string Of(CourseEvent e) => e switch
    {
        CourseEvent.CourseStarted => CourseStarted,
        CourseEvent.OccurrenceRecorded => OccurrenceRecorded,
        CourseEvent.DeadlineOpened => DeadlineOpened,
        CourseEvent.DeadlineMet => DeadlineMet,
        CourseEvent.DeadlineMetLate => DeadlineMetLate,
        CourseEvent.DeadlineBreached => DeadlineBreached,
        CourseEvent.DeadlineWaived => DeadlineWaived,
        CourseEvent.DeadlineExtended => DeadlineExtended,
        CourseEvent.DeadlineCancelled => DeadlineCancelled,
        CourseEvent.DeadlineRescheduled => DeadlineRescheduled,
        CourseEvent.WarningRaised => WarningRaised,
        CourseEvent.EscalationRaised => EscalationRaised,
        CourseEvent.FreeChoiceTriggered => FreeChoiceTriggered,
        CourseEvent.CourseEnded => CourseEnded,
        CourseEvent.AlertAcknowledged => AlertAcknowledged,
        _ => throw new ArgumentException($"{e.GetType().Name} has no stored name.", nameof(e)),
    };
}
