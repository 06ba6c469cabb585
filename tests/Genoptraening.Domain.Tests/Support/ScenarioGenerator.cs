using FsCheck;
using FsCheck.Fluent;
using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using NodaTime;
using static Genoptraening.Domain.Courses.Occurrence;

namespace Genoptraening.Domain.Tests.Support;

/// <summary>One random step of a course: wait, then record an event with random fields.</summary>
internal sealed record GeneratedStep(int GapMinutes, int TypeIndex, int Amount, bool Flag);

/// <summary>A random course: a standard, a referral and a list of steps (valid or not: the decider must cope).</summary>
internal sealed record GeneratedScenario(int StandardIndex, int ReceivedMinutes, int DischargeDaysBefore, GeneratedStep[] Steps)
{
    private static readonly Instant Epoch = Instant.FromUtc(2025, 12, 1, 0, 0);

    public StandardVersion Standard => TestCatalog.Instance.Standards.Select(id => TestCatalog.Standard(id.ToString())).ElementAt(StandardIndex);

    public Referral Referral
    {
        get
        {
            var receivedAt = Epoch + Duration.FromMinutes(ReceivedMinutes);
            return Standard.Id.IsHealthAct
                ? Referral.Plan(receivedAt, Copenhagen.DateOf(receivedAt).PlusDays(-DischargeDaysBefore))
                : Referral.Application(receivedAt);
        }
    }

    /// <summary>The steps as occurrences at non-decreasing instants after receipt.</summary>
    public IReadOnlyList<Occurrence> Occurrences()
    {
        var at = Referral.ReceivedAt;
        var occurrences = new List<Occurrence>();
        foreach (var step in Steps)
        {
            at += Duration.FromMinutes(step.GapMinutes);
            occurrences.Add(Build(step, at));
        }

        return occurrences;
    }

    public static Occurrence Build(GeneratedStep step, Instant at) => (OccurrenceType)step.TypeIndex switch
    {
        OccurrenceType.CitizenContacted => new CitizenContacted(at),
        OccurrenceType.Visitated => new Visitated(at, step.Flag || step.Amount > 1, TrainingLevel.Basal),
        OccurrenceType.ProviderContacted => new ProviderContacted(at),
        OccurrenceType.InitialExaminationHeld => new InitialExaminationHeld(at, step.Flag),
        OccurrenceType.StartOffered => new StartOffered(at, Copenhagen.DateOf(at).PlusDays(step.Amount * 2)),
        OccurrenceType.StartOfferDeclined => new StartOfferDeclined(at),
        OccurrenceType.CitizenMissedResponseDeadline => new CitizenMissedResponseDeadline(at),
        OccurrenceType.TrainingStarted => new TrainingStarted(at),
        OccurrenceType.MidwayEvaluationHeld => new MidwayEvaluationHeld(at),
        OccurrenceType.ExtensionGranted => new ExtensionGranted(at, step.Amount - 1),
        OccurrenceType.NoShow => new NoShow(at),
        OccurrenceType.CourseCompleted => new CourseCompleted(at, step.Flag, step.Flag ? "Motionshold" : null),
        OccurrenceType.CourseCancelled => new CourseCancelled(at, "test"),
        _ => new ExtendedFreeChoiceExercised(at, "Privat udbyder"),
    };

    public static Arbitrary<GeneratedStep> Steps_() => Arb.From(StepGen);

    public static Arbitrary<GeneratedScenario> Arbitrary() => Arb.From(
        from standard in Gen.Choose(0, 7)
        from received in Gen.Choose(0, 400 * 24 * 60)
        from dischargeBefore in Gen.Choose(0, 12)
        from steps in Gen.ArrayOf(StepGen)
        select new GeneratedScenario(standard, received, dischargeBefore, steps));

    private static Gen<GeneratedStep> StepGen =>
        from gap in Gen.Frequency((3, Gen.Choose(0, 3 * 24 * 60)), (1, Gen.Choose(0, 30 * 24 * 60)))
        from type in Gen.Choose(0, Enum.GetValues<OccurrenceType>().Length - 1)
        from amount in Gen.Choose(0, 6)
        from flag in ArbMap.Default.GeneratorFor<bool>()
        select new GeneratedStep(gap, type, amount, flag);
}
