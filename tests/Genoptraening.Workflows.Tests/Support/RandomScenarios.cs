using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Simulation;
using NodaTime;
using static Genoptraening.Domain.Courses.Occurrence;

namespace Genoptraening.Workflows.Tests.Support;

/// <summary>
/// Courses of every standard with events of every type at random instants, many of which the course
/// refuses; the same seed gives the same scenarios.
/// </summary>
internal static class RandomScenarios
{
    private static readonly Instant Epoch = Instant.FromUtc(2025, 12, 1, 0, 0);

    public static IEnumerable<Scenario> Generate(int seed, int count)
    {
        var random = new Random(seed);
        var standards = TestCatalog.Instance.Standards.ToList();
        for (var i = 0; i < count; i++)
        {
            var standard = standards[random.Next(standards.Count)];
            var received = Epoch + Duration.FromMinutes(random.Next(400 * 24 * 60));
            var referral = standard.IsHealthAct
                ? Referral.Plan(received, Copenhagen.DateOf(received).PlusDays(-random.Next(13)))
                : Referral.Application(received);
            var events = Events(random, received, random.Next(13)).ToList();
            var until = (events.Count == 0 ? received : events[^1].At) + Duration.FromDays(random.Next(1, 120));
            yield return new Scenario(standard, referral, events, until);
        }
    }

    private static IEnumerable<Occurrence> Events(Random random, Instant from, int count)
    {
        var at = from;
        for (var i = 0; i < count; i++)
        {
            at += Duration.FromMinutes(random.Next(4) == 0 ? random.Next(30 * 24 * 60) : random.Next(3 * 24 * 60));
            yield return Build(random, at);
        }
    }

    private static Occurrence Build(Random random, Instant at)
    {
        var amount = random.Next(7);
        var flag = random.Next(2) == 0;
        return (OccurrenceType)random.Next(Enum.GetValues<OccurrenceType>().Length) switch
        {
            OccurrenceType.CitizenContacted => new CitizenContacted(at, flag ? Copenhagen.DateOf(at).PlusDays(amount) : null),
            OccurrenceType.CitizenReplied => new CitizenReplied(at),
            OccurrenceType.FreeChoiceDeclined => new FreeChoiceDeclined(at),
            OccurrenceType.TransferredToOtherMunicipality => new TransferredToOtherMunicipality(at, "Aalborg"),
            OccurrenceType.Visitated => new Visitated(at, flag || amount > 1, TrainingLevel.Basal),
            OccurrenceType.ProviderContacted => new ProviderContacted(at, amount switch { 0 => "rebild-gt-stoevring", 1 => "norddjurs-tc-auning", 2 => "Privat klinik", _ => null }),
            OccurrenceType.InitialExaminationHeld => new InitialExaminationHeld(at, flag),
            OccurrenceType.StartOffered => new StartOffered(at, Copenhagen.DateOf(at).PlusDays(amount * 2)),
            OccurrenceType.StartOfferDeclined => new StartOfferDeclined(at),
            OccurrenceType.CitizenMissedResponseDeadline => new CitizenMissedResponseDeadline(at),
            OccurrenceType.TrainingStarted => new TrainingStarted(at),
            OccurrenceType.MidwayEvaluationHeld => new MidwayEvaluationHeld(at),
            OccurrenceType.ExtensionGranted => new ExtensionGranted(at, amount - 1),
            OccurrenceType.NoShow => new NoShow(at),
            OccurrenceType.CourseCompleted => new CourseCompleted(at, flag, flag ? "Motionshold" : null),
            OccurrenceType.CourseCancelled => new CourseCancelled(at, "flyttet"),
            OccurrenceType.ExtendedFreeChoiceExercised => new ExtendedFreeChoiceExercised(at, flag ? "kl-fv-0001" : amount > 3 ? "kl-fv-0003" : "Privat udbyder"),
            OccurrenceType.CitizenInformedOfFreeChoice => new CitizenInformedOfFreeChoice(at, InformationChannel.Phone),
            OccurrenceType.PlanCorrected => new PlanCorrected(at, Copenhagen.DateOf(at).PlusDays((amount * 3) - 6), flag ? null : Copenhagen.DateOf(at).PlusDays(amount), null, null),
            OccurrenceType.PlanCancelled => new PlanCancelled(at, flag ? "annulleret" : null),
            OccurrenceType.PlanMisdirected => new PlanMisdirected(at),
            var type => throw new InvalidOperationException($"No random {type}."),
        };
    }
}
