using System.Text.Json;
using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Simulation;
using Genoptraening.Workflows.Views;
using NodaTime;
using NodaTime.Text;
using Xunit;
using static Genoptraening.Domain.Courses.Occurrence;

namespace Genoptraening.Workflows.Tests.Support;

/// <summary>Courses to run whole: the worked examples of RULES.md § 8, and two lives of every standard.</summary>
internal static class CourseScenario
{
    public static Instant At(string text) => OffsetDateTimePattern.ExtendedIso.Parse(text).GetValueOrThrow().ToInstant();

    public static LocalDate D(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();

    public static Scenario Application(string standard, string receivedAt, string until, params Occurrence[] events) =>
        new(TestCatalog.Id(standard), Referral.Application(At(receivedAt)), events, At(until));

    public static Scenario Plan(string standard, string receivedAt, string discharge, string until, params Occurrence[] events) =>
        new(TestCatalog.Id(standard), Referral.Plan(At(receivedAt), D(discharge)), events, At(until));

    /// <summary>The worked examples of RULES.md § 8 and the example of contracts/simulate.md.</summary>
    public static TheoryData<string, Scenario> WorkedExamples() => new()
    {
        { "example 1", Application("rebild/sel86-1", "2026-03-27T14:00:00+01:00", "2026-04-01T00:00:00+02:00") },
        { "example 2", Application("rebild/sel86-1", "2026-03-27T14:00:00+01:00", "2026-03-31T12:00:00+02:00",
            new Visitated(At("2026-03-31T11:00:00+02:00"), true, TrainingLevel.Basal)) },
        { "example 3", Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", "2026-05-08", "2026-06-01T00:00:00+02:00") },
        { "example 4", Application("kommune-004/sel86-1", "2026-01-05T09:00:00+01:00", "2026-02-01T00:00:00+01:00",
            new TrainingStarted(At("2026-01-31T10:00:00+01:00"))) },
        { "contract example", Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", "2026-05-08", "2026-08-01T00:00:00+02:00",
            new CitizenContacted(At("2026-05-11T09:30:00+02:00")), new StartOffered(At("2026-05-12T13:00:00+02:00"), D("2026-05-18"))) },
        { "example 5", Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", "2026-05-12", "2026-06-01T00:00:00+02:00",
            new PlanCorrected(At("2026-05-13T09:00:00+02:00"), D("2026-05-15"), null, null, null)) },
        { "example 8", Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", "2026-05-08", "2026-06-01T00:00:00+02:00",
            new PlanCorrected(At("2026-05-18T10:00:00+02:00"), D("2026-05-14"), null, null, null)) },
        { "a correction whose breach has passed, then a cancellation", Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", "2026-05-20", "2026-06-01T00:00:00+02:00",
            new PlanCorrected(At("2026-05-14T11:00:00+02:00"), D("2026-05-05"), null, null, null), new PlanCancelled(At("2026-05-15T11:00:00+02:00"), "fejl")) },
        { "example 6", Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", "2026-05-12", "2026-06-01T00:00:00+02:00") },
        { "example 7", Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", "2026-05-08", "2026-06-01T00:00:00+02:00",
            new CitizenContacted(At("2026-05-11T09:30:00+02:00"), D("2026-05-12"))) },
        { "the notice met, free choice declined, then another municipality", Plan("rebild/sul140", "2026-05-08T10:00:00+02:00", "2026-05-08", "2026-06-01T00:00:00+02:00",
            new CitizenInformedOfFreeChoice(At("2026-05-18T10:00:00+02:00"), InformationChannel.Phone), new FreeChoiceDeclined(At("2026-05-18T11:00:00+02:00")),
            new TransferredToOtherMunicipality(At("2026-05-20T11:00:00+02:00"), "Aalborg")) },
        { "misdirected", Plan("norddjurs/sul140", "2026-05-08T10:00:00+02:00", "2026-05-08", "2026-06-01T00:00:00+02:00",
            new PlanMisdirected(At("2026-05-11T09:00:00+02:00"))) },
    };

    /// <summary>For every standard: a course where staff act on time, and one where nobody does anything.</summary>
    public static TheoryData<string, Scenario> LivesOfEveryStandard()
    {
        var lives = new TheoryData<string, Scenario>();
        foreach (var id in TestCatalog.Instance.Standards)
        {
            var received = At("2026-09-07T10:00:00+02:00");
            var referral = id.IsHealthAct ? Referral.Plan(received, Copenhagen.DateOf(received)) : Referral.Application(received);
            lives.Add($"{id} on time", new Scenario(id, referral, OnTime(received), received + Duration.FromDays(7 * 16)));
            lives.Add($"{id} left alone", new Scenario(id, referral, [], received + Duration.FromDays(7 * 12)));
        }

        return lives;
    }

    /// <summary>The course's summary as <c>simulate</c> prints it and the API returns it.</summary>
    public static string Summary(CourseState state)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            CourseViewWriter.WriteFields(w, state);
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static Occurrence[] OnTime(Instant received)
    {
        Instant Day(int day, int hour = 10) => received + Duration.FromDays(day) + Duration.FromHours(hour - 10);
        var startDate = Copenhagen.DateOf(Day(7));
        return
        [
            new CitizenContacted(Day(1)),
            new Visitated(Day(2), true, TrainingLevel.Basal),
            new ProviderContacted(Day(3)),
            new StartOffered(Day(3, 14), startDate),
            new InitialExaminationHeld(Day(7, 9)),
            new TrainingStarted(Day(7)),
            new MidwayEvaluationHeld(Day(7 + 35)),
            new CourseCompleted(Day(7 + 70), true, "Fortsætter på eget hold"),
        ];
    }
}
