using System.Globalization;
using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Vocabulary;
using NodaTime;
using NodaTime.Text;
using static Genoptraening.Domain.Courses.CourseCommand;

namespace Genoptraening.Domain.Courses;

/// <summary>Which commands a course refuses, and why (RULES.md § 4). A refusal changes nothing.</summary>
internal static class OccurrenceRules
{
    public static Decision.Rejected? CheckStart(CourseState state, StartCourse start, Instant now)
    {
        var referral = start.Referral;
        var isPlan = referral.Kind == ReferralKind.Plan;
        return true switch
        {
            _ when state.IsStarted => Refuse(RejectionCode.AlreadyStarted),
            _ when referral.ReceivedAt > now => Refuse(RejectionCode.ReceivedInTheFuture, "receivedAt", Format(referral.ReceivedAt)),
            _ when isPlan != start.Rules.Id.IsHealthAct =>
                Refuse(isPlan ? RejectionCode.StandardTakesApplications : RejectionCode.StandardTakesPlans, null, start.Rules.Id.ToString()),
            _ when referral.DischargeDate is { } discharge && discharge > Referral.LatestDischargeFor(referral.ReceivedDate) =>
                Refuse(RejectionCode.DischargeTooLate, "dischargeDate", Format(discharge), Format(referral.ReceivedDate)),
            _ when !isPlan && (referral.DischargeDate is not null || referral.StartNotBefore is not null) => Refuse(RejectionCode.PlanDatesOnApplication),
            _ when referral.StartNotBefore is { Year: >= WorkingDayCalendar.LastYear } notBefore => Refuse(
                RejectionCode.StartNotBeforeTooLate, "startNotBefore", Format(notBefore), WorkingDayCalendar.LastYear.ToString(CultureInfo.InvariantCulture)),
            _ => null,
        };
    }

    public static Decision.Rejected? CheckTiming(CourseState state, Occurrence occurrence, Instant now) => true switch
    {
        _ when !state.IsStarted => Refuse(RejectionCode.NotStarted),
        _ when state.Outcome is { } outcome => Refuse(RejectionCode.Ended, null, outcome.ToWireName()),
        _ when occurrence.At > now => Refuse(RejectionCode.AtInTheFuture, "at", Format(occurrence.At)),
        _ when state.LastEventAt is { } last && occurrence.At < last => Refuse(RejectionCode.AtBeforeLastEvent, "at", Format(occurrence.At), Format(last)),
        _ => null,
    };

    public static Decision.Rejected? CheckFit(CourseState state, Occurrence occurrence) =>
        occurrence switch
        {
            Occurrence.TrainingStarted when state.HasTrainingStarted => Refuse(RejectionCode.TrainingAlreadyStarted),
            Occurrence.MidwayEvaluationHeld or Occurrence.ExtensionGranted or Occurrence.NoShow or Occurrence.CourseCompleted
                when !state.HasTrainingStarted => Refuse(RejectionCode.NeedsTrainingStarted, null, occurrence.Type.ToWireName()),
            Occurrence.ExtensionGranted extension => CheckExtension(state, extension),
            Occurrence.ExtendedFreeChoiceExercised or Occurrence.CitizenInformedOfFreeChoice or Occurrence.FreeChoiceDeclined when state.FreeChoice is null =>
                Refuse(RejectionCode.FreeChoiceNotTriggered),
            Occurrence.ExtendedFreeChoiceExercised exercised when state.Rules!.FreeChoiceList.Count > 0 => CheckProvider(state, exercised),
            Occurrence.ProviderContacted { Provider: { } provider } when state.Rules!.MunicipalProviders.Count > 0 && state.Rules!.MunicipalProviders.All(p => p.Id != provider) =>
                Refuse(RejectionCode.ProviderNotApproved, "provider", provider),
            Occurrence.CitizenContacted { ReplyBy: { } replyBy } contacted when replyBy < CourseDecider.DateOf(contacted.At) =>
                Refuse(RejectionCode.ReplyByBeforeContact, "replyBy", Format(replyBy)),
            Occurrence.CitizenContacted { ReplyBy: { Year: >= WorkingDayCalendar.LastYear } late } =>
                Refuse(RejectionCode.ReplyByBeforeContact, "replyBy", Format(late)),
            Occurrence.StartOffered offer when offer.StartDate < CourseDecider.DateOf(offer.At) =>
                Refuse(RejectionCode.StartDateBeforeOffer, "startDate", Format(offer.StartDate)),
            Occurrence.PlanCorrected or Occurrence.PlanCancelled or Occurrence.PlanMisdirected when state.Referral!.Kind != ReferralKind.Plan =>
                Refuse(RejectionCode.NotFromAPlan, null, occurrence.Type.ToWireName()),
            Occurrence.PlanCorrected { DischargeDate: { Year: < WorkingDayCalendar.FirstYear } early } =>
                Refuse(RejectionCode.DateOutsideCalendar, "dischargeDate", Format(early), WorkingDayCalendar.FirstYear.ToString(CultureInfo.InvariantCulture)),
            Occurrence.PlanCorrected { StartNotBefore: { Year: < WorkingDayCalendar.FirstYear } early } =>
                Refuse(RejectionCode.DateOutsideCalendar, "startNotBefore", Format(early), WorkingDayCalendar.FirstYear.ToString(CultureInfo.InvariantCulture)),
            Occurrence.PlanCorrected { DischargeDate: { } discharge } when discharge > Referral.LatestDischargeFor(state.Referral!.ReceivedDate) =>
                Refuse(RejectionCode.DischargeTooLate, "dischargeDate", Format(discharge), Format(state.Referral!.ReceivedDate)),
            Occurrence.PlanCorrected { StartNotBefore: { Year: >= WorkingDayCalendar.LastYear } notBefore } => Refuse(
                RejectionCode.StartNotBeforeTooLate, "startNotBefore", Format(notBefore), WorkingDayCalendar.LastYear.ToString(CultureInfo.InvariantCulture)),
            _ => null,
        };

    public static Decision.Rejected? CheckAcknowledge(CourseState state, Acknowledge acknowledge)
    {
        var alert = state.Alerts.FirstOrDefault(a => a.Kind == acknowledge.Kind && a.Level == acknowledge.Level);
        return true switch
        {
            _ when !state.IsStarted => Refuse(RejectionCode.NotStarted),
            _ when string.IsNullOrWhiteSpace(acknowledge.Comment) => Refuse(RejectionCode.CommentRequired, "comment"),
            _ when alert is null => Refuse(
                RejectionCode.NoSuchAlert, null, acknowledge.Level.ToString(CultureInfo.InvariantCulture), acknowledge.Kind.ToWireName()),
            // One settled by its deadline's being met may still be acknowledged (with what was done); the free choice's breach, once the citizen is informed, not.
            _ when alert.Acknowledged is not null || (state.FreeChoice is { IsInformed: true } informed && informed.IsItsBreach(alert)) =>
                Refuse(RejectionCode.AlreadyAcknowledged),
            _ => null,
        };
    }

    /// <summary>The chosen provider must be on the free-choice list and offer the level the plan asks for (RULES.md § 10).</summary>
    private static Decision.Rejected? CheckProvider(CourseState state, Occurrence.ExtendedFreeChoiceExercised exercised)
    {
        var provider = state.Rules!.FreeChoiceList.FirstOrDefault(p => p.Id == exercised.Provider);
        return true switch
        {
            _ when provider is null => Refuse(RejectionCode.ProviderNotOnList, "provider", exercised.Provider ?? string.Empty),
            _ when state.Referral?.Level is { } level && !provider.Levels.Contains(level) => Refuse(RejectionCode.ProviderLacksLevel, "provider", provider.Id, level.ToWireName()),
            _ => null,
        };
    }

    private static Decision.Rejected? CheckExtension(CourseState state, Occurrence.ExtensionGranted extension)
    {
        var rules = state.Rules!;
        var end = state.Deadline(DeadlineKind.End);
        return true switch
        {
            _ when extension.Weeks < 1 => Refuse(RejectionCode.ExtensionTooShort, "weeks", Number(extension.Weeks)),
            _ when rules.MaxExtensionWeeks == 0 || end is null => Refuse(RejectionCode.NoExtensionAllowed, null, rules.Id.ToString()),
            _ when end.Status is DeadlineStatus.Breached or DeadlineStatus.MetLate => Refuse(RejectionCode.EndBreached, null, Format(end.Due)),
            _ when !end.IsPending => Refuse(RejectionCode.EndNotPending, null, end.Status.ToWireName()),
            _ when extension.Weeks > rules.MaxExtensionWeeks - end.ExtendedWeeks => Refuse(
                RejectionCode.ExtensionBeyondMaximum, null, rules.Id.ToString(), Number(rules.MaxExtensionWeeks), Number(end.ExtendedWeeks)),
            _ => null,
        };
    }

    private static Decision.Rejected Refuse(RejectionCode code, string? field = null, params string[] args) => new(code, [.. args], field);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static readonly OffsetDateTimePattern LocalPattern = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<m>");

    private static string Format(Instant instant) => LocalPattern.Format(instant.InZone(Calendar.Copenhagen.Zone).ToOffsetDateTime());
}
