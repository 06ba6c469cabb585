using System.Text.Json;
using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Tests.Support;
using Xunit;

namespace Genoptraening.Workflows.Tests.Serialization;

/// <summary>
/// Stored names are fixed for good: histories written by the build of 2026-12-06 (before names were
/// written out) read back and write back to the same text, event for event, and the stored names are
/// the ones listed here. A renamed record, enum member or field fails these tests.
/// </summary>
public class StoredNamesTests
{
    private static readonly string Written = Path.Combine(AppContext.BaseDirectory, "Serialization", "StoredHistories", "written-2026-12-06.jsonl");

    [Fact]
    public void StoredHistory_WrittenByAnEarlierBuild_ReadsBackAndWritesTheSameText()
    {
        var stored = File.ReadAllLines(Written).Where(line => line.Length > 0).Select(Parse).ToList();
        Assert.NotEmpty(stored);

        foreach (var (type, data) in stored)
        {
            var e = CourseEventJson.Deserialize(type, data, Resolve);
            Assert.Equal((type, data), CourseEventJson.Serialize(e));
        }
    }

    [Fact]
    public void StoredHistory_WrittenByAnEarlierBuild_HoldsEveryEventTypeAndOutcome()
    {
        var events = File.ReadAllLines(Written).Where(line => line.Length > 0).Select(Parse)
            .Select(s => CourseEventJson.Deserialize(s.Type, s.Data, Resolve)).ToList();

        // What came after the history was written (2026-12-07): the plan's life (RULES.md § 9) and the citizen's side (§ 10), see below.
        Assert.Equal(typeof(CourseEvent).GetNestedTypes().Except([typeof(CourseEvent.DeadlineRescheduled)]).Select(t => t.Name).Order(), events.Select(e => e.GetType().Name).Distinct().Order());
        Assert.Equal(
            Enum.GetValues<CourseOutcome>().Except([CourseOutcome.OtherMunicipality, CourseOutcome.Withdrawn, CourseOutcome.Misdirected]).Order(),
            events.OfType<CourseEvent.CourseEnded>().Select(e => e.Outcome).Distinct().Order());
        var typesBeforeTheHistoryWasWritten = Enum.GetValues<OccurrenceType>().Except(
            [
                OccurrenceType.CitizenInformedOfFreeChoice, OccurrenceType.CitizenReplied, OccurrenceType.FreeChoiceDeclined, OccurrenceType.TransferredToOtherMunicipality,
                OccurrenceType.PlanCorrected, OccurrenceType.PlanCancelled, OccurrenceType.PlanMisdirected,
            ]);
        Assert.Equal(
            typesBeforeTheHistoryWasWritten.Order(),
            events.OfType<CourseEvent.OccurrenceRecorded>().Select(e => e.Occurrence.Type).Distinct().Order());
    }

    [Fact]
    public void StoredNames_AreTheNamesHistoriesAreWrittenWith()
    {
        Assert.Equal<string>(
            [
                "CourseStarted", "OccurrenceRecorded", "DeadlineOpened", "DeadlineMet", "DeadlineMetLate", "DeadlineBreached", "DeadlineWaived",
                "DeadlineExtended", "DeadlineCancelled", "DeadlineRescheduled", "WarningRaised", "EscalationRaised", "FreeChoiceTriggered", "CourseEnded", "AlertAcknowledged",
                "StartCourse", "Record", "Acknowledge",
            ],
            typeof(StoredNames).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!));
        Assert.Equal<string>(["Completed", "Rejected", "NoShows", "Cancelled", "Transferred", "OtherMunicipality", "Withdrawn", "Misdirected"], StoredNames.Outcomes.Names);
        Assert.Equal<string>(["Plan", "Application"], StoredNames.ReferralKinds.Names);
        Assert.Equal<string>(["almen", "specialiseret", "rehabilitering"], StoredNames.PlanTypes.Names);
        Assert.Equal<string>(["basal", "avanceret"], StoredNames.TrainingLevels.Names);
        Assert.Equal<string>(
            ["contact", "decision", "providerContact", "initialExamination", "start", "startGuarantee", "midwayEvaluation", "end", "citizenReply", "freeChoiceNotice"],
            StoredNames.DeadlineKinds.Names);
        Assert.Equal<string>(
            [
                "CitizenContacted", "Visitated", "ProviderContacted", "InitialExaminationHeld", "StartOffered", "StartOfferDeclined",
                "CitizenMissedResponseDeadline", "TrainingStarted", "MidwayEvaluationHeld", "ExtensionGranted", "NoShow", "CourseCompleted",
                "CourseCancelled", "ExtendedFreeChoiceExercised", "CitizenInformedOfFreeChoice", "CitizenReplied", "FreeChoiceDeclined",
                "TransferredToOtherMunicipality", "PlanCorrected", "PlanCancelled", "PlanMisdirected",
            ],
            StoredNames.OccurrenceTypes.Names);
        Assert.Equal<string>(["digitalPost", "letter", "phone", "inPerson"], WireNames.InformationChannels.Names);
    }

    [Fact]
    public void CourseStarted_WithThePlansTypeAndLevel_StoresThemByName()
    {
        var rules = TestCatalog.Instance.VersionFor(TestCatalog.Id("rebild/sul140"), new NodaTime.LocalDate(2026, 5, 8))!;
        var at = NodaTime.Instant.FromUtc(2026, 5, 8, 8, 0);
        var started = new CourseEvent.CourseStarted(at, rules, Referral.Plan(at, null, null, PlanType.Specialiseret, TrainingLevel.Basal));

        var (type, data) = CourseEventJson.Serialize(started);

        Assert.Equal("CourseStarted", type);
        Assert.Contains("\"planType\":\"specialiseret\",\"level\":\"basal\"", data, StringComparison.Ordinal);
        Assert.Equal(started, CourseEventJson.Deserialize(type, data, Resolve));
    }

    [Fact]
    public void ThePlansLife_CorrectionCancellationMisdirectionAndReschedule_WrittenAndReadBack()
    {
        var at = NodaTime.Instant.FromUtc(2026, 5, 13, 7, 0);
        CourseEvent[] events =
        [
            new CourseEvent.OccurrenceRecorded(new Occurrence.PlanCorrected(at, new NodaTime.LocalDate(2026, 5, 15), null, PlanType.Almen, null)),
            new CourseEvent.DeadlineRescheduled(at, DeadlineKind.StartGuarantee, new NodaTime.LocalDate(2026, 5, 22), at + NodaTime.Duration.FromDays(10), null),
            new CourseEvent.OccurrenceRecorded(new Occurrence.PlanCancelled(at, "fejl")),
            new CourseEvent.OccurrenceRecorded(new Occurrence.PlanMisdirected(at)),
            new CourseEvent.CourseEnded(at, CourseOutcome.Withdrawn),
            new CourseEvent.CourseEnded(at, CourseOutcome.Misdirected),
        ];

        foreach (var e in events)
        {
            var (type, data) = CourseEventJson.Serialize(e);
            Assert.Equal(e, CourseEventJson.Deserialize(type, data, Resolve));
        }

        Assert.Equal(
            """{"at":"2026-05-13T07:00:00Z","occurrence":{"type":"PlanCorrected","at":"2026-05-13T09:00:00+02:00","dischargeDate":"2026-05-15","planType":"almen"}}""",
            CourseEventJson.Serialize(events[0]).Data);
    }

    private static (string Type, string Data) Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        return (json.RootElement.GetProperty("type").GetString()!, json.RootElement.GetProperty("data").GetString()!);
    }

    private static StandardVersion Resolve(StandardId id, int version) => TestCatalog.Instance.Version(id, version)!;
}
