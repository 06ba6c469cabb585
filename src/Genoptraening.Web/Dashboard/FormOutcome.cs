using Genoptraening.Workflows.Requests;

namespace Genoptraening.Web.Dashboard;

/// <summary>What a form's answer says, in Danish, and what was typed when it was refused (to show it again).</summary>
public sealed record FormOutcome(bool Succeeded, string Message, IReadOnlyDictionary<string, string>? Typed = null)
{
    /// <summary>What a visitator is told of a course that does not exist or is another municipality's (the two are not told apart).</summary>
    public const string NoSuchCourse = "Forløbet findes ikke, eller det hører ikke til din kommune.";

    public static FormOutcome Refused(string message, IReadOnlyDictionary<string, string>? typed = null) => new(false, message, typed);

    /// <summary>The answer to a request: <paramref name="accepted"/> when taken, the refusal's reason in Danish otherwise.</summary>
    public static FormOutcome Of(CourseAnswer result, string accepted, IReadOnlyDictionary<string, string>? typed = null) => result switch
    {
        CourseAnswer.Accepted => new(true, accepted),
        CourseAnswer.Refused refused => Refused(DanishReasons.Of(refused.Rejection), typed),
        CourseAnswer.NotFound => Refused("Forløbet findes ikke.", typed),
        _ => new(true, "Modtaget; det registreres om et øjeblik. Opdater siden."),
    };
}
