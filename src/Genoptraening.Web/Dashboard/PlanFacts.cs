using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Reads;

namespace Genoptraening.Web.Dashboard;

/// <summary>
/// What the course page shows of the hospital's plan (genoptræningsplan): who sent it, the discharge (expected when it
/// lies ahead of the receipt), the earliest start, the start guarantee's date, the plan's type and level, as the hospital's last
/// correction left them, and when it corrected the plan. Nothing for an application.
/// </summary>
public static class PlanFacts
{
    public sealed record Fact(string Label, string Value);

    public static IReadOnlyList<Fact> Of(CourseRecord course)
    {
        ArgumentNullException.ThrowIfNull(course);
        if (course.State.Referral is not { Kind: ReferralKind.Plan } plan)
        {
            return [];
        }

        var facts = new List<Fact>();
        if (course.ReferralKey is { } key && key.StartsWith("plan:", StringComparison.Ordinal) && key.IndexOf('/', StringComparison.Ordinal) is > 5 and var slash)
        {
            facts.Add(new("Afsender (EAN)", key[5..slash]));
        }

        if (plan.DischargeDate is { } discharge)
        {
            facts.Add(new(discharge > plan.ReceivedDate ? "Forventet udskrivelse" : "Udskrevet", Danish.Date(discharge)));
        }

        if (plan.StartNotBefore is { } notBefore)
        {
            facts.Add(new("Træning tidligst fra", Danish.Date(notBefore)));
        }

        if (course.State.Deadline(DeadlineKind.StartGuarantee) is { } guarantee)
        {
            facts.Add(new("Opstartsgaranti", $"opstart tilbudt senest {Danish.Date(guarantee.Due)}, 7 dage efter {(plan.StartNotBefore is null ? "udskrivelsen" : "tidligste start")}"));
        }

        facts.Add(new("Plantype", plan.PlanType is { } type ? type.ToWireName() : "ikke oplyst"));
        facts.Add(new("Niveau", plan.Level is { } level ? level.ToWireName() : "ikke oplyst"));
        if (course.State.Occurrences.OfType<Occurrence.PlanCorrected>().LastOrDefault() is { } corrected)
        {
            facts.Add(new("Rettet af hospitalet", $"{Danish.Time(corrected.At)} (se tidslinjen)"));
        }

        return facts;
    }
}
