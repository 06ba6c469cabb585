using Genoptraening.Domain.Catalog;
using Genoptraening.Workflows.Reads;
using Genoptraening.Workflows.Storage;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace Genoptraening.Web.Dashboard;

/// <summary>
/// The overview: the municipality's courses, those to act on first (breached, then due today, then due
/// within two working days), each with its phase, its next deadline, what to do next and its deadlines as traffic lights.
/// </summary>
public static class OverviewPage
{
    private const int Shown = 500;

    public static async Task<IResult> GetAsync(
        HttpContext context, PageFrame frame, [FromQuery] string? standard, [FromQuery] string? phase, [FromQuery] string? status,
        ICourseReadModel readModel, CourseReader reader, ServiceCatalog catalog, IClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(readModel);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(clock);
        var municipality = frame.SignedIn;
        var standards = catalog.Standards.Where(s => s.Municipality == municipality).Select(s => new Choice(s.ToString(), catalog.TitleOf(s))).ToList();
        var filters = new Filters(
            standards.Any(s => s.Value == standard) ? standard : null,
            phase is not null && Phase.Names.ContainsKey(phase) ? phase : null,
            status is "ended" ? "ended" : "active");
        var page = await readModel.ListAsync(new CourseListQuery(municipality, filters.Standard, filters.Status, Shown), cancellationToken).ConfigureAwait(false);
        var now = clock.GetCurrentInstant();
        var rows = (await OverviewCourse.LoadAsync(page.Items, reader, catalog, cancellationToken).ConfigureAwait(false))
            .Where(c => filters.Phase is null || Phase.Of(c.Ended, c.Progress) == filters.Phase)
            .Select(c => Row(c, catalog, now))
            .OrderBy(r => r.Urgency).ThenBy(r => r.NextDue ?? LocalDate.MaxIsoValue).ThenBy(r => r.Label, StringComparer.Ordinal)
            .ToList();
        return Page.Of<Pages.OverviewView>(frame, new Model(filters, standards, rows, page.ContinuationToken is not null, FormRedirect.Take(context, frame)));
    }

    private static CourseRow Row(OverviewCourse course, ServiceCatalog catalog, Instant now)
    {
        var (deadlines, calendar) = (course.Progress.Deadlines, course.Rules.Calendar);
        var next = Urgencies.NextDeadline(course.Ended, deadlines);
        return new CourseRow(
            course.Id,
            CourseLabel.Of(course.ReferralKey),
            Danish.Date(course.ReceivedAt),
            catalog.TitleOf(course.Rules.Id),
            Phase.Names[Phase.Of(course.Ended, course.Progress)],
            Urgencies.Of(course.Ended, deadlines, calendar, now),
            next?.Due,
            next is null ? "Ingen åben frist" : $"{Light.Danish(next.Kind)} {Danish.Date(next.Due)}",
            NextStep.Of(course.Ended, course.Progress, course.Rules.Id),
            course.Progress.FreeChoiceInformed,
            [.. deadlines.Select(d => Light.For(d, now, calendar))]);
    }

    /// <summary>The filters as the page shows them; an unknown value is no filter.</summary>
    public sealed record Filters(string? Standard, string? Phase, string Status);

    public sealed record Choice(string Value, string Text);

    /// <param name="FreeChoiceInformed">Null unless the course's extended free choice is triggered; then whether the citizen is recorded informed.</param>
    public sealed record CourseRow(
        Guid Id, string Label, string Received, string Standard, string Phase, Urgency Urgency, LocalDate? NextDue, string NextDeadline, string NextStep,
        bool? FreeChoiceInformed, IReadOnlyList<Light> Lights);

    /// <param name="Answer">What the form that led here said (a form for a course that is not found comes back here).</param>
    public sealed record Model(Filters Filters, IReadOnlyList<Choice> Standards, IReadOnlyList<CourseRow> Rows, bool MoreThanShown, FormOutcome? Answer);
}
