using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Reads;
using Genoptraening.Workflows.Requests;
using Genoptraening.Workflows.Storage;
using NodaTime;

namespace Genoptraening.Web.Dashboard;

/// <summary>
/// One course: its deadlines, its timeline, the extended free choice when it applies, and a form for the
/// events of RULES.md § 4, checked as the API checks them. A refused event keeps what was typed.
/// </summary>
public static class CoursePage
{
    public static async Task<IResult> GetAsync(Guid id, PageFrame frame, [AsParameters] Reading reading, CancellationToken cancellationToken) =>
        await ShowAsync(id, frame, reading, null, cancellationToken).ConfigureAwait(false);

    /// <summary>Records the form's event and shows the page with the course the answer brought: two reads of the course in all.</summary>
    public static async Task<IResult> RecordEvent(
        Guid id, HttpContext context, PageFrame frame, [AsParameters] Reading reading, CourseService courses, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(courses);
        var form = EventForm.From(await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false));
        var (outcome, answer) = await form.RecordAsync(id, frame.SignedIn, courses, reading.Clock.GetCurrentInstant(), cancellationToken).ConfigureAwait(false);
        var course = answer switch
        {
            CourseAnswer.NotFound => null,
            CourseAnswer.Accepted accepted => accepted.Course,
            CourseAnswer.Refused refused => refused.Course,
            _ => await reading.Reader.LoadAsync(id, cancellationToken).ConfigureAwait(false),
        };
        return course is null || course.Municipality != frame.SignedIn
            ? Page.CourseNotFound(frame)
            : await ShowAsync(course, frame, reading, outcome.Succeeded ? outcome with { Typed = null } : outcome, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The visitator has told the citizen of the extended free choice: <c>CitizenInformedOfFreeChoice</c> with the
    /// form's channel, which settles the breach's escalation. From the inbox, back to the inbox once the course's
    /// read-model row holds it (<see cref="ReadModelCatchUp"/>).
    /// </summary>
    public static async Task<IResult> RecordFreeChoiceInformed(
        Guid id, HttpContext context, PageFrame frame, [AsParameters] Reading reading, CourseService courses, ICourseReadModel readModel,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(courses);
        var course = await reading.Reader.LoadAsync(id, cancellationToken).ConfigureAwait(false);
        if (course is null || course.Municipality != frame.SignedIn)
        {
            return Page.CourseNotFound(frame);
        }

        if (course.State.FreeChoice is null)
        {
            return await ShowAsync(id, frame, reading, FormOutcome.Refused("Udvidet frit valg er ikke udløst for dette forløb."), cancellationToken).ConfigureAwait(false);
        }

        var form = await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        if (!WireNames.InformationChannels.TryParse(form["channel"].ToString(), out var channel))
        {
            return await ShowAsync(id, frame, reading, FormOutcome.Refused("Vælg, hvordan borgeren er informeret."), cancellationToken).ConfigureAwait(false);
        }

        var informed = new Occurrence.CitizenInformedOfFreeChoice(reading.Clock.GetCurrentInstant(), channel);
        var result = await courses.SendAsync(id, new CourseCommand.Record(informed), c => c.Municipality == frame.SignedIn, cancellationToken).ConfigureAwait(false);
        if (result is CourseAnswer.Accepted accepted && form["tilbage"] == InboxPage.Path)
        {
            await ReadModelCatchUp.WaitAsync(readModel, accepted.Course, cancellationToken).ConfigureAwait(false);
            return Results.Redirect(frame.Root + InboxPage.Path);
        }

        return await ShowAsync(id, frame, reading, FormOutcome.Of(result, "Det er registreret, at borgeren er informeret om udvidet frit valg."), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> ShowAsync(Guid id, PageFrame frame, Reading reading, FormOutcome? outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var course = await reading.Reader.LoadAsync(id, cancellationToken).ConfigureAwait(false);
        return course is null || course.Municipality != frame.SignedIn
            ? Page.CourseNotFound(frame)
            : await ShowAsync(course, frame, reading, outcome, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The page of the course as read; the citizen's CPR number is shown only after its display is recorded in the audit trail.</summary>
    private static async Task<IResult> ShowAsync(CourseRecord course, PageFrame frame, Reading reading, FormOutcome? outcome, CancellationToken cancellationToken)
    {
        var id = course.Id;
        var now = reading.Clock.GetCurrentInstant();
        var cpr = (await reading.PersonalData.LoadAsync(id, cancellationToken).ConfigureAwait(false))?.Cpr;
        if (cpr is not null)
        {
            await reading.Audit.RecordAsync(new PersonalDataView(now, id, frame.SignedIn, frame.Who ?? frame.SignedIn), cancellationToken).ConfigureAwait(false);
        }

        var state = course.State;
        return Page.Of<Pages.CourseView>(frame, new Model(
            course.Id,
            CourseLabel.Of(course),
            cpr is null ? null : $"{cpr[..6]}-{cpr[6..]}",
            reading.Catalog.TitleOf(state.Rules!.Id),
            Danish.Time(state.Referral!.ReceivedAt),
            Phase.Names[Phase.Of(state)],
            state.Outcome is { } ended ? Danish.Outcome(ended) : null,
            [.. state.Deadlines.Select(d => new DeadlineLine(d.Kind, Light.For(d, now, state.Rules!.Calendar), Danish.Date(d.Due), Danish.Time(d.SatisfiedAt), Danish.Time(d.BreachedAt)))],
            Timeline.Of(state),
            state.FreeChoice,
            PlanFacts.Of(course),
            outcome), outcome is { Succeeded: false } ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK);
    }

    public sealed record DeadlineLine(DeadlineKind Kind, Light Light, string Due, string Met, string Breached);

    /// <summary>What the page reads, bound from the host's services.</summary>
    public sealed record Reading(CourseReader Reader, ServiceCatalog Catalog, IClock Clock, IPersonalDataStore PersonalData, IPersonalDataAudit Audit);

    public sealed record Model(
        Guid Id, string Label, string? Cpr, string Standard, string Received, string Phase, string? EndedAs, IReadOnlyList<DeadlineLine> Deadlines,
        IReadOnlyList<Timeline.Entry> Timeline, FreeChoice? FreeChoice, IReadOnlyList<PlanFacts.Fact> Plan, FormOutcome? Answer)
    {
        public bool IsEnded => EndedAs is not null;
    }
}
