using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Deadlines;
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
            _ when state.IsStarted => NotAllowed("the course has already started"),
            _ when referral.ReceivedAt > now => Invalid($"receivedAt {Format(referral.ReceivedAt)} lies in the future", "receivedAt"),
            _ when isPlan != start.Rules.Id.IsHealthAct => Invalid(isPlan
                ? $"{start.Rules.Id} takes applications, not a hospital's plan"
                : $"{start.Rules.Id} takes a hospital's plan, not an application"),
            _ when referral.DischargeDate > referral.ReceivedDate => Invalid(
                $"dischargeDate {referral.DischargeDate:yyyy-MM-dd} lies after the plan was received ({referral.ReceivedDate:yyyy-MM-dd})", "dischargeDate"),
            _ when !isPlan && (referral.DischargeDate is not null || referral.StartNotBefore is not null) => Invalid(
                "only a hospital's plan has a dischargeDate or startNotBefore"),
            _ when referral.StartNotBefore?.Year >= WorkingDayCalendar.LastYear => Invalid(
                $"startNotBefore {referral.StartNotBefore:yyyy-MM-dd} lies too late: the deadlines it anchors must fall within the working-day calendar, which ends with {WorkingDayCalendar.LastYear}",
                "startNotBefore"),
            _ => null,
        };
    }

    public static Decision.Rejected? CheckTiming(CourseState state, Occurrence occurrence, Instant now) => true switch
    {
        _ when !state.IsStarted => NotAllowed("the course has not started"),
        _ when state.Outcome is { } outcome => NotAllowed($"the course has ended (outcome: {outcome.ToWireName()})"),
        _ when occurrence.At > now => Invalid($"at {Format(occurrence.At)} lies in the future", "at"),
        _ when state.LastEventAt is { } last && occurrence.At < last => Invalid(
            $"at {Format(occurrence.At)} lies before the course's last event ({Format(last)})", "at"),
        _ => null,
    };

    public static Decision.Rejected? CheckFit(CourseState state, Occurrence occurrence) =>
        occurrence switch
        {
            Occurrence.TrainingStarted when state.HasTrainingStarted => NotAllowed("training has already started"),
            Occurrence.MidwayEvaluationHeld or Occurrence.ExtensionGranted or Occurrence.NoShow or Occurrence.CourseCompleted
                when !state.HasTrainingStarted => NotAllowed($"{occurrence.Type} is not possible before TrainingStarted"),
            Occurrence.ExtensionGranted extension => CheckExtension(state, extension),
            Occurrence.ExtendedFreeChoiceExercised when state.FreeChoiceTriggeredAt is null =>
                NotAllowed("extended free choice has not been triggered for this course"),
            Occurrence.StartOffered offer when offer.StartDate < CourseDecider.DateOf(offer.At) =>
                Invalid($"startDate {offer.StartDate:yyyy-MM-dd} lies before the offer was made", "startDate"),
            _ => null,
        };

    public static Decision.Rejected? CheckAcknowledge(CourseState state, Acknowledge acknowledge)
    {
        var alert = state.Alerts.FirstOrDefault(a => a.Kind == acknowledge.Kind && a.Level == acknowledge.Level);
        return true switch
        {
            _ when !state.IsStarted => NotAllowed("the course has not started"),
            _ when string.IsNullOrWhiteSpace(acknowledge.Comment) => Invalid("a comment is required", "comment"),
            _ when alert is null => NotAllowed($"no {(acknowledge.Level == 0 ? "warning" : $"level-{acknowledge.Level} escalation")} was raised for {acknowledge.Kind.ToWireName()}"),
            _ when alert.Acknowledged is not null => NotAllowed("it has already been acknowledged"),
            _ => null,
        };
    }

    private static Decision.Rejected? CheckExtension(CourseState state, Occurrence.ExtensionGranted extension)
    {
        var rules = state.Rules!;
        var end = state.Deadline(DeadlineKind.End);
        return true switch
        {
            _ when extension.Weeks < 1 => Invalid($"weeks must be at least 1 (found {extension.Weeks})", "weeks"),
            _ when rules.MaxExtensionWeeks == 0 || end is null => NotAllowed($"{rules.Id} allows no extension"),
            _ when end.Status is DeadlineStatus.Breached or DeadlineStatus.MetLate =>
                NotAllowed($"the end deadline ({end.Due:yyyy-MM-dd}) was breached; it can no longer be extended"),
            _ when !end.IsPending => NotAllowed($"the end deadline is {end.Status.ToWireName()}"),
            _ when extension.Weeks > rules.MaxExtensionWeeks - end.ExtendedWeeks => NotAllowed(
                $"{rules.Id} allows at most {rules.MaxExtensionWeeks} weeks of extension in all; {end.ExtendedWeeks} already granted"),
            _ => null,
        };
    }

    private static Decision.Rejected Invalid(string reason, string? field = null) => new(RejectionKind.InvalidInput, reason, field);

    private static Decision.Rejected NotAllowed(string reason) => new(RejectionKind.NotAllowed, reason);

    private static readonly OffsetDateTimePattern LocalPattern = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<m>");

    private static string Format(Instant instant) => LocalPattern.Format(instant.InZone(Calendar.Copenhagen.Zone).ToOffsetDateTime());
}
