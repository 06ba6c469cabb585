using Genoptraening.Api.Dashboard;
using Genoptraening.Workflows.Runtime;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Genoptraening.Api.Pages;

/// <summary>The overview: the municipality's courses, soonest next due first, each deadline a traffic light.</summary>
public sealed class IndexModel(ICourseStore store, CourseRuntime runtime, IClock clock) : PageModel
{
    private const int Shown = 200;

    [BindProperty(SupportsGet = true)]
    public string? Standard { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Status { get; set; } = "active";

    [BindProperty(SupportsGet = true)]
    public string? Find { get; set; }

    [BindProperty(SupportsGet = true, Name = "phase")]
    public string? PhaseFilter { get; set; }

    public IReadOnlyList<string> Standards { get; private set; } = [];

    public IReadOnlyList<CourseLine> Courses { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var municipality = DashboardAuthentication.MunicipalityOf(User);
        Standards = [.. runtime.Catalog.Standards.Where(s => s.Municipality == municipality).Select(s => s.ToString())];
        var status = Status is "ended" ? "ended" : "active";
        var rows = await store.ListCoursesAsync(
            new CourseQuery(municipality, string.IsNullOrEmpty(Standard) ? null : Standard, status, null, Shown, null), cancellationToken);
        if (!string.IsNullOrWhiteSpace(Find))
        {
            rows = [.. rows.Where(r => r.Id.ToString("D").StartsWith(Find.Trim(), StringComparison.OrdinalIgnoreCase))];
        }

        var now = clock.GetCurrentInstant();
        Courses = [.. (await runtime.LoadManyAsync([.. rows.Select(r => r.Id)], cancellationToken))
            .Where(c => string.IsNullOrEmpty(PhaseFilter) || Phase.Of(c.State) == PhaseFilter)
            .OrderBy(c => CourseQuery.SortKeyOf(c.Row)).ThenBy(c => c.Row.Id)
            .Select(c => new CourseLine(
                c.Row.Id,
                c.Row.Standard,
                Phase.Names[Phase.Of(c.State)],
                c.Row.NextDueAt is { } due ? WireTime.Format(due)[..16].Replace('T', ' ') : "–",
                [.. c.State.Deadlines.Select(d => Light.For(d, now, c.State.Rules!.Calendar))]))];
    }
}

/// <summary>One row of the overview.</summary>
public sealed record CourseLine(Guid Id, string Standard, string Phase, string NextDue, IReadOnlyList<Light> Lights);
