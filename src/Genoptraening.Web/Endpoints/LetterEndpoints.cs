using System.Security.Claims;
using System.Text;
using Genoptraening.Domain.Calendar;
using Genoptraening.Web.Http;
using Genoptraening.Web.Letters;
using Genoptraening.Web.Security;
using Genoptraening.Workflows.Reads;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using NodaTime;

namespace Genoptraening.Web.Endpoints;

/// <summary>
/// The letters a course gives the municipality to send: today the letter of the extended free choice (RULES.md § 10),
/// which a Digital Post integration fetches when <c>freechoice.triggered</c> reaches its queue (docs/escalations.md).
/// </summary>
public static class LetterEndpoints
{
    internal static IEnumerable<ApiRoute> Routes =>
    [
        new("GetFreeChoiceLetter", "GET", "courses/{id:guid}/letters/free-choice", ApiAccess.AnyCaller, GetFreeChoiceLetterAsync, b => b.WithTags("Courses")
            .WithSummary("The letter telling the citizen of the extended free choice, in Danish, as text or HTML (format=text|html, or the Accept header); no CPR, no address.")),
    ];

    private static async Task<Results<ContentHttpResult, ProblemHttpResult, ValidationProblem>> GetFreeChoiceLetterAsync(
        Guid id, HttpRequest request, ClaimsPrincipal user, CourseReader reader, IClock clock, string? format, CancellationToken cancellationToken)
    {
        if (format is not (null or "text" or "html"))
        {
            return Problems.Invalid("format", "expected text or html");
        }

        // The letter is the municipality's to send: a hospital that sent the plan does not read it.
        var (course, problem) = await CourseReadEndpoints.LoadReadableAsync(reader, id, user, cancellationToken);
        if (course is null || Caller.From(user).Role == Caller.Hospital)
        {
            return problem ?? Problems.NotFound(id);
        }

        var (letter, unavailable) = FreeChoiceLetter.Compose(course.State, Copenhagen.DateOf(clock.GetCurrentInstant()));
        if (letter is null)
        {
            return Problems.Conflict(unavailable!.Reason);
        }

        return WantsHtml(request, format)
            ? TypedResults.Text(letter.ToHtmlDocument(), "text/html", Encoding.UTF8)
            : TypedResults.Text(letter.ToText(), "text/plain", Encoding.UTF8);
    }

    /// <summary>HTML when asked for by <c>format=html</c>, or by an Accept header that prefers it to plain text.</summary>
    private static bool WantsHtml(HttpRequest request, string? format)
    {
        if (format is not null)
        {
            return format == "html";
        }

        var accepted = request.GetTypedHeaders().Accept;
        double Quality(string type) => accepted.Where(a => a.MediaType.Equals(type, StringComparison.OrdinalIgnoreCase)).Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        return Quality("text/html") > Quality("text/plain");
    }
}
