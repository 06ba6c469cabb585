using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using NodaTime;
using static Genoptraening.Domain.Courses.Occurrence;

namespace Genoptraening.Bench.Reads;

/// <summary>A course to seed: its standard, its referral (and the referral's key) and what staff record, in order.</summary>
internal sealed record CoursePlan(StandardId Standard, Referral Referral, string ReferralKey, IReadOnlyList<Occurrence> Occurrences)
{
    private static readonly Duration Year = Duration.FromDays(365);

    /// <summary>
    /// The <paramref name="index"/>th course of <paramref name="standards"/>, received in the year before
    /// <paramref name="now"/>: the usual path of a course (contact, visitation, provider, examination, start
    /// offer, training, midway evaluation, completion), each step after a gap that is now and then longer
    /// than its deadline allows (warnings, breaches, free choice), some courses stalled or cancelled on the
    /// way. Steps a standard has no use for are refused by the decider, as in real use. The same index
    /// gives the same course.
    /// </summary>
    public static CoursePlan Of(int index, IReadOnlyList<StandardId> standards, Instant now)
    {
        var random = new Random(index);
        var standard = standards[random.Next(standards.Count)];
        var receivedAt = now - Duration.FromMinutes(random.NextInt64((long)Year.TotalMinutes));
        var referral = standard.IsHealthAct
            ? Referral.Plan(receivedAt, Copenhagen.DateOf(receivedAt).PlusDays(-random.Next(0, 6)))
            : Referral.Application(receivedAt);
        var reference = $"BENCH-{index:D6}";
        var key = standard.IsHealthAct ? $"plan:5790000000001/{reference}" : $"application:{standard.Municipality}/{reference}";
        return new CoursePlan(standard, referral, key, Path(random, receivedAt));
    }

    private static List<Occurrence> Path(Random random, Instant receivedAt)
    {
        var at = receivedAt;
        Instant Next(int usualDays) => at += Duration.FromHours(random.Next(1, 24)) + Duration.FromDays(Gap(random, usualDays));
        // A tenth of the courses stall somewhere (the visitator has not got to them); a few are cancelled.
        var stopsAfter = random.Next(10) == 0 ? random.Next(1, 8) : int.MaxValue;
        var path = new List<Occurrence>
        {
            new CitizenContacted(Next(1)),
            new Visitated(Next(1), random.Next(20) != 0, TrainingLevel.Basal),
            new ProviderContacted(Next(1)),
            new InitialExaminationHeld(Next(1), random.Next(10) != 0),
        };
        var offered = Next(1);
        path.Add(new StartOffered(offered, Copenhagen.DateOf(offered).PlusDays(random.Next(1, 8))));
        path.Add(new TrainingStarted(Next(3)));
        if (random.Next(8) == 0)
        {
            path.Add(new NoShow(Next(7)));
        }

        path.Add(new MidwayEvaluationHeld(Next(14)));
        path.Add(random.Next(25) == 0 ? new CourseCancelled(Next(7), "Borgeren ønsker ikke at fortsætte") : new CourseCompleted(Next(14), random.Next(5) != 0, null));
        return [.. path.Take(stopsAfter)];
    }

    /// <summary>Usually within the usual days; one gap in twenty two to four times as long.</summary>
    private static int Gap(Random random, int usualDays) =>
        random.Next(20) == 0 ? random.Next(usualDays * 2, (usualDays * 4) + 2) : random.Next(0, usualDays + 1);
}
