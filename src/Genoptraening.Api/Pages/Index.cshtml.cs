using Genoptraening.Api.Dashboard;
using Genoptraening.Domain.Catalog;
using Genoptraening.Workflows.Reads;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Genoptraening.Api.Pages;

/// <summary>The overview: the municipality's courses, soonest next due first, each deadline a traffic light.</summary>
public sealed class IndexModel(ICourseReadModel readModel, CourseReader reader, ServiceCatalog catalog, IClock clock) : PageModel
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
        Standards = [.. catalog.Standards.Where(s => s.Municipality == municipality).Select(s => s.ToString())];
        var status = Status is "ended" ? "ended" : "active";
        var page = await readModel.ListAsync(new CourseListQuery(municipality, string.IsNullOrEmpty(Standard) ? null : Standard, status, Shown), cancellationToken);
        var rows = page.Items;
        if (!string.IsNullOrWhiteSpace(Find))
        {
            rows = [.. rows.Where(r => r.CourseId.ToString("D").StartsWith(Find.Trim(), StringComparison.OrdinalIgnoreCase))];
        }

        var now = clock.GetCurrentInstant();
        var nextDue = rows.ToDictionary(r => r.CourseId, r => r.NextDueAt);
        Courses = [.. (await reader.LoadManyAsync([.. rows.Select(r => r.CourseId)], cancellationToken))
            .Where(c => string.IsNullOrEmpty(PhaseFilter) || Phase.Of(c.State) == PhaseFilter)
            .Select(c => new CourseLine(
                c.Id,
                c.State.Rules!.Id.ToString(),
                Phase.Names[Phase.Of(c.State)],
                nextDue[c.Id] is { } due ? WireTime.Format(due)[..16].Replace('T', ' ') : "–",
                [.. c.State.Deadlines.Select(d => Light.For(d, now, c.State.Rules!.Calendar))]))];
    }
}

/// <summary>One row of the overview.</summary>
public sealed record CourseLine(Guid Id, string Standard, string Phase, string NextDue, IReadOnlyList<Light> Lights);
