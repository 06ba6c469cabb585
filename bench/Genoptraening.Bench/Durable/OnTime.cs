using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using NodaTime;
using static Genoptraening.Domain.Courses.Occurrence;

namespace Genoptraening.Bench.Durable;

/// <summary>What staff record on a course that goes to plan, by day after receipt.</summary>
internal static class OnTime
{
    public static Occurrence? For(int day, Instant at) => day switch
    {
        1 => new CitizenContacted(at),
        2 => new Visitated(at, true, TrainingLevel.Basal),
        3 => new StartOffered(at, Copenhagen.DateOf(at).PlusDays(4)),
        4 => new ProviderContacted(at),
        7 => new TrainingStarted(at),
        8 => new InitialExaminationHeld(at),
        42 => new MidwayEvaluationHeld(at),
        77 => new CourseCompleted(at, true, null),
        _ => null,
    };
}
