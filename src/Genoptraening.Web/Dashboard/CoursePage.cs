using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Reads;
using Genoptraening.Workflows.Requests;
using Genoptraening.Workflows.Storage;
using NodaTime;

namespace Genoptraening.Web.Dashboard;

/// <summary>
/// One course: what to do next, the hospital's plan, its deadlines, its timeline, the extended free choice when it
/// applies, and a form for the events of RULES.md § 4, checked as the API checks them. Every form answers with a
/// redirect to this page (<see cref="FormRedirect"/>); a refused event keeps what was typed.
/// </summary>
public static class CoursePage
{
    /// <summary>The page, with the outcome of the form that led here (<see cref="FormRedirect"/>).</summary>
    public static async Task<IResult> GetAsync(Guid id, HttpContext context, PageFrame frame, [AsParameters] Reading reading, CancellationToken cancellationToken) =>
        await ShowAsync(id, frame, reading, FormRedirect.Take(context, frame), SameOrigin.IsOwnNavigation(context.Request), cancellationToken).ConfigureAwait(false);

    /// <summary>Records the form's event and sends the browser back to the page, which says how it went (a refusal keeps what was typed).</summary>
    public static async Task<IResult> RecordEvent(
        Guid id, HttpContext context, PageFrame frame, [AsParameters] Reading reading, CourseService courses, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(courses);
        var form = EventForm.From(await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false));
        var (outcome, answer) = await form.RecordAsync(id, frame.SignedIn, frame.Who!, courses, reading.Clock.GetCurrentInstant(), cancellationToken).ConfigureAwait(false);
        return answer is CourseAnswer.NotFound
            ? NotFound(context, frame)
            : FormRedirect.To(context, frame, PathOf(id), outcome.Succeeded ? outcome with { Typed = null } : outcome);
    }

    /// <summary>
    /// The visitator has told the citizen of the extended free choice: <c>CitizenInformedOfFreeChoice</c> with the
    /// form's channel, which settles the breach's escalation. Back to the inbox when it came from there, once the
    /// course's read-model row holds it (<see cref="ReadModelCatchUp"/>); else to the course's page.
    /// </summary>
    public static async Task<IResult> RecordFreeChoiceInformed(
        Guid id, HttpContext context, PageFrame frame, [AsParameters] Reading reading, CourseService courses, ICourseReadModel readModel,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(courses);
        var form = await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var back = form["tilbage"] == InboxPage.Path ? InboxPage.Path : PathOf(id);
        var course = await reading.Reader.LoadAsync(id, cancellationToken).ConfigureAwait(false);
        if (course is null || course.Municipality != frame.SignedIn)
        {
            return NotFound(context, frame);
        }

        if (course.State.FreeChoice is null)
        {
            return FormRedirect.To(context, frame, back, FormOutcome.Refused("Udvidet frit valg er ikke udløst for dette forløb."));
        }

        if (!WireNames.InformationChannels.TryParse(form["channel"].ToString(), out var channel))
        {
            return FormRedirect.To(context, frame, back, FormOutcome.Refused("Vælg, hvordan borgeren er informeret."));
        }

        var informed = new Occurrence.CitizenInformedOfFreeChoice(reading.Clock.GetCurrentInstant(), channel);
        var result = await courses.SendAsync(id, new CourseCommand.Record(informed), frame.Who!, c => c.Municipality == frame.SignedIn, cancellationToken).ConfigureAwait(false);
        if (result is CourseAnswer.Accepted accepted && back == InboxPage.Path)
        {
            await ReadModelCatchUp.WaitAsync(readModel, accepted.Course, cancellationToken).ConfigureAwait(false);
        }

        return FormRedirect.To(context, frame, back, FormOutcome.Of(result, "Det er registreret, at borgeren er informeret om udvidet frit valg."));
    }

    /// <summary>The free choice form's address opened as a page (a reload, a bookmark): the course's page.</summary>
    public static IResult FreeChoiceFormAddress(Guid id, PageFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return Results.Redirect(frame.Root + PathOf(id));
    }

    /// <summary>The course's page, relative to the dashboard's root.</summary>
    public static string PathOf(Guid id) => $"forloeb/{id}";

    /// <summary>A form for a course that does not exist or is another municipality's: back to the overview, which says so.</summary>
    private static IResult NotFound(HttpContext context, PageFrame frame) =>
        FormRedirect.To(context, frame, string.Empty, FormOutcome.Refused(FormOutcome.NoSuchCourse));

    private static async Task<IResult> ShowAsync(Guid id, PageFrame frame, Reading reading, FormOutcome? outcome, bool showCpr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var course = await reading.Reader.LoadAsync(id, cancellationToken).ConfigureAwait(false);
        return course is null || course.Municipality != frame.SignedIn
            ? Page.CourseNotFound(frame)
            : await ShowAsync(course, frame, reading, outcome, showCpr, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The page of the course as read; the citizen's CPR number only when the visitator opened the page themselves
    /// (<see cref="SameOrigin.IsOwnNavigation"/>), and only after its display is recorded in the audit trail.
    /// </summary>
    private static async Task<IResult> ShowAsync(CourseRecord course, PageFrame frame, Reading reading, FormOutcome? outcome, bool showCpr, CancellationToken cancellationToken)
    {
        var id = course.Id;
        var now = reading.Clock.GetCurrentInstant();
        var cpr = showCpr ? (await reading.PersonalData.LoadAsync(id, cancellationToken).ConfigureAwait(false))?.Cpr : null;
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
            NextStep.Of(state.IsEnded, CourseProgress.Of(state), state.Rules!.Id),
            Danish.TypedTime(now),
            state.Outcome is { } ended ? Danish.Outcome(ended) : null,
            [.. state.Deadlines.Select(d => new DeadlineLine(d.Kind, Light.For(d, now, state.Rules!.Calendar), Danish.Date(d.Due), Danish.Time(d.SatisfiedAt), Danish.Time(d.BreachedAt)))],
            Timeline.Of(course),
            state.FreeChoice,
            PlanFacts.Of(course),
            state.Rules!.FreeChoiceList,
            state.Rules!.MunicipalProviders,
            outcome));
    }

    public sealed record DeadlineLine(DeadlineKind Kind, Light Light, string Due, string Met, string Breached);

    /// <summary>What the page reads, bound from the host's services.</summary>
    public sealed record Reading(CourseReader Reader, ServiceCatalog Catalog, IClock Clock, IPersonalDataStore PersonalData, IPersonalDataAudit Audit);

    /// <param name="NextStep">What to do next on the course, in Danish (<see cref="Dashboard.NextStep"/>).</param>
    /// <param name="NowText">Now, as the event form's time field takes it (its placeholder: empty is now).</param>
    /// <param name="Providers">The national free-choice list the citizen chooses from (RULES.md § 10).</param>
    /// <param name="MunicipalProviders">The municipality's own approved providers, which <c>ProviderContacted</c> names.</param>
    public sealed record Model(
        Guid Id, string Label, string? Cpr, string Standard, string Received, string Phase, string NextStep, string NowText, string? EndedAs, IReadOnlyList<DeadlineLine> Deadlines,
        IReadOnlyList<Timeline.Entry> Timeline, FreeChoice? FreeChoice, IReadOnlyList<PlanFacts.Fact> Plan, IReadOnlyList<FreeChoiceProvider> Providers,
        IReadOnlyList<MunicipalProvider> MunicipalProviders, FormOutcome? Answer)
    {
        public bool IsEnded => EndedAs is not null;
    }
}
