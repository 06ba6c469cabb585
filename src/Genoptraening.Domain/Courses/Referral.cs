using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Vocabulary;
using NodaTime;

namespace Genoptraening.Domain.Courses;

/// <summary>What starts a course: a hospital's plan (§ 140) or a citizen's application (§ 86). No personal data.</summary>
/// <param name="Kind">Plan or application.</param>
/// <param name="ReceivedAt">When the municipality received it.</param>
/// <param name="DischargeDate">Plans only: the discharge date the plan gives.</param>
/// <param name="StartNotBefore">Plans only: training must not start before this date.</param>
/// <param name="PlanType">Plans only: the kind of plan, when the plan says.</param>
/// <param name="Level">Plans only: the level of training the plan asks for, when it says.</param>
public sealed record Referral(
    ReferralKind Kind, Instant ReceivedAt, LocalDate? DischargeDate = null, LocalDate? StartNotBefore = null, PlanType? PlanType = null, TrainingLevel? Level = null)
{
    /// <summary>
    /// How far after its receipt a plan's discharge date may lie: a plan sent before a planned discharge names the
    /// expected date (RULES.md § 9).
    /// </summary>
    public const int MaxDaysToExpectedDischarge = 90;

    public static Referral Application(Instant receivedAt) => new(ReferralKind.Application, receivedAt);

    public static Referral Plan(
        Instant receivedAt, LocalDate? dischargeDate, LocalDate? startNotBefore = null, PlanType? planType = null, TrainingLevel? level = null) =>
        new(ReferralKind.Plan, receivedAt, dischargeDate, startNotBefore, planType, level);

    public LocalDate ReceivedDate => Copenhagen.DateOf(ReceivedAt);

    /// <summary>The plan as <paramref name="correction"/> leaves it (RULES.md § 9): every field replaced, the receipt and kind kept.</summary>
    public Referral CorrectedBy(Occurrence.PlanCorrected correction)
    {
        ArgumentNullException.ThrowIfNull(correction);
        return this with { DischargeDate = correction.DischargeDate, StartNotBefore = correction.StartNotBefore, PlanType = correction.PlanType, Level = correction.Level };
    }

    /// <summary>The latest discharge date a plan received on <paramref name="received"/> may give.</summary>
    public static LocalDate LatestDischargeFor(LocalDate received) => received.PlusDays(MaxDaysToExpectedDischarge);

    /// <summary>
    /// The date the § 140 deadlines run from: the discharge date (the receipt date when the plan has
    /// none), or <see cref="StartNotBefore"/> when that is later (RULES.md § 5).
    /// </summary>
    public LocalDate DischargeAnchorDate
    {
        get
        {
            var discharge = DischargeDate ?? ReceivedDate;
            return StartNotBefore is { } notBefore && notBefore > discharge ? notBefore : discharge;
        }
    }
}
