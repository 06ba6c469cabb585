using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Courses;
using Genoptraening.Web.Letters;

namespace Genoptraening.Web.Dashboard;

/// <summary>
/// The letter of the extended free choice on the dashboard (the API's <c>/letters/free-choice</c> as a page): the visitator
/// reads or prints it, sends it, and records the citizen informed with the form below it, which returns to the course's page.
/// </summary>
public static class FreeChoiceLetterPage
{
    public static async Task<IResult> GetAsync(Guid id, PageFrame frame, [AsParameters] CoursePage.Reading reading, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var course = await reading.Reader.LoadAsync(id, cancellationToken).ConfigureAwait(false);
        if (course is null || course.Municipality != frame.SignedIn)
        {
            return Page.CourseNotFound(frame);
        }

        var (letter, unavailable) = FreeChoiceLetter.Compose(course.State, Copenhagen.DateOf(reading.Clock.GetCurrentInstant()));
        return letter is null
            ? Page.Message(frame, "Intet brev", unavailable!.Danish, StatusCodes.Status409Conflict)
            : Page.Of<Pages.FreeChoiceLetterView>(frame, new Model(id, CourseLabel.Of(course), letter, course.State.FreeChoice!, course.State.IsEnded));
    }

    /// <summary>The letter's page, relative to the dashboard's root.</summary>
    public static string PathOf(Guid id) => $"{CoursePage.PathOf(id)}/brev/frit-valg";

    public sealed record Model(Guid Id, string Label, FreeChoiceLetter Letter, FreeChoice FreeChoice, bool IsEnded);
}
