using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Reads;
using Genoptraening.Workflows.Storage;

namespace Genoptraening.Web.Intake;

/// <summary>
/// A plan's content as RULES.md § 9 compares it: discharge date, start-not-before date, plan type, level, citizen,
/// municipality and text. The same plan again with the same content is the same course; with other content it is a
/// correction, sent as one.
/// </summary>
public static class PlanContent
{
    /// <summary>
    /// The fields in which <paramref name="plan"/> differs from the course's plan as it stands (none: the same plan). The citizen
    /// and the text are compared once the course's personal data is saved (<paramref name="personal"/>: null until then); the
    /// text no more once an ended course's text is let go (the retention sweep).
    /// </summary>
    public static IReadOnlyList<string> Differences(PlanRequest plan, CourseRecord course, PersonalData? personal)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(course);
        var referral = course.State.Referral!;
        var differences = new List<string>();
        void Compare<T>(string field, T sent, T stored)
        {
            if (!EqualityComparer<T>.Default.Equals(sent, stored))
            {
                differences.Add(field);
            }
        }

        Compare("dischargeDate", plan.DischargeDate, referral.DischargeDate);
        Compare("startNotBefore", plan.StartNotBefore, referral.StartNotBefore);
        Compare("planType", plan.PlanType, referral.PlanType?.ToWireName());
        Compare("level", plan.Level, referral.Level?.ToWireName());
        Compare("municipality", plan.Municipality, course.Municipality);
        if (personal is not null)
        {
            Compare("cpr", plan.Cpr, personal.Cpr);
            if (!(course.State.IsEnded && personal.PlanText is null))
            {
                Compare("text", string.IsNullOrEmpty(plan.Text) ? null : plan.Text, string.IsNullOrEmpty(personal.PlanText) ? null : personal.PlanText);
            }
        }

        return differences;
    }
}
