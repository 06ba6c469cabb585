namespace Genoptraening.Domain.Courses;

/// <summary>Which kind each <see cref="RejectionCode"/> is.</summary>
public static class RejectionKinds
{
    public static RejectionKind KindOf(this RejectionCode code) => code switch
    {
        RejectionCode.ReceivedInTheFuture or RejectionCode.StandardTakesApplications or RejectionCode.StandardTakesPlans
            or RejectionCode.DischargeTooLate or RejectionCode.PlanDatesOnApplication or RejectionCode.StartNotBeforeTooLate
            or RejectionCode.AtInTheFuture or RejectionCode.AtBeforeLastEvent or RejectionCode.StartDateBeforeOffer
            or RejectionCode.CommentRequired or RejectionCode.ExtensionTooShort or RejectionCode.UnreadableRequest
            or RejectionCode.UncodedInvalidInput or RejectionCode.NoVersionInEffect or RejectionCode.ReplyByBeforeContact
            or RejectionCode.DateOutsideCalendar or RejectionCode.ProviderNotOnList or RejectionCode.ProviderLacksLevel or RejectionCode.ProviderNotApproved => RejectionKind.InvalidInput,
        _ => RejectionKind.NotAllowed,
    };
}
