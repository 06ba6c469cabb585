using Genoptraening.Api.Dashboard;
using Genoptraening.Domain;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Deadlines;
using Genoptraening.Workflows.Runtime;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Genoptraening.Api.Pages;

/// <summary>Open warnings and escalations of the municipality's active courses, newest first; each can be acknowledged with a comment.</summary>
public sealed class InboxModel(ICourseStore store, CourseRuntime runtime) : PageModel
{
    private const int Courses = 500;

    public IReadOnlyList<InboxItem> Items { get; private set; } = [];

    public string? Message { get; private set; }

    public bool Succeeded { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid courseId, string kind, int level, string? comment, CancellationToken cancellationToken)
    {
        var course = await runtime.LoadAsync(courseId, cancellationToken);
        if (course is null || course.Row.Municipality != DashboardAuthentication.MunicipalityOf(User) || !WireNames.TryParse<DeadlineKind>(kind, out var deadline))
        {
            return NotFound();
        }

        var result = await runtime.AcknowledgeAsync(courseId, deadline, level, comment ?? string.Empty, DashboardAuthentication.MunicipalityOf(User), cancellationToken);
        Succeeded = result is StepResult.Accepted;
        Message = result switch
        {
            StepResult.Accepted => "Kvitteret.",
            StepResult.Rejected rejected => rejected.Reason,
            _ => "Forløbet findes ikke.",
        };
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var rows = await store.ListCoursesAsync(new CourseQuery(DashboardAuthentication.MunicipalityOf(User), null, "active", null, Courses, null), cancellationToken);
        var courses = await runtime.LoadManyAsync([.. rows.Select(r => r.Id)], cancellationToken);
        Items = [.. courses
            .SelectMany(c => c.State.OpenAlerts.Select(a => new InboxItem(c.Row.Id, c.Row.Standard, a, WireTime.Format(a.At)[..16].Replace('T', ' '))))
            .OrderByDescending(i => i.Alert.At)];
    }
}

/// <summary>One open warning or escalation.</summary>
public sealed record InboxItem(Guid CourseId, string Standard, Alert Alert, string When);
