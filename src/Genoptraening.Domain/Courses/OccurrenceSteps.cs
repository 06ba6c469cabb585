using Genoptraening.Domain.Vocabulary;
using NodaTime;

namespace Genoptraening.Domain.Courses;

/// <summary>What a recorded occurrence does to a course (RULES.md § 4), once it has been found to fit.</summary>
internal static class OccurrenceSteps
{
    public static void Apply(DecisionBuilder builder, Occurrence occurrence)
    {
        DeadlineSteps.Satisfy(builder, occurrence);
        if (occurrence is not Occurrence.Visitated { Granted: false })
        {
            DeadlineSteps.OpenAnchoredOn(builder, occurrence.Type, occurrence.At);
        }

        switch (occurrence)
        {
            case Occurrence.Visitated { Granted: false }:
                End(builder, CourseOutcome.Rejected, occurrence.At);
                break;
            case Occurrence.StartOfferDeclined or Occurrence.CitizenMissedResponseDeadline:
                DeadlineSteps.Waive(builder, occurrence);
                break;
            case Occurrence.ExtensionGranted extension:
                DeadlineSteps.Extend(builder, DeadlineKind.End, extension.Weeks, extension.At);
                break;
            case Occurrence.NoShow when builder.State.NoShows >= builder.State.Rules!.NoShowLimit:
                End(builder, CourseOutcome.NoShows, occurrence.At);
                break;
            case Occurrence.CourseCompleted:
                End(builder, CourseOutcome.Completed, occurrence.At);
                break;
            case Occurrence.CourseCancelled:
                End(builder, CourseOutcome.Cancelled, occurrence.At);
                break;
            case Occurrence.ExtendedFreeChoiceExercised:
                End(builder, CourseOutcome.Transferred, occurrence.At);
                break;
            case Occurrence.CitizenContacted { ReplyBy: { } replyBy } contacted:
                DeadlineSteps.OpenCitizenReply(builder, replyBy, contacted.At);
                break;
            case Occurrence.TransferredToOtherMunicipality:
                End(builder, CourseOutcome.OtherMunicipality, occurrence.At);
                break;
            case Occurrence.PlanCorrected:
                DeadlineSteps.RescheduleAnchoredOnDischarge(builder, occurrence.At);
                break;
            case Occurrence.PlanCancelled:
                End(builder, CourseOutcome.Withdrawn, occurrence.At);
                break;
            case Occurrence.PlanMisdirected:
                End(builder, CourseOutcome.Misdirected, occurrence.At);
                break;
        }
    }

    /// <summary>Ends the course: pending deadlines are cancelled; breached ones stay breached.</summary>
    private static void End(DecisionBuilder builder, CourseOutcome outcome, Instant at)
    {
        DeadlineSteps.CancelPending(builder, at);
        builder.Emit(new CourseEvent.CourseEnded(at, outcome));
    }
}
