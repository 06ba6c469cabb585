using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Tests.Support;
using NodaTime;
using Xunit;
using static Genoptraening.Domain.Courses.Occurrence;

namespace Genoptraening.Workflows.Tests.Serialization;

/// <summary>Stored events read back equal to what the decider decided: every event type, every occurrence type.</summary>
public class CourseEventJsonTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 2, 8, 0);

    [Fact]
    public void RoundTrip_CoursesUsingEveryEventAndOccurrence_GivesTheSameHistory()
    {
        var histories = new[]
        {
            Run("mariagerfjord/sel86-1", Referral.Application(T0),
                new CitizenContacted(T0 + Duration.FromDays(1)), new Visitated(T0 + Duration.FromDays(2), true, TrainingLevel.Avanceret),
                new InitialExaminationHeld(T0 + Duration.FromDays(3), GoalsSet: false), new TrainingStarted(T0 + Duration.FromDays(20)),
                new NoShow(T0 + Duration.FromDays(21)), new ExtensionGranted(T0 + Duration.FromDays(40), 2),
                new CourseCompleted(T0 + Duration.FromDays(60), true, "Motionshold \"Frisk\" i Hobro")),
            Run("rebild/sul140", Referral.Plan(T0, new LocalDate(2026, 2, 20), new LocalDate(2026, 3, 10)),
                new StartOffered(T0 + Duration.FromDays(1), new LocalDate(2026, 3, 30)),
                new CitizenMissedResponseDeadline(T0 + Duration.FromDays(30)), new ExtendedFreeChoiceExercised(T0 + Duration.FromDays(31), "kl-fv-0001")),
            Run("kommune-004/sel86-1", Referral.Application(T0),
                new ProviderContacted(T0 + Duration.FromDays(1)), new TrainingStarted(T0 + Duration.FromDays(2)),
                new MidwayEvaluationHeld(T0 + Duration.FromDays(30)), new CourseCancelled(T0 + Duration.FromDays(31), "flyttet")),
            Run("norddjurs/sel86", Referral.Application(T0), new Visitated(T0 + Duration.FromDays(20), false, null)),
            Run("norddjurs/sul140", Referral.Plan(T0, null), new StartOfferDeclined(T0 + Duration.FromHours(2))),
            Run("rebild/sul140", Referral.Plan(T0, new LocalDate(2026, 3, 20), null, PlanType.Almen, TrainingLevel.Basal),
                new PlanCorrected(T0 + Duration.FromDays(1), new LocalDate(2026, 3, 25), null, PlanType.Rehabilitering, null),
                new PlanCancelled(T0 + Duration.FromDays(2), "sendt to gange")),
            Run("rebild/sul140", Referral.Plan(T0, null), new PlanMisdirected(T0 + Duration.FromDays(1))),
            Run("rebild/sul140", Referral.Plan(T0, new LocalDate(2026, 2, 1)),
                new CitizenContacted(T0 + Duration.FromDays(1), new LocalDate(2026, 3, 5)), new CitizenReplied(T0 + Duration.FromDays(2)),
                new FreeChoiceDeclined(T0 + Duration.FromDays(4)),
                new TransferredToOtherMunicipality(T0 + Duration.FromDays(5), "Aalborg")),
        };
        var allTypes = histories.SelectMany(h => h).Select(e => e.GetType().Name).ToHashSet();
        Assert.Equal(typeof(CourseEvent).GetNestedTypes().Length, allTypes.Count);

        foreach (var history in histories)
        {
            var restored = history.Select(CourseEventJson.Serialize).Select(s => CourseEventJson.Deserialize(s.Type, s.Data, Resolve)).ToList();
            Assert.Equal(history, restored);
        }
    }

    private static List<CourseEvent> Run(string standard, Referral referral, params Occurrence[] occurrences)
    {
        var rules = TestCatalog.Instance.VersionFor(TestCatalog.Id(standard), referral.ReceivedDate)!;
        var history = new List<CourseEvent>();
        var state = CourseState.Initial;
        void Apply(CourseCommand command, Instant now)
        {
            var decision = Assert.IsType<Decision.Accepted>(CourseDecider.Decide(state, command, now));
            history.AddRange(decision.Events);
            state = decision.Events.Aggregate(state, CourseDecider.Evolve);
        }

        Apply(new CourseCommand.StartCourse(rules, referral), referral.ReceivedAt);
        foreach (var occurrence in occurrences)
        {
            Apply(new CourseCommand.Record(occurrence), occurrence.At);
        }

        Apply(new CourseCommand.FireDueTimers(), T0 + Duration.FromDays(120));
        if (state.Alerts.FirstOrDefault() is { } alert)
        {
            Apply(new CourseCommand.Acknowledge(alert.Kind, alert.Level, "Ringet til borgeren \"i dag\"", "dev-rebild"), T0 + Duration.FromDays(121));
        }

        return history;
    }

    private static StandardVersion Resolve(StandardId id, int version) => TestCatalog.Instance.Version(id, version)!;
}
