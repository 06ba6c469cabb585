using System.Collections.Immutable;

namespace Genoptraening.Domain.Courses;

/// <summary>
/// The English text of a refusal, as the API's problem details and <c>simulate</c> give it: looked up by
/// the refusal's code and filled with its arguments.
/// </summary>
public static class RejectionText
{
    public static string English(Decision.Rejected rejected)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        return English(rejected.Code, rejected.Args);
    }

    public static string English(RejectionCode code, ImmutableArray<string> args)
    {
        string Arg(int i) => i < args.Length ? args[i] : "?";
        return code switch
        {
            RejectionCode.AlreadyStarted => "the course has already started",
            RejectionCode.ReceivedInTheFuture => $"receivedAt {Arg(0)} lies in the future",
            RejectionCode.StandardTakesApplications => $"{Arg(0)} takes applications, not a hospital's plan",
            RejectionCode.StandardTakesPlans => $"{Arg(0)} takes a hospital's plan, not an application",
            RejectionCode.DischargeTooLate =>
                $"dischargeDate {Arg(0)} lies more than {Referral.MaxDaysToExpectedDischarge} days after the plan was received ({Arg(1)})",
            RejectionCode.PlanDatesOnApplication => "only a hospital's plan has a dischargeDate or startNotBefore",
            RejectionCode.StartNotBeforeTooLate =>
                $"startNotBefore {Arg(0)} lies too late: the deadlines it anchors must fall within the working-day calendar, which ends with {Arg(1)}",
            RejectionCode.NotStarted => "the course has not started",
            RejectionCode.Ended => $"the course has ended (outcome: {Arg(0)})",
            RejectionCode.AtInTheFuture => $"at {Arg(0)} lies in the future",
            RejectionCode.AtBeforeLastEvent => $"at {Arg(0)} lies before the course's last event ({Arg(1)})",
            RejectionCode.TrainingAlreadyStarted => "training has already started",
            RejectionCode.NeedsTrainingStarted => $"{Arg(0)} is not possible before TrainingStarted",
            RejectionCode.FreeChoiceNotTriggered => "extended free choice has not been triggered for this course",
            RejectionCode.StartDateBeforeOffer => $"startDate {Arg(0)} lies before the offer was made",
            RejectionCode.ProviderNotOnList => Arg(0).Length == 0
                ? "provider is required: name the provider the citizen chose by its id on the free-choice list"
                : $"provider '{Arg(0)}' is not on the free-choice list; name a provider by its id on the list",
            RejectionCode.ProviderNotApproved => $"provider '{Arg(0)}' is not one of the municipality's approved providers; name one by its id in the catalog",
            RejectionCode.ProviderLacksLevel => $"provider '{Arg(0)}' does not offer the level the plan asks for ({Arg(1)})",
            RejectionCode.DateOutsideCalendar => $"{Arg(0)} lies before the working-day calendar, which starts in {Arg(1)}",
            RejectionCode.ReplyByBeforeContact => $"replyBy {Arg(0)} must lie from the day of the contact on, within the working-day calendar",
            RejectionCode.NotFromAPlan => $"{Arg(0)} concerns a hospital's plan, and this course started from an application",
            RejectionCode.CommentRequired => "a comment is required",
            RejectionCode.NoSuchAlert => Arg(0) == "0" ? $"no warning was raised for {Arg(1)}" : $"no level-{Arg(0)} escalation was raised for {Arg(1)}",
            RejectionCode.AlreadyAcknowledged => "it has already been acknowledged",
            RejectionCode.ExtensionTooShort => $"weeks must be at least 1 (found {Arg(0)})",
            RejectionCode.NoExtensionAllowed => $"{Arg(0)} allows no extension",
            RejectionCode.EndBreached => $"the end deadline ({Arg(0)}) was breached; it can no longer be extended",
            RejectionCode.EndNotPending => $"the end deadline is {Arg(0)}",
            RejectionCode.ExtensionBeyondMaximum => $"{Arg(0)} allows at most {Arg(1)} weeks of extension in all; {Arg(2)} already granted",
            RejectionCode.UnreadableRequest => Arg(0),
            RejectionCode.StillStarting => "the course is still starting; send the request again in a moment",
            RejectionCode.NoVersionInEffect => $"{Arg(0)} has no version in effect on {Arg(1)}",
            RejectionCode.Purged => $"The course {Arg(0)} of this referral was purged, and a purged course's id is never used again; send the plan with a new id.",
            RejectionCode.UncodedInvalidInput or RejectionCode.UncodedNotAllowed => Arg(0),
            _ => code.ToString(),
        };
    }
}
