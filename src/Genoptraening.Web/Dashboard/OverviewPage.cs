using Genoptraening.Domain.Catalog;
using Genoptraening.Workflows.Reads;
using Genoptraening.Workflows.Storage;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace Genoptraening.Web.Dashboard;

/// <summary>
/// The overview: the municipality's courses, those to act on first (breached, then due today, then due
/// within two working days), each with its phase, its next deadline and its deadlines as traffic lights.
/// </summary>
public static class OverviewPage
{
    private const int Shown = 500;

    public static async Task<IResult> GetAsync(
        PageFrame frame, [FromQuery] string? standard, [FromQuery] string? phase, [FromQuery] string? status,
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
        var rows = (await reader.LoadManyAsync([.. page.Items.Select(r => r.CourseId)], cancellationToken).ConfigureAwait(false))
            .Where(c => filters.Phase is null || Phase.Of(c.State) == filters.Phase)
            .Select(c => Row(c, catalog, now))
            .OrderBy(r => r.Urgency).ThenBy(r => r.NextDue ?? LocalDate.MaxIsoValue).ThenBy(r => r.Label, StringComparer.Ordinal)
            .ToList();
        return Page.Of<Pages.OverviewView>(frame, new Model(filters, standards, rows, page.ContinuationToken is not null));
    }

    private static CourseRow Row(CourseRecord course, ServiceCatalog catalog, Instant now)
    {
        var state = course.State;
        var next = Urgencies.NextDeadline(state);
        return new CourseRow(
            course.Id,
            CourseLabel.Of(course),
            Danish.Date(state.Referral!.ReceivedAt),
            catalog.TitleOf(state.Rules!.Id),
            Phase.Names[Phase.Of(state)],
            Urgencies.Of(state, now),
            next?.Due,
            next is null ? "Ingen åben frist" : $"{Light.Danish(next.Kind)} {Danish.Date(next.Due)}",
            FreeChoice.Of(state),
            [.. state.Deadlines.Select(d => Light.For(d, now, state.Rules!.Calendar))]);
    }

    /// <summary>The filters as the page shows them; an unknown value is no filter.</summary>
    public sealed record Filters(string? Standard, string? Phase, string Status);

    public sealed record Choice(string Value, string Text);

    public sealed record CourseRow(
        Guid Id, string Label, string Received, string Standard, string Phase, Urgency Urgency, LocalDate? NextDue, string NextDeadline,
        FreeChoice? FreeChoice, IReadOnlyList<Light> Lights);

    public sealed record Model(Filters Filters, IReadOnlyList<Choice> Standards, IReadOnlyList<CourseRow> Rows, bool MoreThanShown);
}
